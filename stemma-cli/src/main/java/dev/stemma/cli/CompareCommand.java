package dev.stemma.cli;

import dev.stemma.Stemma;
import dev.stemma.ingest.Article;
import dev.stemma.ingest.Corpus;
import dev.stemma.ingest.Inputs;
import dev.stemma.relate.Relation;
import dev.stemma.report.SideBySide;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stemma compare A B}: one pair's relation and its aligned passages side by side. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two articles and prints their relation with the aligned passages side by side.",
      "Each article is a file holding one article, or FILE#ID for one article of a JSON Lines file."
    })
final class CompareCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "A", description = "The first article: FILE or FILE#ID.")
  String first;

  @Parameters(index = "1", paramLabel = "B", description = "The second article: FILE or FILE#ID.")
  String second;

  @Option(names = "--width", paramLabel = "COLUMNS",
      description = "Width of the side-by-side view (default: the terminal's, or 140).")
  Integer width;

  @Override
  public Integer call() {
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Inputs inputs = Inputs.installed();
    Optional<Article> a = load(inputs, first, stderr);
    Optional<Article> b = load(inputs, second, stderr);
    if (a.isEmpty() || b.isEmpty()) {
      return 1;
    }
    Article x = a.get();
    Article y = b.get();
    if (x.id().equals(y.id())) {
      // two files with the same name in different folders: tell them apart by their paths
      x = new Article(first, x.text(), x.title(), x.meta(), x.input());
      y = new Article(second, y.text(), y.title(), y.meta(), y.input());
    }
    Relation relation;
    try (Stemma stemma = Stemma.builder().build()) {
      relation = stemma.compare(x, y);
    } catch (IllegalArgumentException e) {
      stderr.println(e.getMessage());
      return 1;
    }
    Article left = relation.a().equals(x.id()) ? x : y;
    Article right = left == x ? y : x;
    stdout.print(SideBySide.render(relation, left, right, width != null ? width : terminalWidth()));
    return 0;
  }

  private static Optional<Article> load(Inputs inputs, String spec, PrintStream stderr) {
    int hash = spec.lastIndexOf('#');
    String file = hash > 0 ? spec.substring(0, hash) : spec;
    String id = hash > 0 ? spec.substring(hash + 1) : null;
    Corpus corpus = inputs.read(List.of(Path.of(file)));
    corpus.rejections().forEach(r -> stderr.println("skipped " + r.message()));
    List<Article> articles = corpus.articles();
    if (id != null) {
      Optional<Article> found = articles.stream().filter(article -> article.id().equals(id)).findFirst();
      if (found.isEmpty()) {
        stderr.println(file + ": no article with id '" + id + "'. Check the id after '#'.");
      }
      return found;
    }
    if (articles.isEmpty()) {
      stderr.println(file + ": no article could be read from it.");
      return Optional.empty();
    }
    if (articles.size() > 1) {
      stderr.println(file + " holds " + articles.size() + " articles; give one as " + file + "#ID.");
      return Optional.empty();
    }
    return Optional.of(articles.get(0));
  }

  private static int terminalWidth() {
    String columns = System.getenv("COLUMNS");
    try {
      return columns == null ? 140 : Math.max(60, Integer.parseInt(columns.strip()));
    } catch (NumberFormatException e) {
      return 140;
    }
  }
}
