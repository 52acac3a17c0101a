package dev.stemma.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stemma eval TASK}: Stemma's judgement on labelled data, beside the baselines. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measures Stemma on labelled data, beside the baselines.",
      "Each task prints Stemma's figures and, from the same run, those of word",
      "5-gram MinHash Jaccard and TF-IDF cosine. Formats: docs/eval-formats.md;",
      "figures on the shared data: docs/evaluation.md."
    },
    subcommands = {
      EvalParaphraseCommand.class,
      EvalStsCommand.class,
      EvalClustersCommand.class,
      EvalRelationsCommand.class,
      EvalSeedsCommand.class
    })
final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing the task: paraphrase, sts, clusters, relations or seeds");
  }
}
