package dev.stemma.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stemma bench}: a generated corpus with a known answer, and Stemma's cost and figures on it. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "A realistic corpus with a known answer, to measure Stemma at scale.",
      "How it is built and what it cannot represent: docs/bench-corpus.md."
    },
    subcommands = {BenchGenerateCommand.class, BenchRunCommand.class})
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing the sub-command: generate or run");
  }
}
