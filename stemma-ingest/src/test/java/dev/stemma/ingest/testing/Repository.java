package dev.stemma.ingest.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Folders the tests read at run time: the repository root (the first folder holding {@code mvnw}
 * above the working directory) and the seed corpus in {@code ../shared/seeds} beside it, which is
 * never copied into the repository.
 */
public final class Repository {

  private Repository() {}

  public static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("mvnw"))) {
        return p;
      }
    }
    throw new IllegalStateException("no folder holding mvnw above " + Path.of("").toAbsolutePath());
  }

  /** {@code ../shared/seeds}, or the calling test is skipped with a message. */
  public static Path seeds() {
    Path seeds = root().resolve("../shared/seeds").normalize();
    assumeTrue(Files.isDirectory(seeds), "../shared/seeds is not beside the repository; skipped");
    return seeds;
  }
}
