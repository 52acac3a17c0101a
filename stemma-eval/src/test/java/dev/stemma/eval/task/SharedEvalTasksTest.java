package dev.stemma.eval.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stemma.Progress;
import dev.stemma.Stemma;
import dev.stemma.align.SentenceMatch;
import dev.stemma.bench.generate.CorpusGenerator;
import dev.stemma.embed.OnnxEncoder;
import dev.stemma.eval.data.ClusterDataset;
import dev.stemma.eval.data.Datasets;
import dev.stemma.eval.data.LabelledArticle;
import dev.stemma.eval.data.ParaphraseDataset;
import dev.stemma.eval.data.Relation;
import dev.stemma.eval.data.StsDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each task on a small slice of the real research files in {@code ../shared/eval/} and on the seed
 * corpus, read where they lie (never copied here); skipped, with a message, where they are absent.
 * The full figures are in docs/evaluation.md; these slices keep CI fast and catch a task that stops
 * measuring what it should.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedEvalTasksTest {

  static final Path SHARED = Path.of(System.getProperty("stemma.shared.dir", "../../shared"));
  static final Path EVAL = SHARED.resolve("eval");

  OnnxEncoder encoder;

  static void assume(Path path) {
    assumeTrue(
        Files.exists(path),
        "skipped: "
            + path.toAbsolutePath().normalize()
            + " is absent (set -Dstemma.shared.dir to"
            + " the shared folder to run it)");
  }

  @BeforeAll
  void load() {
    encoder = OnnxEncoder.standard();
  }

  @AfterAll
  void close() {
    encoder.close();
  }

  @Test
  void paraphrase_first200MrpcTrainingPairs_beatAlwaysParaphraseAndMinHash() throws Exception {
    Path file = EVAL.resolve("mrpc/msr_paraphrase_train.txt");
    assume(file);
    ParaphraseDataset full = Datasets.paraphrase(file);
    ParaphraseDataset slice =
        new ParaphraseDataset(
            full.name(), full.source(), full.format(), full.split(), full.pairs().subList(0, 200));
    ParaphraseTask.Result result =
        ParaphraseTask.run(
            new ParaphraseTask.Sets(slice, null),
            encoder,
            SentenceMatch.DEFAULT,
            5,
            42,
            Progress.NONE);
    double alwaysParaphrase = 2.0 * slice.positives() / (slice.positives() + 200.0);
    ParaphraseTask.Row stemma = result.rows().get(0);
    assertThat(stemma.measure() + " " + stemma.scoredOn())
        .isEqualTo("stemma msr_paraphrase_train (CV)");
    assertThat(stemma.counts().f1()).isGreaterThan(alwaysParaphrase);
    ParaphraseTask.Row minHash = result.rows().get(3);
    assertThat(minHash.measure()).isEqualTo("minhash-5gram");
    assertThat(stemma.counts().f1()).isGreaterThan(minHash.counts().f1());
  }

  @Test
  void sts_first200HeadlinePairs_followTheGoldScores() throws Exception {
    Path file = EVAL.resolve("sts-headlines/2013_headlines.test.tsv");
    assume(file);
    StsDataset full = Datasets.sts(file).getFirst();
    StsDataset slice = new StsDataset(full.name(), full.source(), full.pairs().subList(0, 200), 0);
    StsTask.Result result =
        StsTask.run(List.of(slice), encoder, SentenceMatch.DEFAULT, Progress.NONE);
    StsTask.Row stemma = result.rows().get(0);
    StsTask.Row minHash = result.rows().stream()
        .filter(r -> r.measure().equals("minhash-5gram")).findFirst().orElseThrow();
    assertThat(stemma.measure()).isEqualTo("stemma");
    assertThat(stemma.pearson()).isGreaterThan(0.6);
    assertThat(stemma.pearson()).isGreaterThan(minHash.pearson());
  }

  @Test
  void clusters_everyFourthWikiRefArticle_groupsTheEvents() throws Exception {
    Path folder = EVAL.resolve("wikiref220");
    assume(folder);
    ClusterDataset full = Datasets.clusters(folder);
    List<LabelledArticle> slice = new ArrayList<>();
    for (int i = 0; i < full.articles().size(); i += 4) {
      slice.add(full.articles().get(i));
    }
    ClusterDataset dataset = new ClusterDataset(full.source(), full.format(), slice);
    ClustersTask.Result result;
    try (Stemma stemma = Stemma.builder().encoder(() -> encoderView()).build()) {
      result = ClustersTask.run(dataset, stemma, 3, 42, Progress.NONE);
    }
    assertThat(result.articles()).isEqualTo(55);
    assertThat(result.goldClusters()).isEqualTo(5);
    assertThat(result.stemma().ari()).isGreaterThan(0.6);
    assertThat(result.baselines()).hasSize(2);
  }

  @Test
  void relations_aBenchCorpusOf120Articles_findsTheCopies(@TempDir Path dir) throws Exception {
    assume(EVAL.resolve("mrpc"));
    Path corpus = dir.resolve("bench");
    CorpusGenerator.generate(EVAL, 120, 11, corpus);
    RelationsTask.Result result;
    try (Stemma stemma = Stemma.builder().encoder(() -> encoderView()).build()) {
      result = RelationsTask.run(Datasets.benchRelations(corpus), stemma, 10, 42, Progress.NONE);
    }
    assertThat(result.complete()).isTrue();
    assertThat(result.sampledUnrelated()).isPositive();
    RelationsTask.CopyRow stemma = result.copy().get(0);
    RelationsTask.CopyRow deployed = result.copy().get(2);
    assertThat(deployed.measure()).isEqualTo("minhash-5gram at 0.5");
    // every exact and near-duplicate copy is called a copy (of one kind or the other) ...
    assertThat(stemma.copyShare().get(Relation.EXACT)).isEqualTo(1.0);
    assertThat(stemma.copyShare().get(Relation.NEAR_DUPLICATE)).isGreaterThan(0.9);
    // ... and most rewrites, which MinHash at the tools' threshold cannot see
    assertThat(stemma.copyShare().get(Relation.REWRITE)).isGreaterThan(0.6);
    assertThat(deployed.copyShare().get(Relation.REWRITE)).isLessThan(0.1);
    assertThat(stemma.copyShare().get(Relation.SAME_STORY)).isLessThan(0.05);
  }

  @Test
  void seeds_theAnalysisIsAsTheReadmeExpects() {
    Path seeds = SHARED.resolve("seeds");
    assume(seeds);
    SeedsTask.Result result;
    try (Stemma stemma = Stemma.builder().encoder(() -> encoderView()).build()) {
      result = SeedsTask.run(seeds, stemma, Progress.NONE);
    }
    assertThat(result.checks())
        .allSatisfy(c -> assertThat(c.passed()).as(c.name() + ": " + c.detail()).isTrue());
    assertThat(result.checks()).hasSize(23);
    assertThat(result.failed()).isFalse();
  }

  /**
   * The shared model for a Stemma that closes what it is given: a view whose close does nothing.
   */
  private dev.stemma.embed.SentenceEncoder encoderView() {
    OnnxEncoder shared = encoder;
    return new dev.stemma.embed.SentenceEncoder() {
      @Override
      public int dimension() {
        return shared.dimension();
      }

      @Override
      public float[][] encode(List<String> sentences) {
        return shared.encode(sentences);
      }

      @Override
      public void close() {}
    };
  }
}
