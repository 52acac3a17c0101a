package dev.stemma.cli;

import dev.stemma.Progress;
import dev.stemma.Stemma;
import dev.stemma.eval.baseline.Baselines;
import dev.stemma.eval.data.Datasets;
import dev.stemma.eval.data.RelationsDataset;
import dev.stemma.eval.task.EvalResult;
import dev.stemma.eval.task.RelationsTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stemma eval relations}: Stemma's relations against gold pairs. */
@Command(
    name = "relations",
    mixinStandardHelpOptions = true,
    description = {
      "Article pairs with gold relations: per-relation P/R/F1, confusion.",
      "Relations exact, near_duplicate, rewrite, same_story, unrelated, or a",
      "graded score (Pearson). Also the copy-or-not decision beside the",
      "baselines'. --data is the gold JSON Lines with --articles, or a corpus",
      "written by stemma bench generate."
    })
final class EvalRelationsCommand extends EvalTaskCommand {

  @Mixin ThreadsOption analysis;

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "PATH", required = true,
      description = "Gold pairs (JSON Lines), or a bench corpus folder.")
  Path data;

  @Option(names = "--articles", paramLabel = "PATH",
      description = "The articles the gold pairs name: JSON Lines or a folder of .txt files.")
  @Nullable Path articles;

  @Option(names = "--folds", paramLabel = "K", defaultValue = "" + Baselines.DEFAULT_FOLDS,
      description = "Folds of the baselines' threshold cross-validation (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + Baselines.DEFAULT_SEED,
      description = "Seed of the folds and of the sample of unlisted pairs (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  EvalResult evaluate(Progress progress) throws IOException {
    RelationsDataset gold;
    if (Files.isDirectory(data)) {
      if (articles != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--articles is not used with a bench corpus folder: it holds its articles");
      }
      gold = Datasets.benchRelations(data);
    } else {
      if (articles == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "Missing --articles PATH: the articles that " + data + " names");
      }
      gold = Datasets.relations(data, articles);
    }
    try (Stemma stemma = analysis.stemma(progress)) {
      return RelationsTask.run(gold, stemma, folds, seed, progress);
    }
  }
}
