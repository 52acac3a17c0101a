package dev.stemma.eval.task;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The example corpus of the repository ({@code examples/}, fiction written for Stemma) as task
 * fixtures: its JSON Lines articles, with gold clusters and gold relations taken from {@code
 * examples/README.md}.
 */
final class Examples {

  static final ObjectMapper JSON = new ObjectMapper();

  /** Story A (the bridge), story B (the clock), and two articles of no story. */
  static final Map<String, String> CLUSTERS =
      Map.ofEntries(
          Map.entry("wire-bridge-closure", "bridge"),
          Map.entry("newsroom24-bridge-closure", "bridge"),
          Map.entry("metrowire-bridge-crack", "bridge"),
          Map.entry("dailypulse-harbor-bridge", "bridge"),
          Map.entry("dailyfeedhub-portvale-bridge", "bridge"),
          Map.entry("courier-eastshore-ferry", "bridge"),
          Map.entry("news8-harbor-bridge-what-we-know", "bridge"),
          Map.entry("herald-wren-clock-returned", "clock"),
          Map.entry("historyhype-wren-clock", "clock"),
          Map.entry("apr-ashcombe-clock", "clock"));

  private Examples() {}

  static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("examples"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }

  static Path articles() {
    return repositoryRoot().resolve("examples/harbor-bridge.jsonl");
  }

  static Path goldRelations() throws Exception {
    return Path.of(Examples.class.getResource("/task/examples-gold.jsonl").toURI());
  }

  /** The example articles with a {@code cluster} field each (null for the two of no story). */
  static Path withClusters(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(articles(), StandardCharsets.UTF_8)) {
      ObjectNode node = (ObjectNode) JSON.readTree(line);
      String cluster = CLUSTERS.get(node.get("id").asText());
      if (cluster == null) {
        node.putNull("cluster");
      } else {
        node.put("cluster", cluster);
      }
      lines.add(JSON.writeValueAsString(node));
    }
    Path file = dir.resolve("examples-clusters.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }
}
