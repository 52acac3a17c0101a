package dev.stemma.cli;

import dev.stemma.Analysis;
import dev.stemma.Stemma;
import dev.stemma.ingest.Article;
import dev.stemma.ingest.ArticleSink;
import dev.stemma.ingest.Corpus;
import dev.stemma.ingest.InputRef;
import dev.stemma.ingest.Inputs;
import dev.stemma.ingest.Rejection;
import dev.stemma.report.JsonOutput;
import dev.stemma.report.TerminalSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stemma analyze INPUT... --out DIR}: the main job. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles from files and folders (text files, JSON Lines; HTML and WARC with stemma-ingest),",
      "finds their relations, stories and copy families, writes articles.jsonl, relations.jsonl,",
      "stories.jsonl and run.json to --out, and prints a summary with each family drawn as a tree."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (read recursively).")
  List<Path> inputs;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "stemma-out",
      description = "Where to write the results (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--strict", description = "Exit with 1 when any input is skipped.")
  boolean strict;

  @Option(names = "--quiet", description = "Print no summary, only problems.")
  boolean quiet;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  Integer threads;

  @Override
  public Integer call() throws IOException {
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    TerminalProgress progress = new TerminalProgress(stderr, System.console() != null);
    Inputs readers = Inputs.installed();
    progress.start("read", 0);
    Corpus corpus = readers.read(inputs, new ArticleSink() {
      private long read;

      @Override
      public void accept(Article article) {
        progress.advance(++read);
      }

      @Override
      public void reject(Rejection rejection) {
        stderr.println("skipped " + rejection.message());
      }

      @Override
      public void warn(InputRef input, String message) {
        stderr.println("warning " + input + ": " + message);
      }
    });
    progress.finish(corpus.articles().size() + " articles, " + corpus.rejections().size() + " rejected");

    Stemma.Builder builder = Stemma.builder().progress(progress);
    if (threads != null) {
      builder.threads(threads);
    }
    Analysis analysis;
    try (Stemma stemma = builder.build()) {
      analysis = stemma.analyze(corpus);
    }
    JsonOutput.write(analysis, out);
    if (!quiet) {
      stdout.println();
      stdout.print(TerminalSummary.render(analysis));
      stdout.println("Wrote " + out.resolve(JsonOutput.ARTICLES) + ", " + JsonOutput.RELATIONS + ", "
          + JsonOutput.STORIES + " and " + JsonOutput.RUN + ".");
    }
    if (analysis.stats().analysed() == 0) {
      stderr.println("Nothing could be analysed: every input was skipped (see the reasons above).");
      return 1;
    }
    if (strict && analysis.stats().skipped() > 0) {
      stderr.println("--strict: " + analysis.stats().skipped() + " input(s) skipped.");
      return 1;
    }
    return 0;
  }
}
