package dev.stemma.cli;

import dev.stemma.Progress;
import dev.stemma.Stemma;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --threads N} of the eval tasks that run Stemma's analysis, and the Stemma it builds. */
final class ThreadsOption {

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads of Stemma's analysis (default: one per core).")
  @Nullable Integer threads;

  /** A Stemma with these threads, reporting to {@code progress}. */
  Stemma stemma(Progress progress) {
    Stemma.Builder builder = Stemma.builder().progress(progress);
    if (threads != null) {
      builder.threads(threads);
    }
    return builder.build();
  }
}
