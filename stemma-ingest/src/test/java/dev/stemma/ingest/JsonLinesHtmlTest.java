package dev.stemma.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stemma.Analysis;
import dev.stemma.ArticleResult;
import dev.stemma.Stemma;
import dev.stemma.ingest.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines whose lines carry a page in {@code html} instead of {@code text}, read end to end:
 * the core's {@link JsonLinesReader} finds the ingest module's extractor through ServiceLoader,
 * the pages' articles come out with their metadata (what the line gives wins over what the page
 * says), and a page without an article is rejected with the extractor's reason.
 */
class JsonLinesHtmlTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BRIDGE_URL = "https://www.coastalherald.example/news/2026/03/14/harbour-bridge-repairs";

  @TempDir Path dir;

  private Path jsonl(ObjectNode... lines) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (ObjectNode line : lines) {
      sb.append(JSON.writeValueAsString(line)).append('\n');
    }
    return Files.writeString(dir.resolve("pages.jsonl"), sb.toString());
  }

  private static ObjectNode line(String id) {
    return JSON.createObjectNode().put("id", id);
  }

  private Path threePagesAndAText() throws IOException {
    return jsonl(
        line("herald-bridge").put("url", BRIDGE_URL).put("html", Fixtures.utf8Page("coastal-herald-bridge.html")),
        line("cycle-lanes")
            .put("title", "Seafront cycle lanes approved")
            .put("published", "2026-03-02")
            .put("html", Fixtures.utf8Page("malformed-tagsoup.html")),
        line("not-found").put("html", Fixtures.utf8Page("page-not-found.html")),
        line("plain").put("text", "Ferry timetable changes\n\nThe ferry will run every twenty minutes from Monday."));
  }

  @Test
  void read_htmlLines_giveTheArticleTextOfEachPage() throws IOException {
    Path file = threePagesAndAText();

    Corpus corpus = Inputs.installed().read(List.of(file));

    Map<String, Article> byId = corpus.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
    assertThat(byId.keySet()).containsExactlyInAnyOrder("herald-bridge", "cycle-lanes", "plain");
    Article bridge = byId.get("herald-bridge");
    assertThat(bridge.text()).isEqualTo(Fixtures.expectedText("coastal-herald-bridge"));
    assertThat(bridge.title()).isEqualTo("Harbour bridge to close for six months of repairs");
    assertThat(bridge.input()).isEqualTo(new InputRef(file.toString(), 1));
    assertThat(bridge.meta())
        .isEqualTo(new ArticleMeta(BRIDGE_URL, "The Coastal Herald", "Maria Lindqvist",
            Instant.parse("2026-03-14T07:30:00Z"), null, "en"));
    assertThat(byId.get("cycle-lanes").text()).isEqualTo(Fixtures.expectedText("malformed-tagsoup"));
  }

  @Test
  void read_htmlLine_whatTheLineGivesWinsOverWhatThePageSays() throws IOException {
    Corpus corpus = Inputs.installed().read(List.of(threePagesAndAText()));

    Article lanes = corpus.articles().stream().filter(a -> a.id().equals("cycle-lanes")).findFirst().orElseThrow();
    assertThat(lanes.title()).isEqualTo("Seafront cycle lanes approved");
    assertThat(lanes.meta().published()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    assertThat(lanes.meta().author()).isEqualTo("Tom Ridley"); // from the page, the line gives none
  }

  @Test
  void read_pageWithoutArticleText_isRejectedWithTheExtractorsReason() throws IOException {
    Path file = threePagesAndAText();

    Corpus corpus = Inputs.installed().read(List.of(file));

    assertThat(corpus.rejections()).containsExactly(new Rejection(
        new InputRef(file.toString(), 3),
        "not-found",
        "'html' holds no article (no article text: the main block of the page has 93 characters of text, fewer"
            + " than the 200 of the shortest article)",
        "Check that the page is a news article, or give its text in \"text\"."));
  }

  @Test
  void analyze_htmlLines_accountForEveryLine() throws IOException {
    Path file = threePagesAndAText();

    Analysis analysis;
    try (Stemma stemma = Stemma.builder().build()) {
      analysis = stemma.analyze(Inputs.installed().read(List.of(file)));
    }

    Map<String, ArticleResult> byId =
        analysis.articles().stream().collect(Collectors.toMap(ArticleResult::id, Function.identity()));
    assertThat(byId.keySet()).containsExactlyInAnyOrder("herald-bridge", "cycle-lanes", "not-found", "plain");
    assertThat(byId.get("herald-bridge").status()).isEqualTo("analysed");
    assertThat(byId.get("herald-bridge").headline()).isEqualTo("Harbour bridge to close for six months of repairs");
    assertThat(byId.get("not-found").status()).isEqualTo("skipped");
    assertThat(byId.get("not-found").reason()).startsWith("'html' holds no article (no article text:");
    assertThat(analysis.stats().inputs()).isEqualTo(4);
  }
}
