package dev.stemma.cli;

import dev.stemma.Progress;
import dev.stemma.Stemma;
import dev.stemma.eval.baseline.Baselines;
import dev.stemma.eval.data.Datasets;
import dev.stemma.eval.task.ClustersTask;
import dev.stemma.eval.task.EvalResult;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stemma eval clusters}: Stemma's stories against gold events. */
@Command(
    name = "clusters",
    mixinStandardHelpOptions = true,
    description = {
      "Articles with gold clusters: ARI, NMI, B-cubed, noise placement.",
      "Reads a WikiRef220 folder, JSON Lines with a \"cluster\" field, or a bench",
      "corpus; scores Stemma's stories against the gold, beside average-linkage",
      "baselines cut at a threshold chosen by cross-validation."
    })
final class EvalClustersCommand extends EvalTaskCommand {

  @Mixin ThreadsOption analysis;

  @Option(names = "--data", paramLabel = "PATH", required = true,
      description = "The labelled articles (e.g. ../shared/eval/wikiref220).")
  Path data;

  @Option(names = "--folds", paramLabel = "K", defaultValue = "" + Baselines.DEFAULT_CLUSTER_FOLDS,
      description = "Folds of the baselines' cross-validation (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + Baselines.DEFAULT_SEED,
      description = "Seed of the fold assignment (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  EvalResult evaluate(Progress progress) throws IOException {
    var dataset = Datasets.clusters(data);
    try (Stemma stemma = analysis.stemma(progress)) {
      return ClustersTask.run(dataset, stemma, folds, seed, progress);
    }
  }
}
