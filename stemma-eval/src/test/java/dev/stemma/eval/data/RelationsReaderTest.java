package dev.stemma.eval.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stemma.ingest.Article;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelationsReaderTest {

  @TempDir Path dir;
  Path articles;

  @BeforeEach
  void writeArticles() throws Exception {
    articles =
        Files2.write(
            dir,
            "articles.jsonl",
            """
            {"id":"w1","text":"The wire story."}
            {"id":"c1","text":"The wire story.","source":"Other site"}
            {"id":"r1","text":"A reworded wire story."}
            {"id":"s1","text":"Another report."}
            """);
  }

  @Test
  void relations_readsRelationsScoresAndDirection() throws Exception {
    Path gold =
        Files2.write(
            dir,
            "gold.jsonl",
            """
            {"a":"w1","b":"c1","relation":"exact","copied_from":"w1"}
            {"a":"w1","b":"r1","relation":"rewrite"}
            {"a":"w1","b":"s1","score":3.5}
            {"a":"r1","b":"s1","relation":"same_story","score":4,"note":"ignored"}
            """);

    RelationsDataset dataset = Datasets.relations(gold, articles);

    assertThat(dataset.articles()).extracting(Article::id).containsExactly("w1", "c1", "r1", "s1");
    assertThat(dataset.pairs())
        .containsExactly(
            new GoldPair("w1", "c1", Relation.EXACT, null, "w1"),
            new GoldPair("w1", "r1", Relation.REWRITE, null, null),
            new GoldPair("w1", "s1", null, 3.5, null),
            new GoldPair("r1", "s1", Relation.SAME_STORY, 4.0, null));
    assertThat(dataset.complete()).isFalse();
    assertThat(dataset.relationCounts())
        .containsEntry(Relation.EXACT, 1)
        .containsEntry(Relation.REWRITE, 1)
        .containsEntry(Relation.SAME_STORY, 1)
        .hasSize(3);
  }

  @Test
  void relations_unknownRelation_listsTheKnownOnes() throws Exception {
    Path gold =
        Files2.write(dir, "gold.jsonl", "{\"a\":\"w1\",\"b\":\"c1\",\"relation\":\"copy\"}\n");

    assertThatThrownBy(() -> Datasets.relations(gold, articles))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage(
            gold
                + ":1: expected \"relation\" to be one of"
                + " exact|near_duplicate|rewrite|same_story|unrelated, got \"copy\"");
  }

  @Test
  void relations_neitherRelationNorScore_saysSo() throws Exception {
    Path gold = Files2.write(dir, "gold.jsonl", "{\"a\":\"w1\",\"b\":\"c1\"}\n");

    assertThatThrownBy(() -> Datasets.relations(gold, articles))
        .hasMessage(
            gold
                + ":1: expected a \"relation\" (exact|near_duplicate|rewrite|same_story|unrelated)"
                + " or a numeric \"score\", got neither");
  }

  @Test
  void relations_unknownArticle_namesTheArticlesFile() throws Exception {
    Path gold =
        Files2.write(dir, "gold.jsonl", "{\"a\":\"w1\",\"b\":\"zz\",\"relation\":\"exact\"}\n");

    assertThatThrownBy(() -> Datasets.relations(gold, articles))
        .hasMessage(gold + ":1: \"b\" names article \"zz\", which is not in articles.jsonl");
  }

  @Test
  void relations_pairListedTwiceInEitherOrder_namesTheFirstLine() throws Exception {
    Path gold =
        Files2.write(
            dir,
            "gold.jsonl",
            "{\"a\":\"w1\",\"b\":\"c1\",\"relation\":\"exact\"}\n"
                + "{\"a\":\"c1\",\"b\":\"w1\",\"relation\":\"exact\"}\n");

    assertThatThrownBy(() -> Datasets.relations(gold, articles))
        .hasMessage(gold + ":2: pair \"c1\", \"w1\" is listed twice, first on line 1");
  }

  @Test
  void relations_selfPair_isRejected() throws Exception {
    Path gold =
        Files2.write(dir, "gold.jsonl", "{\"a\":\"w1\",\"b\":\"w1\",\"relation\":\"exact\"}\n");

    assertThatThrownBy(() -> Datasets.relations(gold, articles))
        .hasMessage(gold + ":1: expected two different articles, got \"w1\" twice");
  }

  @Test
  void relations_articlesFromAFolderOfTextFiles() throws Exception {
    Files2.write(dir, "texts/w1.txt", "Headline\n\nBody.\n");
    Files2.write(dir, "texts/sub/c1.txt", "Headline\n\nBody.\n");
    Path gold =
        Files2.write(dir, "gold.jsonl", "{\"a\":\"w1\",\"b\":\"c1\",\"relation\":\"exact\"}\n");

    RelationsDataset dataset = Datasets.relations(gold, dir.resolve("texts"));

    assertThat(dataset.articles()).extracting(Article::id).containsExactlyInAnyOrder("w1", "c1");
  }
}
