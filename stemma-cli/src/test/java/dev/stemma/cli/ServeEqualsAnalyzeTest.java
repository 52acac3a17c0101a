package dev.stemma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stemma.server.ServerOptions;
import dev.stemma.server.StemmaServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index filled one article at a time through the API says what {@code stemma analyze} says of
 * the same corpus: the same relations with the same evidence, the same stories, families, origins
 * and lineage trees.
 */
class ServeEqualsAnalyzeTest {

  @Test
  void theExampleCorpusPostedOneByOneEqualsTheBatchRun(@TempDir Path data, @TempDir Path out) throws Exception {
    Path corpus = Client.root().resolve("examples/harbor-bridge.jsonl");
    List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    Map<String, JsonNode> served = new TreeMap<>();
    List<JsonNode> servedStories = new ArrayList<>();
    try (StemmaServer server = StemmaServer.start(ServerOptions.of(data, 0))) {
      Client client = new Client(server.port());
      for (String line : lines) {
        assertThat(client.post("/api/articles", line).status()).isEqualTo(201);
      }
      TreeSet<String> storyIds = new TreeSet<>();
      for (String line : lines) {
        String id = Client.JSON.readTree(line).get("id").asText();
        JsonNode article = client.get("/api/articles/" + id).json();
        storyIds.add(article.get("story").asText());
        for (JsonNode link : article.get("links")) {
          served.put(link.get("a").asText() + " " + link.get("b").asText(), link);
        }
      }
      for (String s : storyIds) {
        servedStories.add(client.get("/api/stories/" + s).json());
      }
    }

    assertThat(Main.run("analyze", corpus.toString(), "--out", out.toString(), "--quiet")).isZero();
    Map<String, JsonNode> batch = new TreeMap<>();
    for (String line : Files.readAllLines(out.resolve("relations.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode r = Client.JSON.readTree(line);
      batch.put(r.get("a").asText() + " " + r.get("b").asText(), r);
    }
    assertThat(served).isEqualTo(batch);

    List<JsonNode> batchStories = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("stories.jsonl"), StandardCharsets.UTF_8)) {
      batchStories.add(Client.JSON.readTree(line));
    }
    assertThat(comparable(servedStories, true)).isEqualTo(comparable(batchStories, false));
  }

  /** Stories as sets of (headline, members, families without their run-local ids). */
  private static TreeMap<String, List<JsonNode>> comparable(List<JsonNode> stories, boolean served) {
    TreeMap<String, List<JsonNode>> out = new TreeMap<>();
    for (JsonNode s : stories) {
      List<String> members = new ArrayList<>();
      for (JsonNode m : s.get("members")) {
        members.add(served ? m.get("id").asText() : m.asText());
      }
      members.sort(null);
      List<JsonNode> parts = new ArrayList<>();
      parts.add(s.get("headline"));
      for (JsonNode f : s.get("families")) {
        ObjectNode copy = f.deepCopy();
        copy.remove("id"); // F1, F2... number families in a run or in a story, not the same way
        parts.add(copy);
      }
      out.put(String.join(",", members), parts);
    }
    return out;
  }
}
