package dev.stemma.eval.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stemma.ingest.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON Lines of articles in Stemma's input format, each with a gold {@code cluster}: a string
 * or an integer; null, absent or {@code "noise"} for an article of no cluster. Blank lines are
 * skipped.
 */
final class ClusterJsonlReader {

  static final String EXPECTED =
      "a JSON object with \"id\", \"text\" and \"cluster\" (a label; null or \"noise\" for none)";

  private ClusterJsonlReader() {}

  static ClusterDataset read(Path file) throws IOException {
    List<LabelledArticle> articles = new ArrayList<>();
    Map<String, Long> ids = new HashMap<>();
    boolean anyCluster = false;
    try (LineReader reader = LineReader.utf8(file)) {
      for (String line = reader.next(); line != null; line = reader.next()) {
        long number = reader.lineNumber();
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = ArticleJson.object(file, number, line, EXPECTED);
        Article article = ArticleJson.article(file, number, node);
        Long first = ids.putIfAbsent(article.id(), number);
        if (first != null) {
          throw new DatasetFormatException(
              file, number, "duplicate id \"" + article.id() + "\", first on line " + first);
        }
        anyCluster |= node.has("cluster");
        articles.add(new LabelledArticle(article, cluster(file, number, node.get("cluster"))));
      }
    }
    if (articles.isEmpty()) {
      throw new DatasetFormatException(
          file, 0, "expected " + EXPECTED + " on each line, got no lines");
    }
    if (!anyCluster) {
      throw new DatasetFormatException(
          file,
          0,
          "expected a \"cluster\" field on the articles (null or \"noise\" for none), found"
              + " none: this is an articles file without gold clusters");
    }
    return new ClusterDataset(file, DatasetFormat.CLUSTERS_JSONL, articles);
  }

  private static @Nullable String cluster(Path file, long line, @Nullable JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    String label;
    if (value.isTextual()) {
      label = value.asText().strip();
    } else if (value.isIntegralNumber()) {
      label = value.asText();
    } else {
      throw DatasetFormatException.expected(
          file,
          line,
          "\"cluster\" to be a string, an integer, null or \"noise\"",
          value.toString());
    }
    if (label.isEmpty()) {
      throw DatasetFormatException.expected(
          file, line, "\"cluster\" to be a label, null or \"noise\"", value.toString());
    }
    return label.toLowerCase(Locale.ROOT).equals("noise") ? null : label;
  }
}
