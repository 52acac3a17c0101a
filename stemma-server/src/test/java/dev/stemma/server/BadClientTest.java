package dev.stemma.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that send too much, too slowly, or break off: each gets a JSON error or is cut off, the
 * server goes on serving, and nothing indexed before is lost, across a restart too.
 */
class BadClientTest {

  @Test
  void slowBrokenAndOversizedClientsChangeNothingAndTheServerGoesOn(@TempDir Path data) throws Exception {
    List<String> lines = Files.readAllLines(Repo.examples().resolve("harbor-bridge.jsonl"), StandardCharsets.UTF_8)
        .stream().filter(l -> !l.isBlank()).toList();
    ServerOptions options = ServerOptions.of(data, 0).withMaxBodyBytes(64 * 1024).withIdleTimeoutMillis(1500);
    try (StemmaServer server = StemmaServer.start(options)) {
      Http http = new Http(server.port());
      for (String line : lines.subList(0, 4)) {
        assertThat(http.post("/api/articles", line).status()).isEqualTo(201);
      }

      // a slow client: headers and half a body, then nothing
      try (Socket slow = new Socket("127.0.0.1", server.port())) {
        OutputStream out = slow.getOutputStream();
        String body = lines.get(4);
        out.write(("POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(body.substring(0, body.length() / 2).getBytes(StandardCharsets.UTF_8));
        out.flush();
        // meanwhile others are served
        long t0 = System.nanoTime();
        assertThat(http.get("/api/health").json().get("articles").asInt()).isEqualTo(4);
        assertThat(http.post("/api/articles", lines.get(5)).status()).isEqualTo(201);
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(60);
        // and the stalled request is dropped after the idle timeout, without storing anything
        slow.setSoTimeout(20_000);
        String answer = readAll(slow.getInputStream());
        assertThat(answer).doesNotContain("201 Created");
      }

      // a broken client: says 5,000 bytes, sends 100, hangs up
      try (Socket broken = new Socket("127.0.0.1", server.port())) {
        OutputStream out = broken.getOutputStream();
        out.write(("POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Content-Length: 5000\r\n\r\n" + lines.get(6).substring(0, 100)).getBytes(StandardCharsets.UTF_8));
        out.flush();
      }

      // an enormous body sent in chunks, with no length given up front
      try (Socket chunked = new Socket("127.0.0.1", server.port())) {
        chunked.setSoTimeout(20_000);
        OutputStream out = chunked.getOutputStream();
        out.write(("POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] chunk = "word ".repeat(2000).getBytes(StandardCharsets.UTF_8);
        try {
          for (int i = 0; i < 20; i++) {
            out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(chunk);
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
          }
          out.write("0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
          out.flush();
        } catch (IOException refusedMidway) {
          // the server may answer and close before the client is done sending
        }
        String answer = readAll(chunked.getInputStream());
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("\"error\":\"the body is over the limit of 65536 bytes (--max-body-bytes)");
      }

      // many clients at once, reading and writing
      ExecutorService pool = Executors.newFixedThreadPool(6);
      try {
        List<Future<Integer>> answers = new java.util.ArrayList<>();
        for (String line : lines.subList(6, 12)) {
          answers.add(pool.submit(() -> http.post("/api/articles", line).status()));
          answers.add(pool.submit(() -> http.get("/api/stories").status()));
        }
        for (Future<Integer> f : answers) {
          assertThat(f.get()).isIn(200, 201);
        }
      } finally {
        pool.shutdown();
      }
      assertThat(http.get("/api/health").json().get("articles").asInt()).isEqualTo(11);
    }

    // nothing acknowledged was lost
    try (StemmaServer again = StemmaServer.start(options)) {
      Http http = new Http(again.port());
      assertThat(http.get("/api/health").json().get("articles").asInt()).isEqualTo(11);
      assertThat(http.get("/api/stories").json().get("total").asInt()).isEqualTo(4);
      assertThat(http.get("/api/articles/" + idOf(lines.get(4))).status()).isEqualTo(404);
    }
  }

  private static String idOf(String line) throws IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("id").asText();
  }

  private static String readAll(InputStream in) {
    StringBuilder s = new StringBuilder();
    byte[] buffer = new byte[8192];
    try {
      int n;
      while ((n = in.read(buffer)) != -1) {
        s.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      }
    } catch (IOException closedOrTimedOut) {
      // what was read is the answer
    }
    return s.toString();
  }
}
