package dev.stemma.cli;

import dev.stemma.Stemma;
import dev.stemma.bench.run.BenchReport;
import dev.stemma.bench.run.BenchRun;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stemma bench run DIR}: Stemma's cost and figures on a generated corpus, beside MinHash. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses a corpus written by `stemma bench generate`, timing each stage",
      "(articles/s, sentences embedded, peak heap), scores the result against the",
      "corpus's gold, and runs MinHash deduplication on the same articles in the same",
      "process: the ratio of times and the recall each gets on exact copies,",
      "near-duplicates and rewrites.",
      "For 100,000 articles give the JVM room:",
      "  STEMMA_JAVA_OPTS=-Xmx20g ./stemma bench run DIR"
    })
final class BenchRunCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder (articles.jsonl and gold/).")
  Path corpus;

  @Option(names = "--json", description = "Print one JSON object instead of the table.")
  boolean json;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  @Nullable Integer threads;

  @Override
  public Integer call() throws IOException {
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Stemma.Builder builder = Stemma.builder();
    if (threads != null) {
      builder.threads(threads);
    }
    BenchRun.Result result =
        BenchRun.run(corpus, builder, new TerminalProgress(stderr, System.console() != null));
    stdout.print(json ? BenchReport.json(result) + "\n" : BenchReport.text(result));
    return 0;
  }
}
