package dev.stemma.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stemma.eval.data.ClusterDataset;
import dev.stemma.eval.data.Datasets;
import dev.stemma.eval.data.GoldPair;
import dev.stemma.eval.data.Relation;
import dev.stemma.eval.data.RelationsDataset;
import dev.stemma.ingest.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates small corpora from a miniature eval folder written for the tests
 * (src/test/resources/mini-eval).
 */
class CorpusGeneratorTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final long SEED = 20241122L;
  static final int N = 150;

  static Path mini;
  @TempDir static Path shared;
  static Path corpus;
  static BenchSummary summary;

  @BeforeAll
  static void generate() throws Exception {
    mini = Path.of(CorpusGeneratorTest.class.getResource("/mini-eval").toURI());
    corpus = shared.resolve("corpus");
    summary = CorpusGenerator.generate(mini, N, SEED, corpus);
  }

  static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  @Test
  void generate_sameSeed_givesByteIdenticalFiles(@TempDir Path again) throws Exception {
    CorpusGenerator.generate(mini, N, SEED, again);
    for (String file :
        List.of(
            "articles.jsonl", "gold/relations.jsonl", "gold/stories.jsonl", "gold/manifest.json")) {
      assertThat(Files.readAllBytes(again.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(corpus.resolve(file)));
    }
  }

  @Test
  void generate_otherSeed_givesAnotherCorpus(@TempDir Path other) throws Exception {
    CorpusGenerator.generate(mini, N, SEED + 1, other);
    assertThat(Files.readAllBytes(other.resolve("articles.jsonl")))
        .isNotEqualTo(Files.readAllBytes(corpus.resolve("articles.jsonl")));
  }

  @Test
  void articles_areExactlyNWithStemmasInputFields() throws Exception {
    List<JsonNode> articles = lines(corpus.resolve("articles.jsonl"));
    assertThat(articles).hasSize(N);
    assertThat(summary.articles()).isEqualTo(N);
    Set<String> ids = new HashSet<>();
    for (JsonNode article : articles) {
      assertThat(ids.add(article.get("id").asText())).isTrue();
      assertThat(article.get("title").asText()).isNotBlank();
      assertThat(article.get("text").asText()).contains("\n\n");
      assertThat(article.get("source").asText()).isNotBlank();
      assertThat(article.get("url").asText()).startsWith("https://www.");
    }
    // Stemma's reader view: the gold readers take the corpus as it is
    RelationsDataset gold = Datasets.benchRelations(corpus);
    assertThat(gold.articles()).extracting(Article::id).hasSize(N);
    assertThat(gold.complete()).isTrue();
  }

  @Test
  void stories_holdEveryArticleOnceAndFamiliesAreTreesFromTheirOrigin() throws Exception {
    Set<String> ids = new HashSet<>();
    for (JsonNode article : lines(corpus.resolve("articles.jsonl"))) {
      ids.add(article.get("id").asText());
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode story : lines(corpus.resolve("gold/stories.jsonl"))) {
      Set<String> members = new HashSet<>();
      story.get("members").forEach(m -> members.add(m.asText()));
      for (String member : members) {
        assertThat(ids).contains(member);
        assertThat(seen.add(member)).as("article %s in one story only", member).isTrue();
      }
      Set<String> inFamilies = new HashSet<>();
      for (JsonNode family : story.get("families")) {
        Set<String> familyMembers = new HashSet<>();
        family.get("members").forEach(m -> familyMembers.add(m.asText()));
        inFamilies.addAll(familyMembers);
        String origin = family.get("origin").asText();
        assertThat(familyMembers).contains(origin);
        Map<String, Integer> incoming = new HashMap<>();
        for (JsonNode link : family.get("links")) {
          // every copy's source exists, in the same family
          assertThat(familyMembers).contains(link.get("from").asText(), link.get("to").asText());
          incoming.merge(link.get("to").asText(), 1, Integer::sum);
        }
        assertThat(incoming).doesNotContainKey(origin);
        for (String member : familyMembers) {
          if (!member.equals(origin)) {
            assertThat(incoming.get(member)).as("one source for %s", member).isEqualTo(1);
          }
        }
      }
      assertThat(inFamilies).isEqualTo(members);
    }
    assertThat(seen).isEqualTo(ids);
  }

  @Test
  void relations_listEveryPairOfEachStoryOnceAndMatchTheManifest() throws Exception {
    Map<String, String> storyOf = new HashMap<>();
    Map<String, String> familyOf = new HashMap<>();
    long expectedPairs = 0;
    for (JsonNode story : lines(corpus.resolve("gold/stories.jsonl"))) {
      int size = story.get("members").size();
      expectedPairs += (long) size * (size - 1) / 2;
      story.get("members").forEach(m -> storyOf.put(m.asText(), story.get("story").asText()));
      for (JsonNode family : story.get("families")) {
        family.get("members").forEach(m -> familyOf.put(m.asText(), family.get("family").asText()));
      }
    }
    RelationsDataset gold = Datasets.benchRelations(corpus);
    assertThat((long) gold.pairs().size()).isEqualTo(expectedPairs);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (GoldPair pair : gold.pairs()) {
      assertThat(storyOf.get(pair.a())).isEqualTo(storyOf.get(pair.b()));
      boolean sameFamily = familyOf.get(pair.a()).equals(familyOf.get(pair.b()));
      assertThat(pair.relation() == Relation.SAME_STORY).isEqualTo(!sameFamily);
      if (pair.copiedFrom() != null) {
        assertThat(pair.copiedFrom()).isEqualTo(pair.a());
      }
      counts.merge(pair.relation().label(), 1L, Long::sum);
    }
    JsonNode manifest = JSON.readTree(corpus.resolve("gold/manifest.json").toFile());
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      assertThat(manifest.get("relations").get(entry.getKey()).asLong())
          .isEqualTo(entry.getValue());
      assertThat(summary.relations().get(entry.getKey())).isEqualTo(entry.getValue());
    }
    assertThat(manifest.get("articles").asInt()).isEqualTo(N);
  }

  @Test
  void copies_ofEachKindAreWhatTheySayTheyAre() throws Exception {
    Map<String, JsonNode> articles = new HashMap<>();
    for (JsonNode article : lines(corpus.resolve("articles.jsonl"))) {
      articles.put(article.get("id").asText(), article);
    }
    int exact = 0;
    for (JsonNode story : lines(corpus.resolve("gold/stories.jsonl"))) {
      for (JsonNode family : story.get("families")) {
        for (JsonNode link : family.get("links")) {
          JsonNode from = articles.get(link.get("from").asText());
          JsonNode to = articles.get(link.get("to").asText());
          assertThat(to.get("source").asText()).isNotEqualTo(from.get("source").asText());
          if (link.get("relation").asText().equals("exact")) {
            exact++;
            assertThat(to.get("title").asText()).isEqualTo(from.get("title").asText());
            assertThat(storyParagraphs(to, from)).isEqualTo(storyParagraphs(from, to));
          }
          if (link.get("relation").asText().equals("near_duplicate")) {
            assertThat(storyParagraphs(to, from)).isNotEqualTo(storyParagraphs(from, to));
          }
        }
      }
    }
    assertThat(exact).isPositive();
  }

  @Test
  void benchCorpus_readsAsGoldClustersWithLoneArticlesAsNoise() throws Exception {
    ClusterDataset clusters = Datasets.clusters(corpus);
    JsonNode manifest = JSON.readTree(corpus.resolve("gold/manifest.json").toFile());
    assertThat(clusters.articles()).hasSize(N);
    assertThat(clusters.clusterSizes().values())
        .allSatisfy(size -> assertThat(size).isGreaterThan(1));
    assertThat(manifest.get("stories").asInt())
        .isEqualTo(clusters.clusterSizes().size() + clusters.noiseCount());
  }

  @Test
  void generate_withoutSourceText_namesWhatItNeeds(@TempDir Path empty) {
    assertThatThrownBy(() -> CorpusGenerator.generate(empty, 10, SEED, empty.resolve("out")))
        .hasMessage(
            empty
                + ": the bench generator needs news sentences and positive paraphrase pairs;"
                + " expected mrpc/ (or pan-paraphrase/ and wikiref220/) laid out as"
                + " ../shared/eval/, found 0 sentences and 0 pairs");
  }

  /**
   * The story text of an article: its paragraphs that end a sentence, leaving out the footer (every
   * site prints one, last), the chrome that names either site, and the byline.
   */
  static List<String> storyParagraphs(JsonNode article, JsonNode other) {
    List<String> paragraphs = new ArrayList<>();
    String[] blocks = article.get("text").asText().strip().split("\n\n");
    for (String paragraph : Arrays.copyOf(blocks, blocks.length - 1)) {
      if (paragraph.matches("(?s).*[.!?\"”’]")
          && !paragraph.contains(article.get("source").asText())
          && !paragraph.contains(other.get("source").asText())
          && !paragraph.startsWith("By ")) {
        paragraphs.add(paragraph);
      }
    }
    return paragraphs;
  }
}
