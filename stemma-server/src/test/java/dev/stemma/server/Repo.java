package dev.stemma.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Folders tests read: the repository root (the folder holding mvnw), its examples, ../shared/seeds. */
final class Repo {

  private Repo() {}

  static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve(".mvn"))) {
        return p;
      }
    }
    throw new IllegalStateException("no folder holding mvnw above " + Path.of("").toAbsolutePath());
  }

  static Path examples() {
    return root().resolve("examples");
  }

  /** ../shared/seeds beside the repository, or the calling test is skipped with a message. */
  static Path seeds() {
    Path seeds = root().resolve("../shared/seeds").normalize();
    assumeTrue(Files.isDirectory(seeds), "../shared/seeds is not beside the repository (" + seeds + "); skipped");
    return seeds;
  }
}
