package dev.stemma.cli;

import dev.stemma.eval.data.DatasetFormatException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
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
    subcommands = {
      AnalyzeCommand.class,
      CompareCommand.class,
      ServeCommand.class,
      IndexCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (picocli's: 0 OK, 1 failure, 2 usage). */
  public static int run(String... args) {
    return new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        // The descriptions are written in lines of up to 100 characters; picocli's default of 80
        // would re-wrap them mid-sentence.
        .setUsageHelpWidth(100)
        .setExecutionExceptionHandler(Main::badInput)
        .execute(args);
  }

  /**
   * Input the user can fix (a labelled file in the wrong format, a missing file) is one line on
   * standard error and exit code 2, with no stack trace; anything else is a bug and keeps its trace.
   */
  private static int badInput(Exception e, CommandLine command, CommandLine.ParseResult parsed)
      throws Exception {
    String message;
    if (e instanceof DatasetFormatException) {
      message = e.getMessage();
    } else if (e instanceof NoSuchFileException missing) {
      message = missing.getFile() + ": no such file or folder";
    } else if (e instanceof AccessDeniedException denied) {
      message = denied.getFile() + ": permission denied";
    } else {
      throw e;
    }
    command.getErr().println(message);
    return CommandLine.ExitCode.USAGE;
  }
}
