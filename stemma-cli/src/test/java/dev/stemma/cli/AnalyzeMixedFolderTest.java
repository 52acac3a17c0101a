package dev.stemma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * {@code stemma analyze} on one folder that mixes every input format: text files, an HTML page,
 * JSON Lines with {@code text} and {@code html} lines (and a malformed one), a WARC.gz crawl with
 * pages, request records, a 404 and an image, and an empty file. Every input is accounted for:
 * each article and each rejected input has its line in articles.jsonl, and run.json counts the
 * inputs, the analysed and the skipped, and the WARC records passed over, by reason. The articles
 * are the example corpus's, read from the repository at test time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyzeMixedFolderTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant CRAWLED = Instant.parse("2025-03-04T08:00:00Z");
  private static final String FERRY_URL = "https://www.eastshore-courier.example/news/2025/03/04/eastshore-ferry";
  private static final String WHAT_WE_KNOW_URL = "https://news8.example/local/harbor-bridge-what-we-know";

  @TempDir static Path tmp;

  private Path in;
  private int exitCode;
  private Map<String, JsonNode> articles;
  private JsonNode run;

  @BeforeAll
  void analyse() throws IOException {
    Path examples = repositoryRoot().resolve("examples/harbor-bridge");
    in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(examples.resolve("wire-bridge-closure.txt"), in.resolve("wire-bridge-closure.txt"));
    Files.copy(examples.resolve("dailypulse-harbor-bridge.txt"), in.resolve("dailypulse-harbor-bridge.txt"));
    Files.writeString(in.resolve("empty.txt"), "");
    Files.writeString(in.resolve("metrowire-bridge-crack.html"),
        page("Metro Wire", "https://metrowire.example/bridge-crack", read(examples, "metrowire-bridge-crack")));

    ObjectNode text = JSON.createObjectNode().put("id", "herald-wren-clock-returned")
        .put("text", read(examples, "herald-wren-clock-returned"));
    ObjectNode html = JSON.createObjectNode().put("id", "historyhype-wren-clock")
        .put("html", page("History Hype", "https://historyhype.example/wren-clock", read(examples, "historyhype-wren-clock")));
    Files.writeString(in.resolve("feed.jsonl"),
        JSON.writeValueAsString(text) + "\n" + JSON.writeValueAsString(html) + "\n{\"id\": \"broken\", \"text\": \n");

    writeCrawl(in.resolve("crawl.warc.gz"), Map.of(
        FERRY_URL, page("Eastshore Courier", FERRY_URL, read(examples, "courier-eastshore-ferry")),
        WHAT_WE_KNOW_URL, page("News 8", WHAT_WE_KNOW_URL, read(examples, "news8-harbor-bridge-what-we-know"))));

    Path out = tmp.resolve("out");
    exitCode = Main.run("analyze", in.toString(), "--out", out.toString(), "--quiet");
    articles = new TreeMap<>();
    for (String line : Files.readAllLines(out.resolve("articles.jsonl"))) {
      JsonNode node = JSON.readTree(line);
      articles.put(node.get("input").asText(), node);
    }
    run = JSON.readTree(out.resolve("run.json").toFile());
  }

  @Test
  void everyInputHasItsLineInArticlesJsonl() {
    assertThat(articles.keySet()).containsExactlyInAnyOrder(
        at("crawl.warc.gz:3"),
        at("crawl.warc.gz:5"),
        at("dailypulse-harbor-bridge.txt"),
        at("empty.txt"),
        at("feed.jsonl:1"),
        at("feed.jsonl:2"),
        at("feed.jsonl:3"),
        at("metrowire-bridge-crack.html"),
        at("wire-bridge-closure.txt"));
  }

  @Test
  void theArticlesOfEveryFormatAreAnalysedUnderTheirIds() {
    Map<String, String> analysed = new TreeMap<>();
    articles.forEach((input, node) -> {
      if (node.get("status").asText().equals("analysed")) {
        analysed.put(input, node.get("id").asText());
      }
    });
    assertThat(analysed).isEqualTo(Map.of(
        at("crawl.warc.gz:3"), "news8.example/local/harbor-bridge-what-we-know",
        at("crawl.warc.gz:5"), "eastshore-courier.example/news/2025/03/04/eastshore-ferry",
        at("dailypulse-harbor-bridge.txt"), "dailypulse-harbor-bridge",
        at("feed.jsonl:1"), "herald-wren-clock-returned",
        at("feed.jsonl:2"), "historyhype-wren-clock",
        at("metrowire-bridge-crack.html"), "metrowire-bridge-crack",
        at("wire-bridge-closure.txt"), "wire-bridge-closure"));
  }

  @Test
  void theBadInputsAreSkippedWithTheirReasons() {
    assertThat(articles.get(at("empty.txt")).get("status").asText()).isEqualTo("skipped");
    assertThat(articles.get(at("empty.txt")).get("reason").asText()).contains("empty");
    assertThat(articles.get(at("feed.jsonl:3")).get("status").asText()).isEqualTo("skipped");
    assertThat(articles.get(at("feed.jsonl:3")).get("reason").asText()).startsWith("malformed JSON");
  }

  @Test
  void runJsonCountsEveryInputAndTheWarcRecordsPassedOver() {
    assertThat(run.get("inputs").asInt()).isEqualTo(9);
    assertThat(run.get("analysed").asInt()).isEqualTo(7);
    assertThat(run.get("skipped").asInt()).isEqualTo(2);
    Map<String, Integer> passed = new TreeMap<>();
    run.get("passed").properties().forEach(e -> passed.put(e.getKey(), e.getValue().asInt()));
    assertThat(passed).isEqualTo(Map.of(
        "warcinfo record", 1, "request record", 2, "HTTP status 404", 1, "not HTML (image/jpeg)", 1));
  }

  @Test
  void theRunSucceedsSinceArticlesWereAnalysed() {
    assertThat(exitCode).isZero();
  }

  @Test
  void theCopiesAcrossFormatsAreFound() {
    // the wire story (.txt), its near-duplicate (.html) and its rewrite (.txt) are one family
    String family = articles.get(at("wire-bridge-closure.txt")).get("family").asText();
    assertThat(articles.get(at("metrowire-bridge-crack.html")).get("family").asText()).isEqualTo(family);
    assertThat(articles.get(at("dailypulse-harbor-bridge.txt")).get("family").asText()).isEqualTo(family);
    // the clock story's rewrite came as a page in a JSON line, its original as text in another
    assertThat(articles.get(at("feed.jsonl:2")).get("family").asText())
        .isEqualTo(articles.get(at("feed.jsonl:1")).get("family").asText());
  }

  private String at(String name) {
    int colon = name.indexOf(':');
    return colon < 0 ? in.resolve(name).toString() : in.resolve(name.substring(0, colon)) + name.substring(colon);
  }

  private static String read(Path examples, String id) throws IOException {
    return Files.readString(examples.resolve(id + ".txt"));
  }

  /**
   * A text in the .txt format (headline line, then paragraphs) served as a news page: cookie banner,
   * header and navigation, the article with its headline in h1, a sidebar, related links, a footer.
   */
  static String page(String site, String url, String text) {
    String[] blocks = text.strip().split("\n\\s*\n");
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(blocks[0])).append(" | ").append(site).append("</title>")
        .append("<link rel=\"canonical\" href=\"").append(url).append("\"></head><body>\n")
        .append("<div class=\"cookie-notice\"><p>This site uses cookies to measure traffic and show you relevant"
            + " advertising. Continue browsing to accept.</p><button>OK</button></div>\n")
        .append("<header><a href=\"/\">").append(site).append("</a><nav><a href=\"/news\">News</a> <a href=\"/sport\">")
        .append("Sport</a> <a href=\"/weather\">Weather</a></nav></header>\n<main><article><h1>")
        .append(escape(blocks[0])).append("</h1>\n");
    for (int i = 1; i < blocks.length; i++) {
      h.append("<p>").append(escape(blocks[i].strip())).append("</p>\n");
    }
    return h.append("</article>\n<aside class=\"sidebar\"><h2>Trending</h2><ul><li><a href=\"/a\">Council budget vote")
        .append(" delayed again</a></li><li><a href=\"/b\">Five things to do this weekend</a></li></ul></aside>\n")
        .append("<section class=\"related\"><h2>More on this</h2><ul><li><a href=\"/c\">Traffic plan for the east side")
        .append("</a></li></ul></section></main>\n<footer><a href=\"/privacy\">Privacy</a> © 2025 ").append(site)
        .append("</footer></body></html>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** warcinfo; request and response for each page, in address order; a 404 and an image, passed over. */
  private static void writeCrawl(Path file, Map<String, String> pages) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      writer.write(new Warcinfo.Builder().date(CRAWLED).filename("crawl.warc.gz")
          .fields(Map.of("software", List.of("stemma-cli test"))).build());
      for (Map.Entry<String, String> p : new TreeMap<>(pages).entrySet()) {
        URI uri = URI.create(p.getKey());
        writer.write(new WarcRequest.Builder(uri).date(CRAWLED)
            .body(new HttpRequest.Builder("GET", uri.getRawPath()).addHeader("Host", uri.getHost()).build()).build());
        writer.write(response(uri, 200, "text/html; charset=utf-8", p.getValue().getBytes(StandardCharsets.UTF_8)));
      }
      writer.write(response(URI.create("https://news8.example/local/old-story"), 404, "text/html",
          "<html><body><h1>Not found</h1></body></html>".getBytes(StandardCharsets.US_ASCII)));
      writer.write(response(URI.create("https://news8.example/img/bridge.jpg"), 200, "image/jpeg",
          new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}));
    }
  }

  private static WarcResponse response(URI uri, int status, String type, byte[] body) throws IOException {
    return new WarcResponse.Builder(uri).date(CRAWLED)
        .body(new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(MediaType.parse(type), body)
            .build())
        .build();
  }

  private static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("mvnw"))) {
        return p;
      }
    }
    throw new IllegalStateException("no folder holding mvnw above " + Path.of("").toAbsolutePath());
  }
}
