package dev.stemma.eval.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stemma.ingest.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the stories of a generated bench corpus as gold clusters: {@code gold/stories.jsonl} holds
 * one story a line with its {@code story} id and {@code members}; every article is in exactly one
 * story, and an article alone in its story (an unrelated article) is noise.
 */
final class BenchGoldReader {

  static final String EXPECTED =
      "a JSON object with \"story\" and \"members\" (an array of article ids)";

  private BenchGoldReader() {}

  static ClusterDataset stories(Path corpus) throws IOException {
    Path articlesFile = corpus.resolve(Datasets.BENCH_ARTICLES);
    Path storiesFile = corpus.resolve(Datasets.BENCH_STORIES);
    List<Article> articles = ArticlesReader.readJsonl(articlesFile);
    Map<String, String> storyOf = new HashMap<>();
    Map<String, Integer> sizes = new HashMap<>();
    Map<String, Long> storyLines = new HashMap<>();
    try (LineReader reader = LineReader.utf8(storiesFile)) {
      for (String line = reader.next(); line != null; line = reader.next()) {
        long number = reader.lineNumber();
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = ArticleJson.object(storiesFile, number, line, EXPECTED);
        String story = ArticleJson.requiredString(storiesFile, number, node, "story");
        Long first = storyLines.putIfAbsent(story, number);
        if (first != null) {
          throw new DatasetFormatException(
              storiesFile,
              number,
              "story \"" + story + "\" is listed twice, first on line " + first);
        }
        JsonNode members = node.get("members");
        if (members == null || !members.isArray() || members.isEmpty()) {
          throw DatasetFormatException.expected(
              storiesFile,
              number,
              "\"members\" to be a non-empty array of article ids",
              String.valueOf(members));
        }
        for (JsonNode member : members) {
          String id = member.asText();
          String previous = storyOf.putIfAbsent(id, story);
          if (previous != null) {
            throw new DatasetFormatException(
                storiesFile,
                number,
                "article \""
                    + id
                    + "\" is in story \""
                    + previous
                    + "\" and in story \""
                    + story
                    + "\"");
          }
        }
        sizes.put(story, members.size());
      }
    }
    List<LabelledArticle> labelled = new ArrayList<>(articles.size());
    for (Article article : articles) {
      String story = storyOf.get(article.id());
      if (story == null) {
        throw new DatasetFormatException(
            storiesFile,
            0,
            "article \""
                + article.id()
                + "\" of "
                + articlesFile.getFileName()
                + " is in no story");
      }
      labelled.add(new LabelledArticle(article, sizes.get(story) > 1 ? story : null));
    }
    if (storyOf.size() != articles.size()) {
      throw new DatasetFormatException(
          storiesFile,
          0,
          "names "
              + storyOf.size()
              + " articles, but "
              + articlesFile.getFileName()
              + " holds "
              + articles.size());
    }
    return new ClusterDataset(corpus, DatasetFormat.BENCH_CORPUS, labelled);
  }
}
