package dev.stemma.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in the test's JVM and captures what it prints. */
final class Cli {

  /**
   * What a run left.
   *
   * @param exit the exit code
   * @param out standard output
   * @param err standard error
   */
  record Run(int exit, String out, String err) {}

  private Cli() {}

  static synchronized Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      int exit = Main.run(args);
      return new Run(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** The repository root: the folder above holding {@code mvnw} and {@code examples/}. */
  static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("examples"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }

  /**
   * The miniature eval folder written for stemma-eval's tests (fictional sentences in the layout of
   * shared/eval), shared here rather than copied.
   */
  static Path miniEval() {
    return repositoryRoot().resolve("stemma-eval/src/test/resources/mini-eval");
  }

  /** The example corpus's articles as JSON Lines (fiction written for Stemma). */
  static Path exampleArticles() {
    return repositoryRoot().resolve("examples/harbor-bridge.jsonl");
  }

  /** Gold relations of pairs of the example corpus, written for stemma-eval's task tests. */
  static Path exampleGold() {
    return repositoryRoot().resolve("stemma-eval/src/test/resources/task/examples-gold.jsonl");
  }

  /** {@code ../shared/NAME} beside the repository. */
  static Path shared(String name) {
    return repositoryRoot().resolve("../shared").resolve(name).normalize();
  }
}
