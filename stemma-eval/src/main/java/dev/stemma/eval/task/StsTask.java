package dev.stemma.eval.task;

import dev.stemma.Progress;
import dev.stemma.align.SentenceMatch;
import dev.stemma.embed.SentenceEncoder;
import dev.stemma.eval.baseline.Baselines;
import dev.stemma.eval.data.GradedPair;
import dev.stemma.eval.data.StsDataset;
import dev.stemma.eval.metric.Correlation;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code stemma eval sts}: how well the sentence-match probability (and, shown beside it, the plain
 * embedding cosine) follows graded similarity (STS, 0 to 5), per file, beside the baselines.
 * Nothing is fitted on the graded files: Pearson and Spearman need no threshold.
 */
public final class StsTask {

  /**
   * Stemma's measure in reports: the sentence-match score on its linear (logit) scale. The
   * probability, its logistic function, grades the same pairs in the same order but flattens both
   * ends of the 0-5 scale, which Pearson's r penalises; it is shown too.
   */
  public static final String STEMMA = "stemma";

  /** The same decision's probability. */
  public static final String PROBABILITY = "stemma-probability";

  /** The cosine alone. */
  public static final String COSINE = "embedding-cosine";

  private StsTask() {}

  /**
   * One measure on one file.
   *
   * @param file the file's name
   * @param measure the measure
   * @param pairs pairs scored
   * @param pearson Pearson's r against the gold scores (NaN when a series is constant)
   * @param spearman Spearman's rho
   */
  public record Row(String file, String measure, int pairs, double pearson, double spearman) {}

  /**
   * The figures.
   *
   * @param files each file's name, pairs scored and lines without a score
   * @param rows per file: Stemma, the cosine, then the baselines
   */
  public record Result(List<FileSize> files, List<Row> rows) implements EvalResult {

    public Result {
      files = List.copyOf(files);
      rows = List.copyOf(rows);
    }

    @Override
    public String task() {
      return "sts";
    }
  }

  /**
   * A file's size.
   *
   * @param name the file
   * @param pairs pairs scored
   * @param unscored lines with an empty score, skipped
   */
  public record FileSize(String name, int pairs, int unscored) {}

  public static Result run(
      List<StsDataset> files, SentenceEncoder encoder, SentenceMatch match, Progress progress) {
    List<GradedPair> all = new ArrayList<>();
    for (StsDataset file : files) {
      if (file.pairs().size() < 2) {
        throw new IllegalArgumentException(
            file.source()
                + ": a correlation needs at least 2 scored pairs, got "
                + file.pairs().size());
      }
      all.addAll(file.pairs());
    }
    List<SentencePairs.Measured> measured =
        SentencePairs.measure(
            all.stream().map(GradedPair::first).toList(),
            all.stream().map(GradedPair::second).toList(),
            encoder,
            progress);
    List<Row> rows = new ArrayList<>();
    List<FileSize> sizes = new ArrayList<>();
    int from = 0;
    progress.start("baselines", files.size());
    for (StsDataset file : files) {
      int n = file.pairs().size();
      double[] gold = file.scores();
      double[] logit = new double[n];
      double[] probability = new double[n];
      double[] cosine = new double[n];
      for (int i = 0; i < n; i++) {
        logit[i] = measured.get(from + i).logit(match);
        probability[i] = measured.get(from + i).probability(match);
        cosine[i] = measured.get(from + i).cosine();
      }
      from += n;
      sizes.add(new FileSize(file.name(), n, file.unscored()));
      rows.add(row(file.name(), STEMMA, logit, gold));
      rows.add(row(file.name(), PROBABILITY, probability, gold));
      rows.add(row(file.name(), COSINE, cosine, gold));
      for (Baselines.CorrelationFigures f : Baselines.sts(file)) {
        rows.add(new Row(f.dataset(), f.measure(), f.pairs(), f.pearson(), f.spearman()));
      }
      progress.advance(sizes.size());
    }
    progress.finish("MinHash and TF-IDF scored");
    return new Result(sizes, rows);
  }

  private static Row row(String file, String measure, double[] scores, double[] gold) {
    return new Row(
        file,
        measure,
        gold.length,
        Correlation.pearson(scores, gold),
        Correlation.spearman(scores, gold));
  }
}
