package dev.stemma.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code stemma} command: sub-commands over the core's {@link dev.stemma.Stemma} entry point. */
@Command(
    name = "stemma",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Finds exact copies, near-duplicates, rewrites and independent reports of the same story",
      "among news articles; groups them into stories and copy families with their origin."
    },
    subcommands = {AnalyzeCommand.class, CompareCommand.class, ServeCommand.class, IndexCommand.class,
      CommandLine.HelpCommand.class})
public final class Main {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (picocli's: 0 OK, 1 failure, 2 usage). */
  public static int run(String... args) {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }
}
