package dev.stemma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stemma bench generate} on the miniature eval folder written for the tests. */
class BenchCommandTest {

  @TempDir Path dir;

  @Test
  void generate_writesTheCorpusAndItsGold() throws Exception {
    Path out = dir.resolve("corpus");
    Cli.Run run =
        Cli.run("bench", "generate", "--articles", "40", "--seed", "3", "--out", out.toString(),
            "--eval", Cli.miniEval().toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("40 articles, ").contains("-> " + out);
    assertThat(Files.readAllLines(out.resolve("articles.jsonl"))).hasSize(40);
    assertThat(out.resolve("gold/relations.jsonl")).isRegularFile();
    assertThat(out.resolve("gold/stories.jsonl")).isRegularFile();
    assertThat(out.resolve("gold/manifest.json")).isRegularFile();
  }

  @Test
  void generate_sameSeedTwice_writesTheSameArticles() throws Exception {
    for (String name : new String[] {"one", "two"}) {
      Cli.Run run =
          Cli.run("bench", "generate", "--articles", "25", "--seed", "9", "--out", dir.resolve(name).toString(),
              "--eval", Cli.miniEval().toString());
      assertThat(run.exit()).as(run.err()).isZero();
    }
    assertThat(Files.readAllBytes(dir.resolve("two/articles.jsonl")))
        .isEqualTo(Files.readAllBytes(dir.resolve("one/articles.jsonl")));
    assertThat(Files.readAllBytes(dir.resolve("two/gold/relations.jsonl")))
        .isEqualTo(Files.readAllBytes(dir.resolve("one/gold/relations.jsonl")));
  }

  @Test
  void generate_noArticles_isAUsageError() {
    Cli.Run run = Cli.run("bench", "generate", "--articles", "0", "--out", dir.toString(),
        "--eval", Cli.miniEval().toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("--articles must be at least 1, got 0");
  }

  @Test
  void generate_aSourceFolderWithoutParaphrases_saysHowToGiveOne() {
    Cli.Run run = Cli.run("bench", "generate", "--articles", "10", "--out", dir.resolve("c").toString(),
        "--eval", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(dir + " holds neither mrpc/ nor pan-paraphrase/: give the shared eval folder with --eval DIR");
  }

  @Test
  void bench_withoutASubCommand_isAUsageError() {
    Cli.Run run = Cli.run("bench");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("Missing the sub-command: generate");
  }
}
