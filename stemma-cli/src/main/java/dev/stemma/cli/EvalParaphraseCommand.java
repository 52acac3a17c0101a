package dev.stemma.cli;

import dev.stemma.Progress;
import dev.stemma.align.SentenceMatch;
import dev.stemma.embed.OnnxEncoder;
import dev.stemma.eval.baseline.Baselines;
import dev.stemma.eval.task.EvalResult;
import dev.stemma.eval.task.ParaphraseFit;
import dev.stemma.eval.task.ParaphraseTask;
import dev.stemma.eval.task.SentenceMatchFit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stemma eval paraphrase}: the sentence-match decision on MRPC and PAN pairs. */
@Command(
    name = "paraphrase",
    mixinStandardHelpOptions = true,
    description = {
      "Paraphrase pairs (MRPC, PAN): accuracy, precision, recall, F1.",
      "Scores the aligner's sentence-match decision on sentence pairs labelled",
      "paraphrase or not. The threshold is chosen by cross-validation on the",
      "training file, never on the file scored: a test file is scored with the",
      "threshold of its training file (--train, or the file beside it whose",
      "name says train), a training file out of fold. --fit fits the decision's",
      "weights instead and prints them as Java code."
    })
final class EvalParaphraseCommand extends EvalTaskCommand {

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "PATH",
      description = "The pairs to score: an MRPC file, a PAN file, or a folder. With --fit, the"
          + " training sets to fit on (repeatable; default ../shared/eval/mrpc and"
          + " ../shared/eval/pan-paraphrase).")
  List<Path> data = new ArrayList<>();

  @Option(names = "--train", paramLabel = "PATH",
      description = "The training file thresholds are chosen on (default: the test file's sibling"
          + " whose name says train).")
  @Nullable Path train;

  @Option(names = "--fit", description = "Fit the sentence-match weights on the training data and"
      + " print them as the Java line of SentenceMatch.DEFAULT, with cross-validated figures.")
  boolean fit;

  @Option(names = "--folds", paramLabel = "K", defaultValue = "" + Baselines.DEFAULT_FOLDS,
      description = "Folds of the cross-validation (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + Baselines.DEFAULT_SEED,
      description = "Seed of the fold assignment (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--l2", paramLabel = "LAMBDA", defaultValue = "" + SentenceMatchFit.DEFAULT_L2,
      description = "With --fit: the L2 penalty on the mean log-loss (default: ${DEFAULT-VALUE}, the"
          + " shipped weights').")
  double l2;

  @Override
  EvalResult evaluate(Progress progress) throws IOException {
    if (folds < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--folds must be at least 2, got " + folds);
    }
    if (fit) {
      if (train != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--train is not used with --fit: give every training set with --data");
      }
      List<Path> sets = data.isEmpty()
          ? List.of(SharedFolders.shared("eval/mrpc"), SharedFolders.shared("eval/pan-paraphrase"))
          : data;
      var datasets = ParaphraseFit.trainingSets(sets);
      try (OnnxEncoder encoder = OnnxEncoder.standard()) {
        return ParaphraseFit.run(datasets, encoder, SentenceMatch.DEFAULT, folds, seed, l2, progress);
      }
    }
    if (data.size() != 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          data.isEmpty()
              ? "Missing --data PATH: the labelled pairs to score (an MRPC file, a PAN set or a folder)"
              : "Give one --data to score (several are for --fit), got " + data.size());
    }
    ParaphraseTask.Sets sets = ParaphraseTask.resolve(data.getFirst(), train);
    try (OnnxEncoder encoder = OnnxEncoder.standard()) {
      return ParaphraseTask.run(sets, encoder, SentenceMatch.DEFAULT, folds, seed, progress);
    }
  }
}
