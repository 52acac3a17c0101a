package dev.stemma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article acknowledged with 201 is there after {@code kill -9} and a restart. */
class ServeSurvivesSigkillTest {

  private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");

  @Test
  void anAcknowledgedArticleSurvivesSigkill(@TempDir Path data) throws Exception {
    String article = "{\"id\": \"kept\", \"title\": \"Harbor Bridge closes\", \"source\": \"Test Wire\","
        + " \"text\": \"The city closed the Harbor Bridge on Monday after engineers found a crack in a steel girder."
        + " Mayor Denise Okafor said the bridge would stay shut for six weeks.\"}";
    Process first = serve(data);
    try {
      Client client = new Client(port(first));
      Client.Response posted = client.post("/api/articles", article);
      assertThat(posted.status()).isEqualTo(201);
    } finally {
      first.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(first.exitValue()).isEqualTo(137);

    Process second = serve(data);
    try {
      Client client = new Client(port(second));
      Client.Response got = client.get("/api/articles/kept");
      assertThat(got.status()).isEqualTo(200);
      assertThat(got.json().get("title").asText()).isEqualTo("Harbor Bridge closes");
      assertThat(got.json().get("text").asText()).startsWith("The city closed the Harbor Bridge on Monday");
      String story = got.json().get("story").asText();
      assertThat(client.get("/api/stories/" + story).json().get("members").get(0).get("id").asText()).isEqualTo("kept");
      assertThat(client.get("/api/health").json().get("articles").asInt()).isEqualTo(1);
    } finally {
      second.destroy();
      second.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static Process serve(Path data) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        "dev.stemma.cli.Main", "serve", "--data", data.toString(), "--port", "0"));
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }

  /** Reads the child's output until it says where it listens; its later output is drained. */
  private static int port(Process p) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    String line;
    while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
      seen.append(line).append('\n');
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> {
          try {
            while (out.readLine() != null) {
              // discard
            }
          } catch (java.io.IOException ignored) {
            // the process ended
          }
        });
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(m.group(1));
      }
    }
    throw new AssertionError("stemma serve did not start; its output:\n" + seen);
  }
}
