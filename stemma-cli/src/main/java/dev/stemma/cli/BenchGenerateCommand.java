package dev.stemma.cli;

import dev.stemma.bench.generate.BenchSummary;
import dev.stemma.bench.generate.CorpusGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stemma bench generate --articles N --seed S --out DIR}: the bench corpus. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a corpus of N articles with a known answer to DIR.",
      "Stories told by independent reports; exact, near-duplicate and rewritten",
      "copies; unrelated articles. DIR/articles.jsonl is Stemma's input, DIR/gold/",
      "the answer (relations.jsonl, stories.jsonl, manifest.json). The same N,",
      "seed and sources give byte-identical files."
    })
final class BenchGenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--articles", paramLabel = "N", required = true, description = "Articles to write.")
  int articles;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The corpus folder, created if absent; its files are replaced.")
  Path out;

  @Option(names = "--eval", paramLabel = "DIR",
      description = "The real text to learn from, laid out as ../shared/eval (default: ../shared/eval"
          + " beside the repository). Test splits are never read.")
  @Nullable Path eval;

  @Override
  public Integer call() throws IOException {
    if (articles < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--articles must be at least 1, got " + articles);
    }
    Path sources = eval != null ? eval : SharedFolders.shared("eval");
    if (!Files.isDirectory(sources.resolve("mrpc")) && !Files.isDirectory(sources.resolve("pan-paraphrase"))) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          sources + " holds neither mrpc/ nor pan-paraphrase/: give the shared eval folder with --eval DIR");
    }
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BenchSummary summary = CorpusGenerator.generate(sources, articles, seed, out);
    stdout.print(summary.describe());
    return 0;
  }
}
