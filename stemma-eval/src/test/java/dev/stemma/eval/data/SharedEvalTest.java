package dev.stemma.eval.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads the real research files in {@code ../shared/eval/} where they are (never copied here) and
 * checks the counts its README gives. Skipped, with a message, where the folder is absent.
 */
class SharedEvalTest {

  static final Path EVAL = Path.of(System.getProperty("stemma.eval.dir", "../../shared/eval"));

  static void assumeEval(String folder) {
    Path path = EVAL.resolve(folder);
    assumeTrue(
        Files.isDirectory(path),
        "skipped: "
            + path.toAbsolutePath().normalize()
            + " is absent (set -Dstemma.eval.dir to the"
            + " shared/eval folder to run it)");
  }

  @Test
  void mrpc_train_has4076PairsOf2753Paraphrases() throws Exception {
    assumeEval("mrpc");
    ParaphraseDataset train = Datasets.paraphrase(EVAL.resolve("mrpc/msr_paraphrase_train.txt"));
    assertThat(train.pairs()).hasSize(4076);
    assertThat(train.positives()).isEqualTo(2753);
    assertThat(Datasets.detect(EVAL.resolve("mrpc"))).isEqualTo(DatasetFormat.MRPC);
  }

  @Test
  void pan_train_has10000BalancedPairs() throws Exception {
    assumeEval("pan-paraphrase");
    ParaphraseDataset train = Datasets.paraphrase(EVAL.resolve("pan-paraphrase"));
    assertThat(train.name()).isEqualTo("pan-train");
    assertThat(train.pairs()).hasSize(10_000);
    assertThat(train.positives()).isEqualTo(5000);
  }

  @Test
  void sts_has750And750HeadlinePairsAnd300NewsPairs() throws Exception {
    assumeEval("sts-headlines");
    List<StsDataset> sets = Datasets.sts(EVAL.resolve("sts-headlines"));
    assertThat(sets)
        .extracting(StsDataset::name)
        .containsExactly("2013_headlines.test", "2014_deft-news.test", "2014_headlines.test");
    assertThat(sets).extracting(s -> s.pairs().size()).containsExactly(750, 300, 750);
  }

  @Test
  void wikiRef220_has220ArticlesIn5EventsAnd35Noise() throws Exception {
    assumeEval("wikiref220");
    ClusterDataset dataset = Datasets.clusters(EVAL.resolve("wikiref220"));
    assertThat(dataset.articles()).hasSize(220);
    assertThat(dataset.noiseCount()).isEqualTo(35);
    assertThat(dataset.clusterSizes())
        .isEqualTo(
            Map.of(
                "paris_attacks_2015", 36,
                "premier_league", 37,
                "malaysia_airlines_mh370", 39,
                "samsung_galaxy_s5", 35,
                "michelle_obama", 38));
    assertThat(dataset.articles())
        .allSatisfy(a -> assertThat(a.article().text()).doesNotContain("\uFFFD"));
  }
}
