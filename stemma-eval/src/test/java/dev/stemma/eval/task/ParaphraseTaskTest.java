package dev.stemma.eval.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stemma.Progress;
import dev.stemma.align.SentenceMatch;
import dev.stemma.eval.data.DatasetFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paraphrase task on the miniature MRPC file written for the tests (mini-eval). */
class ParaphraseTaskTest {

  @TempDir Path dir;

  static Path miniMrpc() throws Exception {
    return Path.of(
        ParaphraseTaskTest.class.getResource("/mini-eval/mrpc/msr_paraphrase_train.txt").toURI());
  }

  private Path copy(String name) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.copy(miniMrpc(), file);
    return file;
  }

  @Test
  void siblingTrainingFile_saysTrainWhereTheTestFileSaysTest() {
    assertThat(ParaphraseTask.siblingTrainingFile(Path.of("mrpc/msr_paraphrase_test.txt")))
        .isEqualTo(Path.of("mrpc/msr_paraphrase_train.txt"));
    assertThat(ParaphraseTask.siblingTrainingFile(Path.of("pan/pan-test_s1.txt")))
        .isEqualTo(Path.of("pan/pan-train_s1.txt"));
    assertThat(ParaphraseTask.siblingTrainingFile(Path.of("pan/pan-test.labels")))
        .isEqualTo(Path.of("pan/pan-train.labels"));
    assertThat(ParaphraseTask.siblingTrainingFile(Path.of("Pairs.TEST.tsv")))
        .isEqualTo(Path.of("Pairs.TRAIN.tsv"));
  }

  @Test
  void siblingTrainingFile_ofAFileThatDoesNotSayTest_isRejected() {
    assertThatThrownBy(() -> ParaphraseTask.siblingTrainingFile(Path.of("contest.txt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contest.txt does not say \"test\" in its name");
  }

  @Test
  void resolve_aTrainingFile_isScoredOutOfFoldOnly() throws Exception {
    ParaphraseTask.Sets sets = ParaphraseTask.resolve(copy("msr_paraphrase_train.txt"), null);
    assertThat(sets.train().name()).isEqualTo("msr_paraphrase_train");
    assertThat(sets.test()).isNull();
  }

  @Test
  void resolve_aTestFile_takesItsSiblingTrainingFile() throws Exception {
    copy("msr_paraphrase_train.txt");
    ParaphraseTask.Sets sets = ParaphraseTask.resolve(copy("msr_paraphrase_test.txt"), null);
    assertThat(sets.train().name()).isEqualTo("msr_paraphrase_train");
    assertThat(sets.test().name()).isEqualTo("msr_paraphrase_test");
  }

  @Test
  void resolve_aFolderWithATrainingAndATestFile_takesBoth() throws Exception {
    copy("set/msr_paraphrase_train.txt");
    copy("set/msr_paraphrase_test.txt");
    ParaphraseTask.Sets sets = ParaphraseTask.resolve(dir.resolve("set"), null);
    assertThat(sets.train().name()).isEqualTo("msr_paraphrase_train");
    assertThat(sets.test().name()).isEqualTo("msr_paraphrase_test");
  }

  @Test
  void resolve_aTestFileWithoutItsTrainingFile_namesTheFileAndTheFix() throws Exception {
    Path test = copy("msr_paraphrase_test.txt");
    assertThatThrownBy(() -> ParaphraseTask.resolve(test, null))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage(
            test
                + ": is a test file, scored with the threshold chosen on its training file,"
                + " expected at "
                + dir.resolve("msr_paraphrase_train.txt")
                + ", which is absent; give the training file with --train");
  }

  @Test
  void resolve_theTrainingFileGivenAsItsOwnTrainingFile_isScoredOutOfFoldOnly() throws Exception {
    Path train = copy("msr_paraphrase_train.txt");
    assertThat(ParaphraseTask.resolve(train, train).test()).isNull();
  }

  @Test
  void run_aTrainingFile_givesStemmaTheCosineAndBothBaselinesOutOfFold() throws Exception {
    ParaphraseTask.Result result =
        ParaphraseTask.run(
            ParaphraseTask.resolve(copy("msr_paraphrase_train.txt"), null),
            new WordHashEncoder(),
            SentenceMatch.DEFAULT,
            3,
            42,
            Progress.NONE);
    assertThat(result.rows())
        .extracting(r -> r.measure() + " | " + r.scoredOn() + " | " + r.thresholdFrom())
        .containsExactly(
            "stemma | msr_paraphrase_train (CV) | CV",
            "stemma | msr_paraphrase_train | shipped",
            "embedding-cosine | msr_paraphrase_train (CV) | CV",
            "minhash-5gram | msr_paraphrase_train (CV) | CV",
            "tfidf-cosine | msr_paraphrase_train (CV) | CV");
    assertThat(result.rows()).allSatisfy(r -> assertThat(r.counts().total()).isEqualTo(15));
    assertThat(result.trainPairs()).isEqualTo(15);
    assertThat(result.trainPositives()).isEqualTo(11);
    assertThat(result.foldThresholds()).hasSize(3);
    assertThat(result.rows().get(1).threshold()).isEqualTo(SentenceMatch.DEFAULT.threshold());
  }

  @Test
  void run_aTestFile_isScoredAtTheTrainingFilesThreshold() throws Exception {
    copy("msr_paraphrase_train.txt");
    ParaphraseTask.Result result =
        ParaphraseTask.run(
            ParaphraseTask.resolve(copy("msr_paraphrase_test.txt"), null),
            new WordHashEncoder(),
            SentenceMatch.DEFAULT,
            3,
            42,
            Progress.NONE);
    ParaphraseTask.Row cv = result.rows().get(0);
    ParaphraseTask.Row test = result.rows().get(1);
    assertThat(test.scoredOn()).isEqualTo("msr_paraphrase_test");
    assertThat(test.thresholdFrom()).isEqualTo("msr_paraphrase_train");
    assertThat(test.threshold()).isEqualTo(cv.threshold());
    assertThat(result.test()).isEqualTo("msr_paraphrase_test");
    assertThat(result.rows())
        .filteredOn(r -> r.scoredOn().equals("msr_paraphrase_test"))
        .hasSize(5);
  }

  @Test
  void fit_onATestSet_isRefused() throws Exception {
    Path test = copy("msr_paraphrase_test.txt");
    assertThatThrownBy(() -> ParaphraseFit.trainingSets(List.of(test)))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage(
            test
                + ": is a test set: --fit fits on training data only, so that test figures stay"
                + " honest; give the training file");
  }

  @Test
  void fit_onTwoSets_scoresEachAndPrintsTheJavaLine() throws Exception {
    Path mrpc = copy("msr_paraphrase_train.txt");
    Path pan = Path.of(getClass().getResource("/mini-eval/pan-paraphrase").toURI());
    ParaphraseFit.Result result =
        ParaphraseFit.run(
            ParaphraseFit.trainingSets(List.of(mrpc, pan)),
            new WordHashEncoder(),
            SentenceMatch.DEFAULT,
            3,
            42,
            SentenceMatchFit.DEFAULT_L2,
            Progress.NONE);
    assertThat(result.sets())
        .extracting(ParaphraseFit.SetSize::name)
        .containsExactly("msr_paraphrase_train", "pan-train");
    assertThat(result.fit().sets()).hasSize(2);
    assertThat(result.fit().javaCode())
        .startsWith("  public static final SentenceMatch DEFAULT =\n      new SentenceMatch(");
    assertThat(result.baselines()).hasSize(4);
    assertThat(TextReport.render(result)).contains(result.fit().javaCode());
  }
}
