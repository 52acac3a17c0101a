package dev.stemma.cli;

import dev.stemma.Progress;
import dev.stemma.eval.task.EvalResult;
import dev.stemma.eval.task.JsonReport;
import dev.stemma.eval.task.TextReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/**
 * What every {@code stemma eval TASK} shares: the option {@code --json},
 * progress on standard error, the report on standard output, and the exit code (1 when a check
 * failed). The figures come from {@link dev.stemma.eval.task}; a subclass only reads its options.
 */
abstract class EvalTaskCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print one JSON object (on one line) instead of tables.")
  boolean json;

  /** Runs the task. */
  abstract EvalResult evaluate(Progress progress) throws IOException;

  @Override
  public final Integer call() throws IOException {
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    EvalResult result = evaluate(new TerminalProgress(stderr, System.console() != null));
    if (json) {
      stdout.println(JsonReport.render(result));
    } else {
      stdout.println();
      stdout.print(TextReport.render(result));
    }
    return result.failed() ? 1 : 0;
  }
}
