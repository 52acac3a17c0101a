package dev.stemma.eval.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stemma.Progress;
import dev.stemma.Stemma;
import dev.stemma.eval.data.Datasets;
import dev.stemma.eval.data.Relation;
import dev.stemma.eval.metric.ConfusionMatrix;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clusters and relations tasks on the example corpus (fiction written for Stemma), with the
 * gold its README describes; Stemma runs with the real embedding model.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleCorpusTasksTest {

  ClustersTask.Result clusters;
  RelationsTask.Result relations;

  @BeforeAll
  void run(@TempDir Path dir) throws Exception {
    try (Stemma stemma = Stemma.builder().threads(2).build()) {
      clusters =
          ClustersTask.run(
              Datasets.clusters(Examples.withClusters(dir)), stemma, 2, 42, Progress.NONE);
      relations =
          RelationsTask.run(
              Datasets.relations(Examples.goldRelations(), Examples.articles()),
              stemma,
              3,
              42,
              Progress.NONE);
    }
  }

  @Test
  void clusters_theTwoStoriesAreFoundAndTheTwoLoneArticlesLeftAlone() {
    assertThat(clusters.articles()).isEqualTo(12);
    assertThat(clusters.goldClusters()).isEqualTo(2);
    assertThat(clusters.noise()).isEqualTo(2);
    assertThat(clusters.stemma().ari()).isEqualTo(1.0);
    assertThat(clusters.stemma().foundClusters()).isEqualTo(2);
    assertThat(clusters.stemma().noisePlacement().noiseLeftAlone()).isEqualTo(2);
    assertThat(clusters.baselines())
        .extracting(b -> b.measure())
        .containsExactly("minhash-5gram", "tfidf-cosine");
  }

  @Test
  void relations_everyListedPairIsCountedOnce() {
    ConfusionMatrix<Relation> m = relations.matrix();
    assertThat(m.total()).isEqualTo(13);
    assertThat(m.scores(Relation.EXACT).support()).isEqualTo(1);
    assertThat(m.scores(Relation.NEAR_DUPLICATE).support()).isEqualTo(2);
    assertThat(m.scores(Relation.REWRITE).support()).isEqualTo(3);
    assertThat(m.scores(Relation.SAME_STORY).support()).isEqualTo(3);
    assertThat(m.scores(Relation.UNRELATED).support()).isEqualTo(4);
    assertThat(relations.complete()).isFalse();
    assertThat(relations.sampledUnrelated()).isZero();
  }

  @Test
  void relations_stemmaFindsTheExactCopyAndTheRewritesTheReadmeDescribes() {
    ConfusionMatrix<Relation> m = relations.matrix();
    assertThat(m.count(Relation.EXACT, Relation.EXACT)).isEqualTo(1);
    assertThat(m.count(Relation.REWRITE, Relation.REWRITE)).isEqualTo(3);
    assertThat(m.count(Relation.UNRELATED, Relation.UNRELATED)).isEqualTo(4);
  }

  @Test
  void relations_theCopyDecisionScoresAllThreeSystemsOnTheSamePairs() {
    assertThat(relations.copy())
        .extracting(RelationsTask.CopyRow::measure)
        .containsExactly("stemma", "minhash-5gram", "minhash-5gram at 0.5", "tfidf-cosine");
    assertThat(relations.copy()).allSatisfy(r -> assertThat(r.counts().total()).isEqualTo(13));
    // Stemma calls the three rewrites copies; word 5-grams cannot see them
    assertThat(relations.copy().get(0).copyShare().get(Relation.REWRITE)).isEqualTo(1.0);
  }

  @Test
  void relations_gradedPairsAreCorrelatedForEverySystem() {
    assertThat(relations.graded()).isEqualTo(7);
    assertThat(relations.gradedRows())
        .extracting(RelationsTask.GradedRow::measure)
        .containsExactly("stemma story score", "minhash-5gram", "tfidf-cosine");
    // the same-story pairs (3, 4, 4) share anchors and content; the unrelated ones (0, 0, 0, 0.5)
    // do not
    assertThat(relations.gradedRows().get(0).pearson()).isGreaterThan(0.8);
  }

  @Test
  void json_holdsTheConfusionMatrixAndTheRows() throws Exception {
    JsonNode json = Examples.JSON.readTree(JsonReport.render(relations));
    assertThat(json.get("task").asText()).isEqualTo("relations");
    assertThat(json.at("/confusion/exact/exact").asInt()).isEqualTo(1);
    assertThat(json.get("copyDecision")).hasSize(4);
    assertThat(json.get("gradedRows")).hasSize(3);
    JsonNode c = Examples.JSON.readTree(JsonReport.render(clusters));
    assertThat(c.at("/rows/0/measure").asText()).isEqualTo("stemma");
    assertThat(c.at("/rows/0/ari").asDouble()).isEqualTo(1.0);
  }

  @Test
  void text_showsStemmaAndBothBaselines() {
    assertThat(TextReport.render(clusters))
        .contains("stemma", "minhash-5gram", "tfidf-cosine", "noise alone");
    assertThat(TextReport.render(relations))
        .contains(
            "Stemma's relations (rows gold, columns predicted):", "Copy or not", "Graded pairs");
  }
}
