package dev.stemma.cli;

import java.nio.file.Path;

/**
 * The default data folders: {@code ../shared/seeds} and {@code ../shared/eval} beside the
 * repository. The launcher passes the repository root as the system property {@code stemma.home};
 * without it (the jar run by hand) they are found from the working directory.
 */
final class SharedFolders {

  static final String HOME_PROPERTY = "stemma.home";

  private SharedFolders() {}

  /** {@code ../shared/NAME} from the repository root (or the working directory). */
  static Path shared(String name) {
    return Path.of(System.getProperty(HOME_PROPERTY, "")).resolve("../shared").resolve(name).normalize();
  }
}
