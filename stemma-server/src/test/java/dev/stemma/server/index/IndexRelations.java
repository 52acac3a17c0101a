package dev.stemma.server.index;

import dev.stemma.relate.Relation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * Prints every relation a server index holds, one {@code a b relation} line each, sorted: for
 * comparing an index filled one article at a time with {@code stemma analyze} on the same corpus
 * (docs/benchmarks.md, "Server"). Not a test. Argument: the index folder (stop the server first).
 */
public final class IndexRelations {

  private IndexRelations() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("use: IndexRelations INDEX_DIR");
    }
    try (LuceneStore store = LuceneStore.open(Path.of(args[0]), 1)) {
      TreeSet<String> lines = new TreeSet<>();
      for (String id : store.ids()) {
        for (Relation r : store.relationsOf(id)) {
          lines.add(r.a() + " " + r.b() + " " + r.kind().code());
        }
      }
      lines.forEach(System.out::println);
    }
  }
}
