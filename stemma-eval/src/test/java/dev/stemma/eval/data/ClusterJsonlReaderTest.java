package dev.stemma.eval.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stemma.ingest.Article;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterJsonlReaderTest {

  @TempDir Path dir;

  @Test
  void clusters_readsArticleFieldsAndEveryWayOfSayingNoise() throws Exception {
    Path file =
        Files2.write(
            dir,
            "gold.jsonl",
            """
            {"id":"a1","text":"Flood in Tarn.","title":"Flood","source":"Daily","published":"2024-03-02","cluster":"flood"}
            {"id":"a2","text":"Tarn floods again.","published":"2024-03-02T10:15:00+01:00","cluster":7}
            {"id":"a3","text":"Chess results.","cluster":null}

            {"id":"a4","text":"Recipe.","cluster":"NOISE"}
            {"id":"a5","text":"Weather."}
            """);

    ClusterDataset dataset = Datasets.clusters(file);

    assertThat(dataset.format()).isEqualTo(DatasetFormat.CLUSTERS_JSONL);
    assertThat(dataset.goldLabels()).containsExactly("flood", "7", null, null, null);
    Article first = dataset.articles().getFirst().article();
    assertThat(first.title()).isEqualTo("Flood");
    assertThat(first.meta().source()).isEqualTo("Daily");
    assertThat(first.meta().published()).isEqualTo(Instant.parse("2024-03-02T00:00:00Z"));
    assertThat(first.input().toString()).isEqualTo(file + ":1");
    assertThat(dataset.articles().get(1).article().meta().published())
        .isEqualTo(Instant.parse("2024-03-02T09:15:00Z"));
  }

  @Test
  void clusters_malformedJson_namesTheLine() throws Exception {
    Path file =
        Files2.write(
            dir, "g.jsonl", "{\"id\":\"a\",\"text\":\"x\",\"cluster\":1}\n{\"id\": \"b\", text}\n");

    assertThatThrownBy(() -> Datasets.clusters(file))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage(
            file
                + ":2: expected a JSON object with \"id\", \"text\" and \"cluster\" (a label; null"
                + " or \"noise\" for none), got malformed JSON: \"{\"id\": \"b\", text}\"");
  }

  @Test
  void clusters_missingText_namesTheField() throws Exception {
    Path file = Files2.write(dir, "g.jsonl", "{\"id\":\"a\",\"cluster\":1}\n");

    assertThatThrownBy(() -> Datasets.clusters(file))
        .hasMessage(file + ":1: expected a string \"text\", got none");
  }

  @Test
  void clusters_duplicateId_namesBothLines() throws Exception {
    Path file =
        Files2.write(
            dir,
            "g.jsonl",
            "{\"id\":\"a\",\"text\":\"x\",\"cluster\":1}\n"
                + "{\"id\":\"a\",\"text\":\"y\",\"cluster\":1}\n");

    assertThatThrownBy(() -> Datasets.clusters(file))
        .hasMessage(file + ":2: duplicate id \"a\", first on line 1");
  }

  @Test
  void clusters_badDate_namesTheExpectedForms() throws Exception {
    Path file =
        Files2.write(
            dir,
            "g.jsonl",
            "{\"id\":\"a\",\"text\":\"x\",\"published\":\"yesterday\",\"cluster\":1}\n");

    assertThatThrownBy(() -> Datasets.clusters(file))
        .hasMessage(
            file
                + ":1: expected \"published\" as an ISO-8601 date or date-time (2022-09-15,"
                + " 2022-09-15T08:30:00Z), got \"yesterday\"");
  }

  @Test
  void clusters_booleanCluster_isRejected() throws Exception {
    Path file = Files2.write(dir, "g.jsonl", "{\"id\":\"a\",\"text\":\"x\",\"cluster\":true}\n");

    assertThatThrownBy(() -> Datasets.clusters(file))
        .hasMessage(
            file
                + ":1: expected \"cluster\" to be a string, an integer, null or \"noise\", got"
                + " \"true\"");
  }

  @Test
  void clusters_articlesWithoutAnyClusterField_areNotGold() throws Exception {
    Path file = Files2.write(dir, "g.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n");

    assertThatThrownBy(() -> Datasets.clusters(file))
        .hasMessage(
            file
                + ": expected a \"cluster\" field on the articles (null or \"noise\" for none),"
                + " found none: this is an articles file without gold clusters");
  }
}
