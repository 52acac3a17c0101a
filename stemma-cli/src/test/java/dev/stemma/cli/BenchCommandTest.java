package dev.stemma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stemma bench generate} and {@code run} on the miniature eval folder written for the tests. */
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

  @Test
  void run_scoresStemmaAndMinHashOnTheSameCorpus_againstItsGold() throws Exception {
    Path corpus = dir.resolve("corpus");
    Cli.Run generated = Cli.run("bench", "generate", "--articles", "60", "--seed", "5", "--out", corpus.toString(),
        "--eval", Cli.miniEval().toString());
    assertThat(generated.exit()).as(generated.err()).isZero();

    Cli.Run run = Cli.run("bench", "run", "--json", corpus.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("articles").asInt()).isEqualTo(60);
    assertThat(report.get("stages")).isNotEmpty();
    assertThat(report.get("peak_heap_bytes").asLong()).isPositive();
    // Stemma finds every exact copy (MinHash, by band collisions, most of them); rewrites mostly
    // Stemma alone
    assertThat(report.at("/copy_recall/exact/stemma").asDouble()).isEqualTo(1.0);
    assertThat(report.at("/copy_recall/rewrite/stemma").asDouble())
        .isGreaterThan(report.at("/copy_recall/rewrite/minhash").asDouble());
    // the stories are scored against every gold story of two or more articles
    ObjectMapper json = new ObjectMapper();
    long goldStories = Files.readAllLines(corpus.resolve("gold/stories.jsonl")).stream()
        .map(line -> readTree(json, line)).filter(story -> story.get("members").size() > 1).count();
    JsonNode stories = report.get("stories");
    assertThat(stories.get("gold").asLong()).isEqualTo(goldStories);
    assertThat(stories.get("found").asInt()).isPositive();
    assertThat(stories.get("largest").asInt()).isBetween(2, 60);
  }

  @Test
  void run_aFolderThatIsNoBenchCorpus_namesWhatIsMissing() {
    Cli.Run run = Cli.run("bench", "run", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("articles.jsonl");
  }

  private static JsonNode readTree(ObjectMapper json, String line) {
    try {
      return json.readTree(line);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
