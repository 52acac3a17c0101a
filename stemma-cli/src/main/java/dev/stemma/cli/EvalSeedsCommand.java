package dev.stemma.cli;

import dev.stemma.Progress;
import dev.stemma.Stemma;
import dev.stemma.eval.task.EvalResult;
import dev.stemma.eval.task.SeedsTask;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stemma eval seeds}: the expected analysis of the seed corpus, check by check. */
@Command(
    name = "seeds",
    mixinStandardHelpOptions = true,
    description = {
      "The seed corpus: checks the analysis shared/README.md expects.",
      "One story of five; the family {000, 001, 002} linked as rewrites with",
      "origin 000; 003 and 004 families of their own linked as same_story; site",
      "chrome removed. Prints each check; exits with 1 if one fails."
    })
final class EvalSeedsCommand extends EvalTaskCommand {

  @Mixin ThreadsOption analysis;

  @Option(names = "--data", paramLabel = "PATH",
      description = "The seed folder (default: ../shared/seeds beside the repository).")
  @Nullable Path data;

  @Override
  EvalResult evaluate(Progress progress) {
    Path seeds = data != null ? data : SharedFolders.shared("seeds");
    try (Stemma stemma = analysis.stemma(progress)) {
      return SeedsTask.run(seeds, stemma, progress);
    }
  }
}
