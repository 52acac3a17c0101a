package dev.stemma.cli;

import dev.stemma.ingest.Article;
import dev.stemma.ingest.ArticleSink;
import dev.stemma.ingest.Corpus;
import dev.stemma.ingest.InputRef;
import dev.stemma.ingest.Inputs;
import dev.stemma.ingest.Rejection;
import dev.stemma.server.OfflineLoader;
import dev.stemma.server.ServerOptions;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stemma index add --data DIR INPUT...}: fills a server's index offline. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "Works on a server's index folder while no server has it open.",
    subcommands = {IndexCommand.Add.class, CommandLine.HelpCommand.class})
final class IndexCommand {

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Adds articles from files and folders (as stemma analyze reads them) to the index in --data,",
        "with the code the server uses, so that `stemma serve --data DIR` starts with them."
      })
  static final class Add implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The index folder (created when absent).")
    Path data;

    @Option(names = "--batch", defaultValue = "100", paramLabel = "N",
        description = "Articles per commit (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--cache", paramLabel = "N", description = "Prepared articles kept in memory, as for"
        + " 'stemma serve' (default: 20000). Set it above the number of articles the index will hold.")
    Integer cache;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (read recursively).")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
      if (cache != null && cache < 1) {
        err.println("--cache " + cache + ": give the number of prepared articles to keep in memory, at least 1");
        return 2;
      }
      Corpus corpus = Inputs.installed().read(inputs, new ArticleSink() {
        @Override
        public void accept(Article article) {}

        @Override
        public void reject(Rejection rejection) {
          err.println("skipped " + rejection.message());
        }

        @Override
        public void warn(InputRef input, String message) {
          err.println("warning " + input + ": " + message);
        }
      });
      OfflineLoader.Summary s = OfflineLoader.load(data, corpus.articles(), batch,
          cache == null ? ServerOptions.DEFAULT_CACHE_SIZE : cache, r -> {
        if (!r.added()) {
          err.println("skipped " + r.id() + ": " + r.reason() + ". " + r.fix());
        }
      });
      out.println("stemma index add: " + s.added() + " added, " + s.replaced() + " replaced, " + s.skipped()
          + " skipped (" + corpus.rejections().size() + " inputs rejected) into " + data);
      return s.added() + s.replaced() == 0 ? 1 : 0;
    }
  }
}
