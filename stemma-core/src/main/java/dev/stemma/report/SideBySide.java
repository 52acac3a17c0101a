package dev.stemma.report;

import dev.stemma.ingest.Article;
import dev.stemma.relate.Evidence;
import dev.stemma.relate.Relation;
import dev.stemma.relate.Scores;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A pair's relation and its aligned passages as two columns of text, for a terminal: each aligned
 * sentence of the first article beside its match in the second, with the match score and whether
 * the words are the same (verbatim) or reworded.
 */
public final class SideBySide {

  private SideBySide() {}

  /**
   * Renders the relation of {@code a} and {@code b} (the relation's a and b, in that order).
   *
   * @param width the total width in columns, at least 60
   */
  public static String render(Relation relation, Article a, Article b, int width) {
    if (!relation.a().equals(a.id()) || !relation.b().equals(b.id())) {
      throw new IllegalArgumentException(
          "articles '" + a.id() + "' and '" + b.id() + "' are not the relation's '" + relation.a() + "' and '"
              + relation.b() + "'");
    }
    int column = Math.max(24, (width - 3) / 2);
    StringBuilder out = new StringBuilder();
    Scores s = relation.scores();
    out.append(String.format(Locale.ROOT, "%s  ~  %s%n", a.id(), b.id()));
    out.append(String.format(Locale.ROOT, "relation: %s%s%n", relation.kind().code(),
        relation.source() == null ? "" : " (source: " + relation.source() + ", by " + relation.sourceBasis() + ")"));
    out.append(String.format(Locale.ROOT,
        "scores: 5-gram Jaccard %.3f, containment %.3f, anchors %.3f, content %.3f,"
            + " aligned %d (coverage %.2f / %.2f)%n%n",
        s.jaccard(), s.containment(), s.anchors(), s.content(), s.aligned(), s.coverageA(), s.coverageB()));
    if (relation.evidence().isEmpty()) {
      out.append("No sentences align.\n");
      return out.toString();
    }
    out.append(pad(a.id(), column)).append(" | ").append(b.id()).append('\n');
    out.append("-".repeat(column)).append("-+-").append("-".repeat(column)).append('\n');
    for (Evidence e : relation.evidence()) {
      out.append(String.format(Locale.ROOT, "[%s %.2f]%n", e.match(), e.similarity()));
      List<String> left = wrap(a.text().substring(e.aStart(), e.aEnd()), column);
      List<String> right = wrap(b.text().substring(e.bStart(), e.bEnd()), column);
      for (int k = 0; k < Math.max(left.size(), right.size()); k++) {
        String l = k < left.size() ? left.get(k) : "";
        String r = k < right.size() ? right.get(k) : "";
        out.append(pad(l, column)).append(" | ").append(r).append('\n');
      }
    }
    return out.toString();
  }

  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.replaceAll("\\s+", " ").strip().split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      while (word.length() > width) {
        lines.add(word.substring(0, width));
        word = word.substring(width);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
