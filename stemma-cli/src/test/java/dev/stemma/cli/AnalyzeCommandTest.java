package dev.stemma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stemma analyze} and {@code stemma compare} as a user runs them. */
class AnalyzeCommandTest {

  @TempDir Path tmp;

  @Test
  void theSameInputGivesByteIdenticalOutput() throws IOException {
    Path examples = Cli.repositoryRoot().resolve("examples/harbor-bridge");
    Cli.Run first = Cli.run("analyze", examples.toString(), "--out", tmp.resolve("one").toString());
    Cli.Run second = Cli.run("analyze", examples.toString(), "--out", tmp.resolve("two").toString(), "--threads", "1");
    assertThat(first.exit()).isZero();
    assertThat(second.exit()).isZero();
    for (String file : List.of("articles.jsonl", "relations.jsonl", "stories.jsonl", "run.json")) {
      assertThat(Files.readAllBytes(tmp.resolve("two").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(tmp.resolve("one").resolve(file)));
    }
    assertThat(first.out())
        .contains("S1  \"Portvale shuts Harbor Bridge")
        .contains("├─ exact copy 1.00  newsroom24-bridge-closure")
        .contains("12 input(s): 12 analysed, 0 skipped. 4 stories, 7 copy families.");
  }

  @Test
  void aBadInputIsSkippedWithItsReasonAndTheRunGoesOn() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Cli.repositoryRoot().resolve("examples/harbor-bridge/wire-bridge-closure.txt"), in.resolve("wire.txt"));
    Files.write(in.resolve("latin1.txt"), "Caf\u00e9 au lait\n\nUn caf\u00e9.".getBytes(StandardCharsets.ISO_8859_1));
    Cli.Run run = Cli.run("analyze", in.toString(), "--out", tmp.resolve("out").toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains("skipped " + in.resolve("latin1.txt") + ": is not valid UTF-8 (byte 0xE9 at offset 3)");
    List<String> articles = Files.readAllLines(tmp.resolve("out/articles.jsonl"));
    assertThat(articles).hasSize(2);
    assertThat(articles.get(1)).contains("\"id\":\"latin1\"", "\"status\":\"skipped\"", "iconv -f windows-1252");
  }

  @Test
  void strictExitsWithOneWhenAnInputIsSkipped() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Cli.repositoryRoot().resolve("examples/harbor-bridge/wire-bridge-closure.txt"), in.resolve("wire.txt"));
    Files.writeString(in.resolve("empty.txt"), "  \n");
    assertThat(Cli.run("analyze", in.toString(), "--out", tmp.resolve("lenient").toString()).exit()).isZero();
    Cli.Run strict = Cli.run("analyze", in.toString(), "--out", tmp.resolve("strict").toString(), "--strict");
    assertThat(strict.exit()).isEqualTo(1);
    assertThat(strict.err()).contains("--strict: 1 input(s) skipped.");
  }

  @Test
  void nothingAnalysableExitsWithOne() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.write(in.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    Cli.Run run = Cli.run("analyze", in.toString(), "--out", tmp.resolve("out").toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains("looks binary, not text (a NUL byte at offset 4)")
        .contains("Nothing could be analysed");
    assertThat(Files.readAllLines(tmp.resolve("out/articles.jsonl"))).singleElement().asString().contains("\"skipped\"");
  }

  @Test
  void compare_printsTheRelationAndAlignedPassagesSideBySide() {
    Path examples = Cli.repositoryRoot().resolve("examples/harbor-bridge");
    Cli.Run run = Cli.run("compare", examples.resolve("wire-bridge-closure.txt").toString(),
        examples.resolve("dailypulse-harbor-bridge.txt").toString(), "--width", "120");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith("dailypulse-harbor-bridge  ~  wire-bridge-closure\nrelation: rewrite\n")
        .contains("[reworded ")
        .contains(" | ");
  }

  @Test
  void compare_ofAnIdNotInTheFile_namesTheFileAndTheId() {
    Cli.Run run = Cli.run("compare", Cli.exampleArticles() + "#nope", Cli.exampleArticles() + "#wire-bridge-closure");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(Cli.exampleArticles() + ": no article with id 'nope'. Check the id after '#'.");
  }
}
