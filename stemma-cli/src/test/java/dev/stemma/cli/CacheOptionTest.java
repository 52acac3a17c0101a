package dev.stemma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --cache} of {@code index add} and {@code serve}: a size below one is refused before anything opens. */
class CacheOptionTest {

  @TempDir Path tmp;

  @Test
  void indexAddRefusesACacheBelowOneAndWritesNoIndex() {
    Path data = tmp.resolve("index");
    Cli.Run run = Cli.run("index", "add", "--data", data.toString(), "--cache", "0", Cli.exampleArticles().toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--cache 0: give the number of prepared articles to keep in memory, at least 1");
    assertThat(Files.exists(data)).isFalse();
  }

  @Test
  void indexAddWithASmallCacheStillAddsEveryArticle() {
    Path data = tmp.resolve("index");
    Cli.Run run = Cli.run("index", "add", "--data", data.toString(), "--cache", "2", Cli.exampleArticles().toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("stemma index add: 12 added, 0 replaced, 0 skipped");
  }

  @Test
  void serveRefusesACacheBelowOneWithoutStarting() {
    Path data = tmp.resolve("index");
    Cli.Run run = Cli.run("serve", "--data", data.toString(), "--port", "0", "--cache", "-5");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--cache -5: give the number of prepared articles to keep in memory, at least 1");
    assertThat(Files.exists(data)).isFalse();
  }
}
