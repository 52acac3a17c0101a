package dev.stemma.eval.baseline;

import dev.stemma.eval.data.ClusterDataset;
import dev.stemma.eval.data.Datasets;
import dev.stemma.eval.data.ParaphraseDataset;
import dev.stemma.eval.data.Split;
import dev.stemma.eval.data.StsDataset;
import dev.stemma.eval.metric.BinaryCounts;
import dev.stemma.eval.metric.ClusteringScores;
import dev.stemma.eval.metric.Objective;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Prints the baselines' figures on a folder laid out as {@code ../shared/eval/} ({@code mrpc/},
 * {@code pan-paraphrase/}, {@code sts-headlines/}, {@code wikiref220/}); a folder that is absent is
 * passed over. {@code stemma eval TASK} prints the same figures beside Stemma's, one task at a
 * time; this report prints all of them at once, without the embedding model, as {@code java -cp ...
 * dev.stemma.eval.baseline.BaselineReport ../shared/eval [folds] [seed]}, where folds are those of
 * the paraphrase cross-validation (clusters use {@link Baselines#DEFAULT_CLUSTER_FOLDS}).
 */
public final class BaselineReport {

  private BaselineReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("Usage: BaselineReport EVAL_DIR [FOLDS [SEED]]");
      System.exit(2);
    }
    Path eval = Path.of(args[0]);
    int folds = args.length > 1 ? Integer.parseInt(args[1]) : Baselines.DEFAULT_FOLDS;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : Baselines.DEFAULT_SEED;
    print(eval, folds, seed, System.out);
  }

  /** Writes the report of every dataset found under {@code eval}. */
  public static void print(Path eval, int folds, long seed, PrintStream out) throws IOException {
    out.printf(Locale.ROOT, "Baselines on %s (folds %d, seed %d)%n", eval, folds, seed);
    for (String folder : List.of("mrpc", "pan-paraphrase")) {
      Path path = eval.resolve(folder);
      if (Files.isDirectory(path)) {
        paraphrase(path, folds, seed, out);
      }
    }
    Path sts = eval.resolve("sts-headlines");
    if (Files.isDirectory(sts)) {
      out.printf(
          "%n%-22s %-14s %6s %8s %8s%n", "sts file", "measure", "pairs", "pearson", "spearman");
      for (StsDataset dataset : Datasets.sts(sts)) {
        for (Baselines.CorrelationFigures f : Baselines.sts(dataset)) {
          out.printf(
              Locale.ROOT,
              "%-22s %-14s %6d %8.3f %8.3f%n",
              f.dataset(),
              f.measure(),
              f.pairs(),
              f.pearson(),
              f.spearman());
        }
      }
    }
    Path wikiref = eval.resolve("wikiref220");
    if (Files.isDirectory(wikiref)) {
      clusters(Datasets.clusters(wikiref), Baselines.DEFAULT_CLUSTER_FOLDS, seed, out);
    }
  }

  private static void paraphrase(Path folder, int folds, long seed, PrintStream out)
      throws IOException {
    List<ParaphraseDataset> sets = Datasets.paraphraseSets(folder);
    ParaphraseDataset train =
        sets.stream().filter(s -> s.split() != Split.TEST).findFirst().orElse(null);
    if (train == null) {
      return;
    }
    @Nullable ParaphraseDataset test =
        sets.stream().filter(s -> s.split() == Split.TEST).findFirst().orElse(null);
    out.printf(
        Locale.ROOT,
        "%n%s: %d pairs, %d paraphrases%s%n",
        train.name(),
        train.pairs().size(),
        train.positives(),
        test == null ? "" : "; test " + test.name() + ": " + test.pairs().size());
    out.printf(
        "%-14s %-9s %-24s %8s %8s %8s %8s %10s%n",
        "measure", "max", "scored on", "acc", "prec", "recall", "F1", "threshold");
    for (Objective objective : Objective.values()) {
      for (Baselines.ParaphraseFigures f :
          Baselines.paraphrase(train, test, folds, seed, objective)) {
        String max = objective.name().toLowerCase(Locale.ROOT);
        row(
            out,
            f.measure(),
            max,
            train.name() + " (CV)",
            f.train().outOfFold(),
            f.train().finalChoice().threshold());
        if (f.test() != null && test != null) {
          row(out, f.measure(), max, test.name(), f.test(), f.train().finalChoice().threshold());
        }
        double[] t = f.train().foldThresholds();
        StringBuilder thresholds = new StringBuilder();
        for (double value : t) {
          thresholds.append(String.format(Locale.ROOT, " %.3f", value));
        }
        out.printf("%-14s %-9s fold thresholds:%s%n", "", "", thresholds);
      }
    }
  }

  private static void row(
      PrintStream out, String measure, String max, String on, BinaryCounts c, double threshold) {
    out.printf(
        Locale.ROOT,
        "%-14s %-9s %-24s %8.1f %8.1f %8.1f %8.1f %10.3f%n",
        measure,
        max,
        on,
        100 * c.accuracy(),
        100 * c.precision(),
        100 * c.recall(),
        100 * c.f1(),
        threshold);
  }

  private static void clusters(ClusterDataset dataset, int folds, long seed, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%n%s: %d articles, %d gold clusters, %d noise; threshold by %d-fold CV on ARI%n",
        dataset.source(),
        dataset.articles().size(),
        dataset.clusterSizes().size(),
        dataset.noiseCount(),
        folds);
    out.printf(
        "%-14s %8s %9s %8s %8s %8s %8s %8s %9s %13s%n",
        "measure",
        "ARI(CV)",
        "threshold",
        "ARI",
        "NMI",
        "B3 F1",
        "found",
        "gold",
        "noise",
        "clust. alone");
    for (ThresholdClustering.Result r : Baselines.clusters(dataset, folds, seed)) {
      ClusteringScores s = r.inSample();
      out.printf(
          Locale.ROOT,
          "%-14s %8.3f %9.6f %8.3f %8.3f %8.3f %8d %8d %4d/%-4d %13d%n",
          r.measure(),
          r.meanFoldAri(),
          r.finalThreshold(),
          s.ari(),
          s.nmi(),
          s.bcubed().f1(),
          s.foundClusters(),
          s.goldClusters(),
          s.noisePlacement().noiseLeftAlone(),
          s.noisePlacement().noise(),
          s.noisePlacement().clusteredLeftAlone());
    }
    out.println(
        "(ARI(CV): mean over folds of each held-out fold clustered alone; the rest: all"
            + " articles at the final threshold, in-sample; noise: left alone / all)");
  }
}
