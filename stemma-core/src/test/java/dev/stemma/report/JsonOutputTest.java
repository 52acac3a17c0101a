package dev.stemma.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stemma.ArticleResult;
import dev.stemma.Shared;
import dev.stemma.ingest.InputRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonOutputTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The field names of an object in the order written, nested objects' fields as parent.child. */
  private static List<String> fields(String json) throws IOException {
    List<String> out = new ArrayList<>();
    collect(MAPPER.readTree(json), "", out);
    return out;
  }

  private static void collect(JsonNode node, String prefix, List<String> out) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      out.add(prefix + name);
      if (node.get(name).isObject()) {
        collect(node.get(name), prefix + name + ".", out);
      }
    }
  }

  /** The section of docs/output.md under {@code ## heading}. */
  private static String docSection(String heading) throws IOException {
    String doc = Files.readString(Shared.repositoryRoot().resolve("docs/output.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("## " + heading + "\n");
    assertThat(start).as("section %s of docs/output.md", heading).isNotNegative();
    int end = doc.indexOf("\n## ", start + 1);
    return doc.substring(start, end < 0 ? doc.length() : end);
  }

  /** The field names in the first column of a section's table, in order. */
  private static List<String> documentedFields(String heading) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : docSection(heading).split("\n")) {
      if (line.startsWith("| `")) {
        String firstCell = line.substring(1, line.indexOf('|', 1));
        Matcher m = Pattern.compile("`([a-z_.\\[\\]]+)`").matcher(firstCell);
        while (m.find()) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }

  /** The backticked names in {@code text}, in order, each once. */
  private static List<String> names(String text) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    Matcher m = Pattern.compile("`([a-z_]+)`").matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return List.copyOf(out);
  }

  @Test
  void article_analysed_writesTheDocumentedFieldsInOrder() throws IOException {
    ArticleResult a = new ArticleResult("copy", InputRef.of("in/copy.txt"), ArticleResult.ANALYSED, null, null,
        "Harbor Bridge closed after crack found", "S1", "F1", false, 6, 2, List.of(ReportFixtures.shareBar()),
        List.of());
    String json = JsonOutput.article(a);
    assertThat(json).isEqualTo("{\"id\":\"copy\",\"status\":\"analysed\",\"input\":\"in/copy.txt\","
        + "\"headline\":\"Harbor Bridge closed after crack found\",\"story\":\"S1\",\"family\":\"F1\",\"origin\":false,"
        + "\"sentences\":6,\"embedded\":2,\"removed\":[{\"rule\":\"share_bar\",\"field\":\"text\",\"start\":40,"
        + "\"end\":91,\"text\":\"Share on Facebook | Share on X | Email this article\"}],\"warnings\":[]}");
    List<String> documented = new ArrayList<>(documentedFields("articles.jsonl"));
    documented.removeAll(List.of("reason", "fix"));
    assertThat(fields(json).stream().filter(f -> !f.contains(".")).toList()).isEqualTo(documented);
  }

  @Test
  void article_skipped_writesNullForAnUnknownId_andTheReasonAndFix() throws IOException {
    String json = JsonOutput.article(ReportFixtures.SKIPPED);
    assertThat(json).isEqualTo("{\"id\":null,\"status\":\"skipped\",\"input\":\"in/feed.jsonl:3\","
        + "\"reason\":\"missing 'id'\",\"fix\":\"Give every line a unique string \\\"id\\\".\","
        + "\"removed\":[],\"warnings\":[]}");
    List<String> documented = new ArrayList<>(documentedFields("articles.jsonl"));
    documented.removeAll(List.of("headline", "story", "family", "origin", "sentences", "embedded"));
    assertThat(fields(json)).isEqualTo(documented);
  }

  @Test
  void relation_writesTheDocumentedFieldsInOrder_withNullForAnUnknownSource() throws IOException {
    String json = JsonOutput.relation(ReportFixtures.REWRITE);
    assertThat(json).isEqualTo("{\"a\":\"rewrite\",\"b\":\"wire\",\"relation\":\"rewrite\","
        + "\"scores\":{\"jaccard\":0.1007,\"containment\":0.1864,\"anchors\":0.8152,\"content\":0.8883,"
        + "\"coverage_a\":1.0,\"coverage_b\":1.0,\"aligned\":1},\"source\":null,\"source_basis\":null,"
        + "\"evidence\":[{\"a_sentence\":0,\"b_sentence\":0,\"a_start\":0,\"a_end\":30,\"b_start\":0,\"b_end\":28,"
        + "\"similarity\":0.912,\"match\":\"reworded\"}]}");
    List<String> documented = new ArrayList<>();
    for (String f : documentedFields("relations.jsonl")) {
      if (f.startsWith("scores.") && !documented.contains("scores")) {
        documented.add("scores");
      }
      documented.add(f);
    }
    assertThat(fields(json)).isEqualTo(documented);
  }

  @Test
  void relation_evidenceFieldsFollowTheDocumentedOrder() throws IOException {
    String evidenceRow = docSection("relations.jsonl").lines()
        .filter(l -> l.startsWith("| `evidence`")).findFirst().orElseThrow();
    JsonNode evidence = MAPPER.readTree(JsonOutput.relation(ReportFixtures.EXACT)).get("evidence").get(0);
    List<String> written = new ArrayList<>();
    evidence.fieldNames().forEachRemaining(written::add);
    List<String> documented = names(evidenceRow).stream().filter(written::contains).toList();
    assertThat(written).isEqualTo(documented);
    assertThat(JsonOutput.relation(ReportFixtures.EXACT)).contains("\"source\":\"wire\",\"source_basis\":\"published\"");
  }

  @Test
  void story_writesTheDocumentedFields_andALineageWhoseRootHasNoRelation() throws IOException {
    String json = JsonOutput.story(ReportFixtures.BRIDGE);
    assertThat(json).isEqualTo("{\"id\":\"S1\",\"headline\":\"Harbor Bridge closed after crack found\","
        + "\"members\":[\"copy\",\"ferry\",\"near\",\"rewrite\",\"wire\"],\"families\":["
        + "{\"id\":\"F1\",\"members\":[\"copy\",\"near\",\"rewrite\",\"wire\"],\"origin\":\"wire\","
        + "\"origin_reasons\":[\"earliest published (2025-03-03T15:05:00Z; all 4 members dated)\"],"
        + "\"lineage\":{\"id\":\"wire\",\"children\":["
        + "{\"id\":\"copy\",\"relation\":\"exact\",\"similarity\":1.0,\"children\":["
        + "{\"id\":\"near\",\"relation\":\"near_duplicate\",\"similarity\":0.8765,\"children\":[]}]},"
        + "{\"id\":\"rewrite\",\"relation\":\"rewrite\",\"similarity\":0.75,\"children\":[]}]}},"
        + "{\"id\":\"F2\",\"members\":[\"ferry\"],\"origin\":\"ferry\",\"origin_reasons\":[\"the only member\"],"
        + "\"lineage\":{\"id\":\"ferry\",\"children\":[]}}]}");
    assertThat(fields(json)).isEqualTo(
        documentedFields("stories.jsonl").stream().filter(f -> !f.contains("[]")).toList());
    String familiesRow = docSection("stories.jsonl").lines()
        .filter(l -> l.startsWith("| `families` ")).findFirst().orElseThrow();
    List<String> familyFields = new ArrayList<>();
    MAPPER.readTree(json).get("families").get(0).fieldNames().forEachRemaining(familyFields::add);
    assertThat(familyFields).isEqualTo(names(familiesRow.split("\\|")[3]));
  }

  @Test
  void run_writesTheDocumentedCountsInOrder_andNoTimings() throws IOException {
    String json = JsonOutput.run(ReportFixtures.stats());
    assertThat(json).isEqualTo("{\"inputs\":7,\"analysed\":6,\"skipped\":1,"
        + "\"passed\":{\"empty_line\":1,\"warc_request\":2},\"exact_groups\":1,\"candidate_pairs\":9,"
        + "\"aligned_pairs\":1,\"sentences\":40,\"sentences_embedded\":12,\"skipped_buckets\":0}");
    List<String> documented = names(docSection("run.json"));
    assertThat(fields(json).stream().filter(f -> !f.contains(".")).toList()).isEqualTo(documented);
  }

  @Test
  void write_putsOneLinePerRecordInTheFourFiles(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("new/out");
    JsonOutput.write(ReportFixtures.analysis(), out);
    List<String> articles = Files.readAllLines(out.resolve(JsonOutput.ARTICLES), StandardCharsets.UTF_8);
    assertThat(articles).hasSize(7);
    assertThat(articles.get(6)).isEqualTo(JsonOutput.article(ReportFixtures.SKIPPED));
    assertThat(Files.readString(out.resolve(JsonOutput.RELATIONS), StandardCharsets.UTF_8))
        .isEqualTo(JsonOutput.relation(ReportFixtures.EXACT) + "\n" + JsonOutput.relation(ReportFixtures.REWRITE) + "\n");
    assertThat(Files.readString(out.resolve(JsonOutput.STORIES), StandardCharsets.UTF_8))
        .isEqualTo(JsonOutput.story(ReportFixtures.BRIDGE) + "\n" + JsonOutput.story(ReportFixtures.FOOTBALL) + "\n");
    assertThat(Files.readString(out.resolve(JsonOutput.RUN), StandardCharsets.UTF_8))
        .isEqualTo(JsonOutput.run(ReportFixtures.stats()) + "\n")
        .doesNotContain("read")
        .doesNotContain("prepare");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("articles.jsonl", "relations.jsonl", "run.json", "stories.jsonl");
    }
  }

  @Test
  void write_givesTheSameBytesForTheSameAnalysis(@TempDir Path dir) throws IOException {
    JsonOutput.write(ReportFixtures.analysis(), dir.resolve("one"));
    JsonOutput.write(ReportFixtures.analysis(), dir.resolve("two"));
    for (String name : List.of(JsonOutput.ARTICLES, JsonOutput.RELATIONS, JsonOutput.STORIES, JsonOutput.RUN)) {
      assertThat(Files.readAllBytes(dir.resolve("two").resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(name)));
    }
  }
}
