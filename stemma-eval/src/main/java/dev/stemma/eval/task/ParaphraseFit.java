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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code stemma eval paraphrase --fit}: fits the weights of the sentence-match decision on one or
 * more training sets and prints them as the Java line of {@code SentenceMatch.DEFAULT}, with their
 * cross-validated figures beside the shipped decision's and the baselines' ({@link
 * SentenceMatchFit} says how). Test files are refused: fitting on them would spoil them.
 */
public final class ParaphraseFit {

  private ParaphraseFit() {}

  /**
   * The fit and, per set, the baselines' cross-validated figures on the same folds.
   *
   * @param fit the fitted decision and its figures
   * @param sets each set's name and size, in order
   * @param baselines each set's baseline rows, out of fold
   */
  public record Result(
      SentenceMatchFit.Result fit, List<SetSize> sets, List<ParaphraseTask.Row> baselines)
      implements EvalResult {

    public Result {
      requireNonNull(fit, "fit");
      sets = List.copyOf(sets);
      baselines = List.copyOf(baselines);
    }

    @Override
    public String task() {
      return "paraphrase --fit";
    }
  }

  /**
   * A set's size.
   *
   * @param name the set
   * @param pairs its pairs
   * @param positives its paraphrases
   */
  public record SetSize(String name, int pairs, int positives) {}

  /**
   * The training sets in {@code paths}: files, or folders whose every non-test set is taken.
   *
   * @throws DatasetFormatException for a test set, or a folder with no training set
   */
  public static List<ParaphraseDataset> trainingSets(List<Path> paths) throws IOException {
    List<ParaphraseDataset> sets = new ArrayList<>();
    for (Path path : paths) {
      List<ParaphraseDataset> found =
          Files.isDirectory(path)
              ? Datasets.paraphraseSets(path).stream().filter(s -> s.split() != Split.TEST).toList()
              : List.of(Datasets.paraphrase(path));
      if (found.isEmpty()) {
        throw new DatasetFormatException(
            path, 0, "holds no training set of paraphrase pairs (MRPC file or PAN set) to fit on");
      }
      for (ParaphraseDataset set : found) {
        if (set.split() == Split.TEST) {
          throw new DatasetFormatException(
              path,
              0,
              "is a test set: --fit fits on training data only, so that test figures stay honest;"
                  + " give the training file");
        }
      }
      sets.addAll(found);
    }
    return sets;
  }

  /** Measures every pair once, fits and cross-validates. */
  public static Result run(
      List<ParaphraseDataset> sets,
      SentenceEncoder encoder,
      SentenceMatch shipped,
      int folds,
      long seed,
      double l2,
      Progress progress) {
    List<ParaphrasePair> all = new ArrayList<>();
    for (ParaphraseDataset set : sets) {
      all.addAll(set.pairs());
    }
    List<SentencePairs.Measured> measured =
        SentencePairs.measure(
            all.stream().map(ParaphrasePair::first).toList(),
            all.stream().map(ParaphrasePair::second).toList(),
            encoder,
            progress);
    List<SentenceMatchFit.LabelledPairs> labelled = new ArrayList<>();
    List<SetSize> sizes = new ArrayList<>();
    int from = 0;
    for (ParaphraseDataset set : sets) {
      int to = from + set.pairs().size();
      labelled.add(
          new SentenceMatchFit.LabelledPairs(set.name(), measured.subList(from, to), set.labels()));
      sizes.add(new SetSize(set.name(), set.pairs().size(), set.positives()));
      from = to;
    }
    progress.start("fit", folds + 1L);
    SentenceMatchFit.Result fit = SentenceMatchFit.run(labelled, shipped, folds, seed, l2);
    progress.finish("weights fitted, " + folds + "-fold CV");
    progress.start("baselines", 0);
    List<ParaphraseTask.Row> baselines = new ArrayList<>();
    for (ParaphraseDataset set : sets) {
      for (Baselines.ParaphraseFigures f : Baselines.paraphrase(set, null, folds, seed)) {
        baselines.add(
            new ParaphraseTask.Row(
                f.measure(),
                set.name() + " (CV)",
                "CV",
                f.train().outOfFold(),
                f.train().finalChoice().threshold()));
      }
    }
    progress.finish("MinHash and TF-IDF scored");
    return new Result(fit, sizes, baselines);
  }
}
