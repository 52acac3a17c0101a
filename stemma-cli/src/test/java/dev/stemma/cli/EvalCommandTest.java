package dev.stemma.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stemma.align.SentenceMatch;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stemma eval TASK} on fixtures written for the tests, and its messages for bad input. */
class EvalCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static void assertNoStackTrace(Cli.Run run) {
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void paraphrase_onAnMrpcFile_printsStemmaBesideBothBaselines() {
    Path mrpc = Cli.miniEval().resolve("mrpc/msr_paraphrase_train.txt");
    Cli.Run run = Cli.run("eval", "paraphrase", "--data", mrpc.toString(), "--folds", "3");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Paraphrase: msr_paraphrase_train, 15 pairs (11 paraphrases)")
        .contains("measure           scored on                  threshold from")
        .contains("stemma            msr_paraphrase_train (CV)  CV")
        .contains("minhash-5gram     msr_paraphrase_train (CV)  CV")
        .contains("tfidf-cosine      msr_paraphrase_train (CV)  CV");
    assertThat(run.err()).contains("embed");
  }

  @Test
  void paraphrase_json_isOneParseableObject() throws Exception {
    Path mrpc = Cli.miniEval().resolve("mrpc/msr_paraphrase_train.txt");
    Cli.Run run = Cli.run("eval", "paraphrase", "--data", mrpc.toString(), "--folds", "3", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().strip().lines()).hasSize(1);
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("task").asText()).isEqualTo("paraphrase");
    assertThat(json.get("trainPairs").asInt()).isEqualTo(15);
    assertThat(json.get("rows")).extracting(r -> r.get("measure").asText())
        .containsExactly("stemma", "stemma", "embedding-cosine", "minhash-5gram", "tfidf-cosine");
    assertThat(json.at("/rows/0/f1").isNumber()).isTrue();
    assertThat(json.at("/sentenceMatch/threshold").asDouble()).isEqualTo(SentenceMatch.DEFAULT.threshold());
  }

  @Test
  void paraphrase_aFileInAnotherFormat_namesTheFileTheLineAndTheFormat() throws Exception {
    Path file = write("msr_paraphrase_train.txt", "4.2\tA cat sat.\tA cat was sitting.\n");
    Cli.Run run = Cli.run("eval", "paraphrase", "--data", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            file
                + ":1: expected the MRPC header \"Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2 String\","
                + " got \"4.2<TAB>A cat sat.<TAB>A cat was sitting.\""
                + System.lineSeparator());
    assertThat(run.out()).isEmpty();
  }

  @Test
  void paraphrase_aBadLabel_namesTheLine() throws Exception {
    Path file =
        write(
            "pairs.txt",
            "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n"
                + "1\t1\t2\tThe bridge is shut.\tThe bridge was closed.\n"
                + "yes\t3\t4\tPrices rose.\tPrices went up.\n");
    Cli.Run run = Cli.run("eval", "paraphrase", "--data", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(file + ":3: expected the Quality 0 or 1 in the first field, got \"yes\"" + System.lineSeparator());
  }

  @Test
  void paraphrase_aTestFileWithoutItsTrainingFile_saysWhereItLookedAndTheFix() throws Exception {
    Path test = dir.resolve("msr_paraphrase_test.txt");
    Files.copy(Cli.miniEval().resolve("mrpc/msr_paraphrase_train.txt"), test);
    Cli.Run run = Cli.run("eval", "paraphrase", "--data", test.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            test
                + ": is a test file, scored with the threshold chosen on its training file, expected at "
                + dir.resolve("msr_paraphrase_train.txt")
                + ", which is absent; give the training file with --train"
                + System.lineSeparator());
  }

  @Test
  void paraphrase_aMissingFile_isOneLine() {
    Path missing = dir.resolve("nothing.txt");
    Cli.Run run = Cli.run("eval", "paraphrase", "--data", missing.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(missing + ": no such file or folder" + System.lineSeparator());
  }

  @Test
  void paraphrase_withoutData_isAUsageError() {
    Cli.Run run = Cli.run("eval", "paraphrase");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("Missing --data PATH: the labelled pairs to score (an MRPC file, a PAN set or a folder)");
    assertNoStackTrace(run);
  }

  @Test
  void paraphraseFit_onAMiniatureMrpcAndPanSet_printsTheJavaLine() {
    Cli.Run run =
        Cli.run(
            "eval", "paraphrase", "--fit", "--folds", "3",
            "--data", Cli.miniEval().resolve("mrpc").toString(),
            "--data", Cli.miniEval().resolve("pan-paraphrase").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Sentence-match weights fitted on msr_paraphrase_train (15 pairs, 11 paraphrases) + pan-train")
        .contains("  public static final SentenceMatch DEFAULT =\n      new SentenceMatch(")
        .contains("stemma (fitted)   msr_paraphrase_train (CV)")
        .contains("stemma (shipped)  pan-train (CV)");
  }

  @Test
  void sts_json_givesEachMeasuresCorrelationPerFile() throws Exception {
    Cli.Run run = Cli.run("eval", "sts", "--data", Cli.miniEval().resolve("sts-headlines").toString(), "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("task").asText()).isEqualTo("sts");
    assertThat(json.get("rows")).extracting(r -> r.get("measure").asText())
        .containsExactly("stemma", "stemma-probability", "embedding-cosine", "minhash-5gram", "tfidf-cosine");
    assertThat(json.at("/rows/0/pearson").isNumber()).isTrue();
    assertThat(json.at("/files/0/pairs").asInt()).isEqualTo(10);
  }

  @Test
  void sts_aLineOfTwoFields_namesTheLineAndTheFormat() throws Exception {
    Path file = write("graded.tsv", "4.0\tA cat sat.\tA cat was sitting.\n3.5\tOnly one sentence\n");
    Cli.Run run = Cli.run("eval", "sts", "--data", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            file
                + ":2: expected score<TAB>sentence1<TAB>sentence2 (3 tab-separated fields), got 2:"
                + " \"3.5<TAB>Only one sentence\""
                + System.lineSeparator());
  }

  /** The example articles with the gold clusters of examples/README.md: two stories, two alone. */
  private Path exampleClusters() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(Cli.exampleArticles(), StandardCharsets.UTF_8)) {
      ObjectNode node = (ObjectNode) JSON.readTree(line);
      String id = node.get("id").asText();
      if (id.contains("clock")) {
        node.put("cluster", "clock");
      } else if (id.contains("bridge") || id.contains("ferry")) {
        node.put("cluster", "bridge");
      } else {
        node.putNull("cluster");
      }
      lines.add(JSON.writeValueAsString(node));
    }
    Path file = dir.resolve("clusters.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void clusters_onTheExampleCorpus_findsBothStories() throws Exception {
    Cli.Run run = Cli.run("eval", "clusters", "--data", exampleClusters().toString(), "--folds", "2", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("articles").asInt()).isEqualTo(12);
    assertThat(json.get("goldClusters").asInt()).isEqualTo(2);
    assertThat(json.at("/rows/0/measure").asText()).isEqualTo("stemma");
    assertThat(json.at("/rows/0/ari").asDouble()).isEqualTo(1.0);
    assertThat(json.get("rows")).hasSize(3);
  }

  @Test
  void clusters_anArticleWithoutText_namesTheLine() throws Exception {
    Path file = write("clusters.jsonl", "{\"id\": \"a1\", \"cluster\": \"x\"}\n");
    Cli.Run run = Cli.run("eval", "clusters", "--data", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(file + ":1: expected a string \"text\", got none" + System.lineSeparator());
  }

  @Test
  void relations_onTheExampleCorpus_printsTheMatrixAndTheCopyDecision() {
    Cli.Run run =
        Cli.run("eval", "relations", "--data", Cli.exampleGold().toString(),
            "--articles", Cli.exampleArticles().toString(), "--folds", "3");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Relations: 12 articles; gold pairs: exact 1, near_duplicate 2, rewrite 3,"
            + " same_story 3, unrelated 4; 7 graded")
        .contains("gold \\ predicted  exact  near_duplicate  rewrite  same_story  unrelated")
        .contains("minhash-5gram at 0.5")
        .contains("stemma story score");
  }

  @Test
  void relations_anUnknownRelation_namesTheLineAndTheLabels() throws Exception {
    Path gold = write("gold.jsonl",
        "{\"a\": \"wire-bridge-closure\", \"b\": \"metrowire-bridge-crack\", \"relation\": \"copy\"}\n");
    Cli.Run run =
        Cli.run("eval", "relations", "--data", gold.toString(), "--articles", Cli.exampleArticles().toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            gold
                + ":1: expected \"relation\" to be one of exact|near_duplicate|rewrite|same_story|unrelated,"
                + " got \"copy\""
                + System.lineSeparator());
  }

  @Test
  void relations_withoutArticles_saysWhatIsMissing() {
    Cli.Run run = Cli.run("eval", "relations", "--data", Cli.exampleGold().toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("Missing --articles PATH: the articles that " + Cli.exampleGold() + " names");
    assertNoStackTrace(run);
  }

  @Test
  void seeds_aFolderWithoutTheSeeds_isRejected() throws Exception {
    write("notes.txt", "Nothing to see here.\n");
    Cli.Run run = Cli.run("eval", "seeds", "--data", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(dir + ": expected the five seeds 000_*.txt to 004_*.txt, found none" + System.lineSeparator());
  }

  @Test
  void seeds_theSharedSeeds_passEveryCheck() throws Exception {
    Path seeds = Cli.shared("seeds");
    assumeTrue(Files.isDirectory(seeds), "skipped: " + seeds + " is absent");
    Cli.Run run = Cli.run("eval", "seeds", "--data", seeds.toString(), "--json");
    assertThat(run.exit()).as(run.out()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("passed").asBoolean()).isTrue();
    assertThat(json.get("checks")).hasSize(23);
    assertThat(json.get("pairs")).hasSize(10);
  }

  @Test
  void seeds_anIndependentReportSwappedForAnUnrelatedArticle_failsWithExitCode1() throws Exception {
    Path seeds = Cli.shared("seeds");
    assumeTrue(Files.isDirectory(seeds), "skipped: " + seeds + " is absent");
    Path copy = dir.resolve("seeds");
    Files.createDirectories(copy);
    try (var files = Files.list(seeds)) {
      for (Path file : files.toList()) {
        if (!file.getFileName().toString().startsWith("004_")) {
          Files.copy(file, copy.resolve(file.getFileName()));
        }
      }
    }
    Files.copy(
        Cli.repositoryRoot().resolve("examples/harbor-bridge/courier-mariners-foxes.txt"),
        copy.resolve("004_mariners.txt"));
    Cli.Run run = Cli.run("eval", "seeds", "--data", copy.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("FAIL  one story of all five")
        .contains("FAIL  004 linked to the four others as same_story")
        .contains("pass  one copy family {000, 001, 002}")
        .containsPattern("\\d+ of 23 checks passed; \\d+ failed\\.");
  }

  @Test
  void eval_withoutATask_isAUsageError() {
    Cli.Run run = Cli.run("eval");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("Missing the task: paraphrase, sts, clusters, relations or seeds");
  }
}
