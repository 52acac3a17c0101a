package dev.stemma.eval.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stemma.ingest.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON Lines of gold article pairs: {@code a} and {@code b} (article ids) and either a {@code
 * relation} ({@code exact|near_duplicate|rewrite|same_story|unrelated}), a graded {@code score}, or
 * both; {@code copied_from} ({@code a} or {@code b}) optional. Every id must be among the articles,
 * and a pair may be listed once, in either order. Other fields are ignored.
 */
final class RelationsReader {

  static final String EXPECTED =
      "a JSON object with \"a\", \"b\" and a \"relation\" ("
          + Relation.labels()
          + ") or a numeric \"score\"";

  private RelationsReader() {}

  static RelationsDataset read(Path relations, Path articlesSource, boolean complete)
      throws IOException {
    List<Article> articles = ArticlesReader.read(articlesSource);
    Set<String> ids = new HashSet<>();
    for (Article article : articles) {
      ids.add(article.id());
    }
    String articlesName =
        articlesSource.getFileName() == null
            ? articlesSource.toString()
            : articlesSource.getFileName().toString();
    List<GoldPair> pairs = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    try (LineReader reader = LineReader.utf8(relations)) {
      for (String line = reader.next(); line != null; line = reader.next()) {
        long number = reader.lineNumber();
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = ArticleJson.object(relations, number, line, EXPECTED);
        String a = ArticleJson.requiredString(relations, number, node, "a");
        String b = ArticleJson.requiredString(relations, number, node, "b");
        for (String side : List.of("a", "b")) {
          String id = side.equals("a") ? a : b;
          if (!ids.contains(id)) {
            throw new DatasetFormatException(
                relations,
                number,
                "\"" + side + "\" names article \"" + id + "\", which is not in " + articlesName);
          }
        }
        if (a.equals(b)) {
          throw new DatasetFormatException(
              relations, number, "expected two different articles, got \"" + a + "\" twice");
        }
        Relation relation = relation(relations, number, node);
        Double score = score(relations, number, node);
        if (relation == null && score == null) {
          throw new DatasetFormatException(
              relations,
              number,
              "expected a \"relation\" ("
                  + Relation.labels()
                  + ") or a numeric \"score\", got neither");
        }
        String copiedFrom = ArticleJson.optionalString(relations, number, node, "copied_from");
        if (copiedFrom != null && !copiedFrom.equals(a) && !copiedFrom.equals(b)) {
          throw DatasetFormatException.expected(
              relations,
              number,
              "\"copied_from\" to be \"" + a + "\" or \"" + b + "\"",
              copiedFrom);
        }
        GoldPair pair = new GoldPair(a, b, relation, score, copiedFrom);
        Long first = seen.putIfAbsent(pair.key(), number);
        if (first != null) {
          throw new DatasetFormatException(
              relations,
              number,
              "pair \"" + a + "\", \"" + b + "\" is listed twice, first on line " + first);
        }
        pairs.add(pair);
      }
    }
    return new RelationsDataset(relations, articlesSource, articles, pairs, complete);
  }

  private static @Nullable Relation relation(Path file, long line, JsonNode node) {
    JsonNode value = node.get("relation");
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw DatasetFormatException.expected(
          file, line, "\"relation\" to be one of " + Relation.labels(), value.toString());
    }
    return Relation.fromLabel(value.asText())
        .orElseThrow(
            () ->
                DatasetFormatException.expected(
                    file, line, "\"relation\" to be one of " + Relation.labels(), value.asText()));
  }

  private static @Nullable Double score(Path file, long line, JsonNode node) {
    JsonNode value = node.get("score");
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
      throw DatasetFormatException.expected(
          file, line, "\"score\" to be a number", value.toString());
    }
    return value.asDouble();
  }
}
