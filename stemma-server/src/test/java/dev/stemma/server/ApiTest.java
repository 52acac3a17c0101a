package dev.stemma.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API on port 0, filled with the example corpus one article at a time. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiTest {

  private StemmaServer server;
  private Http http;
  private List<String> lines;

  @BeforeAll
  void start(@TempDir Path data) throws IOException {
    server = StemmaServer.start(ServerOptions.of(data, 0).withMaxBodyBytes(256 * 1024));
    http = new Http(server.port());
    lines = Files.readAllLines(Repo.examples().resolve("harbor-bridge.jsonl"), StandardCharsets.UTF_8)
        .stream().filter(l -> !l.isBlank()).toList();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  @Order(1)
  void healthAnswersOnAnEmptyIndex() {
    Http.Response r = http.get("/api/health");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("status").asText()).isEqualTo("ok");
    assertThat(r.json().get("articles").asInt()).isZero();
    assertThat(r.json().get("writes_need_token").asBoolean()).isFalse();
  }

  @Test
  @Order(2)
  void eachPostedArticleIsAcknowledgedWith201AndItsStory() {
    for (String line : lines) {
      Http.Response r = http.post("/api/articles", line);
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      JsonNode a = r.json().get("articles").get(0);
      assertThat(a.get("status").asText()).isEqualTo("added");
      assertThat(a.get("story").asText()).startsWith("s");
      assertThat(a.get("timing_ms").get("match").asDouble()).isGreaterThanOrEqualTo(0);
    }
    assertThat(http.get("/api/health").json().get("articles").asInt()).isEqualTo(12);
  }

  @Test
  @Order(3)
  void anArticleComesBackWithItsLinksAndEvidence() {
    Http.Response r = http.get("/api/articles/dailypulse-harbor-bridge");
    assertThat(r.status()).isEqualTo(200);
    JsonNode a = r.json();
    assertThat(a.get("source").asText()).isEqualTo("Daily Pulse");
    assertThat(a.get("family").get("origin").asText()).isEqualTo("wire-bridge-closure");
    JsonNode toWire = null;
    for (JsonNode link : a.get("links")) {
      if (link.get("b").asText().equals("wire-bridge-closure")) {
        toWire = link;
      }
    }
    assertThat(toWire).isNotNull();
    assertThat(toWire.get("relation").asText()).isEqualTo("rewrite");
    assertThat(toWire.get("evidence").size()).isGreaterThan(3);
    JsonNode e = toWire.get("evidence").get(0);
    String text = a.get("text").asText();
    assertThat(e.get("a_end").asInt()).isGreaterThan(e.get("a_start").asInt()).isLessThanOrEqualTo(text.length());
  }

  @Test
  @Order(4)
  void storiesAreListedNewestFirstAndOneHoldsTheBridgeStory() {
    JsonNode page = http.get("/api/stories").json();
    assertThat(page.get("total").asInt()).isEqualTo(4);
    List<String> updated = new ArrayList<>();
    page.get("stories").forEach(s -> updated.add(s.get("updated").asText()));
    assertThat(updated).isSortedAccordingTo((x, y) -> y.compareTo(x));
    String bridge = http.get("/api/articles/wire-bridge-closure").json().get("story").asText();
    JsonNode story = http.get("/api/stories/" + bridge).json();
    assertThat(story.get("size").asInt()).isEqualTo(7);
    assertThat(story.get("families").get(0).get("origin").asText()).isEqualTo("wire-bridge-closure");
    assertThat(story.get("families").get(0).get("lineage").get("id").asText()).isEqualTo("wire-bridge-closure");
    assertThat(story.get("origins")).hasSize(3);
  }

  @Test
  @Order(5)
  void searchAndTimeWindowNarrowTheList() {
    JsonNode clock = http.get("/api/stories?q=clock+museum").json();
    assertThat(clock.get("total").asInt()).isEqualTo(1);
    assertThat(clock.get("stories").get(0).get("size").asInt()).isEqualTo(3);
    JsonNode may = http.get("/api/stories?since=2025-05-01&until=2025-06-01").json();
    assertThat(may.get("total").asInt()).isEqualTo(1);
    assertThat(http.get("/api/stories?page=2").json().get("stories")).isEmpty();
  }

  @Test
  @Order(6)
  void compareGivesAlignedPairsInTheOrderAsked() {
    JsonNode c = http.get("/api/compare?a=wire-bridge-closure&b=dailypulse-harbor-bridge").json();
    assertThat(c.get("relation").asText()).isEqualTo("rewrite");
    assertThat(c.get("a").get("id").asText()).isEqualTo("wire-bridge-closure");
    JsonNode p = c.get("pairs").get(0);
    String wire = c.get("a").get("text").asText();
    assertThat(p.get("a_end").asInt()).isLessThanOrEqualTo(wire.length());
    JsonNode unrelated = http.get("/api/compare?a=courier-mariners-foxes&b=herald-wren-clock-returned").json();
    assertThat(unrelated.get("relation").asText()).isEqualTo("unrelated");
  }

  @Test
  @Order(7)
  void badRequestsGetAJsonErrorThatSaysWhy() {
    assertError(http.post("/api/articles", "{\"id\": \"x\", \"text\": "), 400, "malformed JSON");
    assertError(http.post("/api/articles", "{\"text\": \"Some words here.\"}"), 400,
        "the article is missing 'id'. Give every article a unique string id, as in {\"id\": \"a1\", \"text\": \"...\"}.");
    assertError(http.post("/api/articles", "{\"id\": 7, \"text\": \"Some words.\"}"), 400,
        "the article: 'id' must be a string, got number. Write it in quotes.");
    assertError(http.post("/api/articles", "{\"id\": \"x\", \"text\": [\"a\"]}"), 400,
        "the article: 'text' must be a string, got array.");
    assertError(http.post("/api/articles", "{\"id\": \"x\", \"text\": \"   \"}"), 400,
        "the article: 'text' is empty. Give the article's text.");
    assertError(http.post("/api/articles", "{\"id\": \"x\", \"text\": \"a b c\", \"published\": \"yesterday\"}"), 400,
        "the article: 'published' is not an ISO-8601 date or date-time: \"yesterday\". Write 2022-09-07 or 2022-09-07T14:30:00Z.");
    assertError(http.post("/api/articles", "[{\"id\": \"x\", \"text\": \"a b\"}, {\"id\": \"x\", \"text\": \"c d\"}]"), 400,
        "id 'x' appears twice in the batch (articles 0 and 1). Give each article its own id; to replace a stored"
            + " article, post it again with the same id.");
    assertError(http.post("/api/articles", "42"), 400,
        "the body must be a JSON object or an array of objects, got number. Send one article as {\"id\": \"a1\", \"text\": \"...\"}.");
    assertError(http.get("/api/articles/nope"), 404, "no article with id 'nope'");
    assertError(http.get("/api/stories/s999"), 404, "no story with id 's999'");
    assertError(http.get("/api/stories?page=0"), 400, "'page' must be a whole number from 1, got '0'");
    assertError(http.get("/api/compare?a=wire-bridge-closure"), 400, "compare needs two article ids: /api/compare?a=ID&b=ID");
    assertError(http.get("/api/nothing"), 404, "no route GET /api/nothing; the routes are listed in /api/openapi.json");
    assertThat(http.get("/api/health").json().get("articles").asInt()).isEqualTo(12);
  }

  @Test
  @Order(8)
  void aBodyOverTheLimitIs413AndTheServerGoesOn() {
    String big = "{\"id\": \"big\", \"text\": \"" + "word ".repeat(60_000) + "\"}";
    // again and again: the answer must reach a client that is still sending (it once lost the race)
    for (int i = 0; i < 20; i++) {
      assertError(http.post("/api/articles", big), 413,
          "the body is " + big.length() + " bytes, over the limit of 262144 bytes (--max-body-bytes); send fewer"
              + " articles per request");
    }
    assertThat(http.get("/api/health").json().get("articles").asInt()).isEqualTo(12);
  }

  @Test
  @Order(9)
  void postingAStoredIdAgainReplacesItAndTheStoryKeepsItsId() {
    String story = http.get("/api/articles/metrowire-bridge-crack").json().get("story").asText();
    String line = lines.stream().filter(l -> l.contains("\"metrowire-bridge-crack\"")).findFirst().orElseThrow();
    Http.Response r = http.post("/api/articles", line);
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().get("articles").get(0).get("replaced").asBoolean()).isTrue();
    assertThat(r.json().get("articles").get(0).get("story").asText()).isEqualTo(story);
    assertThat(http.get("/api/health").json().get("articles").asInt()).isEqualTo(12);
  }

  @Test
  @Order(10)
  void deletingAnArticleRemovesItAndItsLinks() {
    assertThat(http.delete("/api/articles/news8-harbor-bridge-what-we-know").status()).isEqualTo(200);
    assertError(http.get("/api/articles/news8-harbor-bridge-what-we-know"), 404,
        "no article with id 'news8-harbor-bridge-what-we-know'");
    JsonNode wire = http.get("/api/articles/wire-bridge-closure").json();
    wire.get("links").forEach(l -> assertThat(l.toString()).doesNotContain("news8-harbor-bridge-what-we-know"));
    assertError(http.delete("/api/articles/news8-harbor-bridge-what-we-know"), 404,
        "no article with id 'news8-harbor-bridge-what-we-know'");
    assertThat(http.get("/api/stories/" + wire.get("story").asText()).json().get("size").asInt()).isEqualTo(6);
  }

  @Test
  @Order(11)
  void theOpenApiDocumentListsExactlyTheRegisteredApiRoutes() {
    JsonNode doc = http.get("/api/openapi.json").json();
    List<String> documented = new ArrayList<>();
    for (var path : doc.get("paths").properties()) {
      for (var method : path.getValue().properties()) {
        if (!method.getKey().equals("parameters")) {
          documented.add(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
        }
      }
    }
    List<String> registered = server.routes().stream().filter(r -> r.contains(" /api/")).toList();
    assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
  }

  private static void assertError(Http.Response r, int status, String messageStart) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(r.json().get("status").asInt()).isEqualTo(status);
    assertThat(r.json().get("error").asText()).startsWith(messageStart);
  }
}
