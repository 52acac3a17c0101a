package dev.stemma;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Folders the tests read at run time: the repository root (found by walking up from the working
 * directory to the folder holding {@code mvnw}), the example corpus in it, and {@code ../shared}
 * beside it (the seed corpus and the research-licensed eval data, never copied into the repository).
 */
public final class Shared {

  private Shared() {}

  public static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve(".mvn"))) {
        return p;
      }
    }
    throw new IllegalStateException("no folder holding mvnw above " + Path.of("").toAbsolutePath());
  }

  /** {@code examples/} of the repository. */
  public static Path examples() {
    return repositoryRoot().resolve("examples");
  }

  /** {@code ../shared/seeds}, or the calling test is skipped with a message. */
  public static Path seeds() {
    return folder("seeds");
  }

  /** {@code ../shared/eval}, or the calling test is skipped with a message. */
  public static Path eval() {
    return folder("eval");
  }

  private static Path folder(String name) {
    Optional<Path> found = Optional.of(repositoryRoot().resolve("../shared").resolve(name).normalize())
        .filter(Files::isDirectory);
    assumeTrue(found.isPresent(), "../shared/" + name + " is not beside the repository; skipped");
    return found.orElseThrow();
  }
}
