package dev.stemma.eval.task;

import static java.util.Objects.requireNonNull;

import dev.stemma.Progress;
import dev.stemma.align.SentenceMatch;
import dev.stemma.embed.SentenceEncoder;
import dev.stemma.eval.baseline.Baselines;
import dev.stemma.eval.data.DatasetFormatException;
import dev.stemma.eval.data.Datasets;
import dev.stemma.eval.data.ParaphraseDataset;
import dev.stemma.eval.data.ParaphrasePair;
import dev.stemma.eval.data.Split;
import dev.stemma.eval.metric.BinaryCounts;
import dev.stemma.eval.metric.CrossValidated;
import dev.stemma.eval.metric.CrossValidation;
import dev.stemma.eval.metric.Objective;
import dev.stemma.eval.metric.Thresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code stemma eval paraphrase}: the sentence-match decision on sentence pairs labelled paraphrase
 * or not (MRPC, PAN), beside the baselines.
 *
 * <p>Stemma's score of a pair is the match probability of {@link SentencePairs} under the shipped
 * {@link SentenceMatch}. A threshold is never chosen on the file it scores: a training file is
 * scored out of fold (each pair decided by the threshold that maximises F1 on the other folds), a
 * test file with the threshold that maximises F1 on all of its training file. The baselines are
 * decided the same way, on the same folds. Two more rows show the shipped threshold (the one the
 * aligner uses; fitted on the shared training files, so in-sample there) and the embedding cosine
 * alone (what the lexical features add).
 */
public final class ParaphraseTask {

  /** The name of Stemma's measure in reports. */
  public static final String STEMMA = "stemma";

  /** The name of the embedding cosine alone in reports. */
  public static final String COSINE = "embedding-cosine";

  private static final Pattern TEST_WORD = Pattern.compile("(?i)(?<![a-z])test(?![a-z])");

  private ParaphraseTask() {}

  /**
   * The training set and the set scored with its threshold.
   *
   * @param train the set thresholds are chosen on
   * @param test the set scored with the training set's threshold, or null to score the training set
   *     out of fold only
   */
  public record Sets(ParaphraseDataset train, @Nullable ParaphraseDataset test) {
    public Sets {
      requireNonNull(train, "train");
    }
  }

  /**
   * One line of the report: a measure's decisions on one set.
   *
   * @param measure {@link #STEMMA}, {@link #COSINE} or a baseline's name
   * @param scoredOn the set's name, with {@code (CV)} for out-of-fold figures
   * @param thresholdFrom where the threshold came from: {@code CV}, the training set's name, or
   *     {@code shipped}
   * @param counts the decisions against the gold
   * @param threshold the threshold shown: for CV rows, the one fitted on all the training set
   */
  public record Row(
      String measure,
      String scoredOn,
      String thresholdFrom,
      BinaryCounts counts,
      double threshold) {}

  /**
   * The figures.
   *
   * @param train the training set's name
   * @param trainPairs its pairs
   * @param trainPositives its paraphrases
   * @param test the test set's name, or null
   * @param testPairs its pairs (0 without)
   * @param folds k of the cross-validation
   * @param seed its seed
   * @param match the decision measured
   * @param foldThresholds Stemma's threshold chosen without each fold
   * @param rows Stemma's rows, then the cosine's, then the baselines'
   */
  public record Result(
      String train,
      int trainPairs,
      int trainPositives,
      @Nullable String test,
      int testPairs,
      int folds,
      long seed,
      SentenceMatch match,
      List<Double> foldThresholds,
      List<Row> rows)
      implements EvalResult {

    public Result {
      foldThresholds = List.copyOf(foldThresholds);
      rows = List.copyOf(rows);
    }

    @Override
    public String task() {
      return "paraphrase";
    }
  }

  /**
   * Finds the sets to use. {@code data} may be a file (MRPC), one of a PAN set's files, or a folder
   * holding one set, or a training and a test set. Without {@code train}, a test file's training
   * file is its sibling whose name says {@code train} where its own says {@code test}
   * (msr_paraphrase_test.txt: msr_paraphrase_train.txt; pan-test_s1.txt: pan-train_s1.txt); any
   * other file is its own training set, scored out of fold.
   */
  public static Sets resolve(Path data, @Nullable Path train) throws IOException {
    if (train != null) {
      ParaphraseDataset trainSet = Datasets.paraphrase(train);
      ParaphraseDataset scored = Datasets.paraphrase(data);
      boolean same =
          trainSet
              .source()
              .toAbsolutePath()
              .normalize()
              .equals(scored.source().toAbsolutePath().normalize());
      return new Sets(trainSet, same ? null : scored);
    }
    if (Files.isDirectory(data)) {
      List<ParaphraseDataset> sets = Datasets.paraphraseSets(data);
      List<ParaphraseDataset> tests = sets.stream().filter(s -> s.split() == Split.TEST).toList();
      List<ParaphraseDataset> trains = sets.stream().filter(s -> s.split() != Split.TEST).toList();
      if (trains.size() == 1 && tests.size() <= 1) {
        return new Sets(trains.getFirst(), tests.isEmpty() ? null : tests.getFirst());
      }
      if (trains.isEmpty() && tests.size() == 1) {
        throw new DatasetFormatException(
            data,
            0,
            "holds the test set "
                + tests.getFirst().name()
                + " and no training set to choose its threshold on; give one with --train");
      }
      return new Sets(Datasets.paraphrase(data), null); // throws: none, or several sets
    }
    ParaphraseDataset scored = Datasets.paraphrase(data);
    if (scored.split() != Split.TEST) {
      return new Sets(scored, null);
    }
    Path sibling = siblingTrainingFile(data);
    if (!Files.exists(sibling)) {
      throw new DatasetFormatException(
          data,
          0,
          "is a test file, scored with the threshold chosen on its training file, expected at "
              + sibling
              + ", which is absent; give the training file with --train");
    }
    return new Sets(Datasets.paraphrase(sibling), scored);
  }

  /**
   * The file beside {@code test} whose name says {@code train} where its name says {@code test}.
   */
  public static Path siblingTrainingFile(Path test) {
    String name = test.getFileName().toString();
    Matcher m = TEST_WORD.matcher(name);
    if (!m.find()) {
      throw new IllegalArgumentException(name + " does not say \"test\" in its name");
    }
    String word = m.group();
    String replacement = word.equals("TEST") ? "TRAIN" : word.equals("Test") ? "Train" : "train";
    String sibling = name.substring(0, m.start()) + replacement + name.substring(m.end());
    return test.resolveSibling(sibling);
  }

  /** Measures Stemma and the baselines. */
  public static Result run(
      Sets sets,
      SentenceEncoder encoder,
      SentenceMatch match,
      int folds,
      long seed,
      Progress progress) {
    ParaphraseDataset train = sets.train();
    ParaphraseDataset test = sets.test();
    List<ParaphrasePair> all = new ArrayList<>(train.pairs());
    if (test != null) {
      all.addAll(test.pairs());
    }
    List<SentencePairs.Measured> measured =
        SentencePairs.measure(
            all.stream().map(ParaphrasePair::first).toList(),
            all.stream().map(ParaphrasePair::second).toList(),
            encoder,
            progress);
    int n = train.pairs().size();
    double[] trainProbability = new double[n];
    double[] trainCosine = new double[n];
    for (int i = 0; i < n; i++) {
      trainProbability[i] = measured.get(i).probability(match);
      trainCosine[i] = measured.get(i).cosine();
    }
    double[] testProbability = new double[test == null ? 0 : test.pairs().size()];
    double[] testCosine = new double[testProbability.length];
    for (int i = 0; i < testProbability.length; i++) {
      testProbability[i] = measured.get(n + i).probability(match);
      testCosine[i] = measured.get(n + i).cosine();
    }
    boolean[] trainLabels = train.labels();
    List<Row> rows = new ArrayList<>();
    CrossValidated stemma =
        CrossValidation.run(trainProbability, trainLabels, folds, seed, Objective.F1);
    addRows(rows, STEMMA, train, test, stemma, testProbability);
    rows.add(
        new Row(
            STEMMA,
            train.name(),
            "shipped",
            Thresholds.evaluate(trainProbability, trainLabels, match.threshold()),
            match.threshold()));
    if (test != null) {
      rows.add(
          new Row(
              STEMMA,
              test.name(),
              "shipped",
              Thresholds.evaluate(testProbability, test.labels(), match.threshold()),
              match.threshold()));
    }
    CrossValidated cosine =
        CrossValidation.run(trainCosine, trainLabels, folds, seed, Objective.F1);
    addRows(rows, COSINE, train, test, cosine, testCosine);
    progress.start("baselines", 0);
    for (Baselines.ParaphraseFigures f : Baselines.paraphrase(train, test, folds, seed)) {
      rows.add(
          new Row(
              f.measure(),
              train.name() + " (CV)",
              "CV",
              f.train().outOfFold(),
              f.train().finalChoice().threshold()));
      if (test != null && f.test() != null) {
        rows.add(
            new Row(
                f.measure(),
                test.name(),
                train.name(),
                f.test(),
                f.train().finalChoice().threshold()));
      }
    }
    progress.finish("MinHash and TF-IDF scored");
    List<Double> foldThresholds = new ArrayList<>();
    for (double t : stemma.foldThresholds()) {
      foldThresholds.add(t);
    }
    return new Result(
        train.name(),
        n,
        train.positives(),
        test == null ? null : test.name(),
        test == null ? 0 : test.pairs().size(),
        folds,
        seed,
        match,
        foldThresholds,
        rows);
  }

  private static void addRows(
      List<Row> rows,
      String measure,
      ParaphraseDataset train,
      @Nullable ParaphraseDataset test,
      CrossValidated cv,
      double[] testScores) {
    double threshold = cv.finalChoice().threshold();
    rows.add(new Row(measure, train.name() + " (CV)", "CV", cv.outOfFold(), threshold));
    if (test != null) {
      rows.add(
          new Row(
              measure,
              test.name(),
              train.name(),
              Thresholds.evaluate(testScores, test.labels(), threshold),
              threshold));
    }
  }
}
