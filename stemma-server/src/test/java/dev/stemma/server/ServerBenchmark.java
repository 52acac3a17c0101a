package dev.stemma.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stemma.bench.generate.CorpusGenerator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The server benchmark: fills an index through the API with N articles of the bench corpus
 * (docs/bench-corpus.md), in batches, from a load generator on loopback, then posts held-out
 * articles one at a time and reports how long matching one takes. Not a test; run it with the
 * command in docs/benchmarks.md ("Server").
 *
 * <p>The load is bounded: N / batch fill requests and P probe requests, one at a time (writes are
 * serialised by the server anyway), each with a 10-minute timeout, and the run stops by itself.
 *
 * <p>Arguments: {@code --articles N} (default 10000), {@code --probes P} (500), {@code --batch B}
 * (100), {@code --seed S} (7), {@code --eval DIR} (../shared/eval), {@code --work DIR} (a temporary
 * folder; the corpus is generated there once and reused), {@code --cache C} (prepared articles the
 * server keeps in memory, as {@code stemma serve --cache}; default the server's), {@code --reuse
 * DIR} (an index an earlier run of the same N and seed filled: it is opened instead of filled, the
 * held-out articles are deleted from it if the earlier run left them, and
 * only the probes run; for measuring a change to matching without a new fill), {@code --passes K}
 * (1: with more, the probes are posted and deleted K - 1 times before the measured pass, each
 * pass's match times logged, to tell warm-up apart from the state of the index).
 */
public final class ServerBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ServerBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = 10_000;
    int probes = 500;
    int batch = 100;
    long seed = 7;
    Path eval = Repo.root().resolve("../shared/eval").normalize();
    Path work = null;
    Integer cache = null;
    Path reuse = null;
    int passes = 1;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--articles" -> n = Integer.parseInt(args[i + 1]);
        case "--probes" -> probes = Integer.parseInt(args[i + 1]);
        case "--batch" -> batch = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--eval" -> eval = Path.of(args[i + 1]);
        case "--work" -> work = Path.of(args[i + 1]);
        case "--cache" -> cache = Integer.parseInt(args[i + 1]);
        case "--reuse" -> reuse = Path.of(args[i + 1]);
        case "--passes" -> passes = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; use --articles N --probes P --batch B --seed S --eval DIR --work DIR --cache C --reuse DIR --passes K");
      }
    }
    if (work == null) {
      work = Files.createTempDirectory("stemma-server-bench-");
    }
    Path corpus = work.resolve("corpus-" + (n + probes) + "-" + seed);
    if (!Files.exists(corpus.resolve("articles.jsonl"))) {
      log("generating " + (n + probes) + " articles (seed " + seed + ") into " + corpus);
      CorpusGenerator.generate(eval, n + probes, seed, corpus);
    }
    List<String> lines = Files.readAllLines(corpus.resolve("articles.jsonl"), StandardCharsets.UTF_8)
        .stream().filter(l -> !l.isBlank()).toList();
    List<String> fill = lines.subList(0, n);
    List<String> held = lines.subList(n, Math.min(lines.size(), n + probes));
    Path data = reuse != null ? reuse : work.resolve("index-" + n + "-" + System.nanoTime());

    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    ServerOptions options = ServerOptions.of(data, 0).withMaxBodyBytes(64L << 20);
    if (cache != null) {
      options = options.withCacheSize(cache);
    }
    log("index " + data + (reuse != null ? " (reused)" : ""));
    long open0 = System.nanoTime();
    try (StemmaServer server = StemmaServer.start(options)) {
      log(String.format(Locale.ROOT, "server started in %.1f s", (System.nanoTime() - open0) / 1e9));
      String base = "http://127.0.0.1:" + server.port();
      String fillLine;
      if (reuse == null) {
        fillLine = fill(client, base, server, fill, batch);
      } else {
        long r0 = System.nanoTime();
        deleteAll(client, base, held);
        fillLine = String.format(Locale.ROOT, "reused index %s (%s); held-out articles deleted in %.1f s%n",
            data, server.index().counts(), (System.nanoTime() - r0) / 1e9);
        log(fillLine.strip());
      }
      // Every pass but the last deletes its probes again: passes tell warm-up apart from the index's state.
      for (int pass = 1; pass < passes; pass++) {
        double[] early = new double[held.size()];
        for (int i = 0; i < held.size(); i++) {
          early[i] = post(client, base, held.get(i)).get("articles").get(0).get("timing_ms").get("match").asDouble();
        }
        log(String.format(Locale.ROOT, "pass %d: match p50 %.1f ms, p99 %.1f ms", pass, pct(early, 50), pct(early, 99)));
        deleteAll(client, base, held);
      }

      log("probing with " + held.size() + " held-out articles, one request each");
      double[] match = new double[held.size()];
      double[] embed = new double[held.size()];
      double[] stories = new double[held.size()];
      double[] commit = new double[held.size()];
      double[] request = new double[held.size()];
      for (int i = 0; i < held.size(); i++) {
        long r0 = System.nanoTime();
        JsonNode a = post(client, base, held.get(i)).get("articles").get(0);
        request[i] = (System.nanoTime() - r0) / 1e6;
        JsonNode t = a.get("timing_ms");
        match[i] = t.get("match").asDouble();
        embed[i] = t.get("embed").asDouble();
        stories[i] = t.get("stories").asDouble();
        commit[i] = t.get("commit").asDouble();
      }
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
      StringBuilder report = new StringBuilder();
      report.append(String.format(Locale.ROOT, "%nServer benchmark: N = %,d, %d probes, batch %d, seed %d, cache %,d,"
          + " %d cores, max heap %d MB%n", n, held.size(), batch, seed, options.cacheSize(),
          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
      report.append(fillLine);
      report.append(row("match one article, without embedding", match));
      report.append(row("embedding for it", embed));
      report.append(row("story ids and views", stories));
      report.append(row("commit (durable)", commit));
      report.append(row("whole request, client side", request));
      report.append(String.format(Locale.ROOT, "heap in use after the run: %,d MB; index %s: %,d MB on disk%n", heap,
          data, size(data) >> 20));
      System.out.print(report);
      Path out = Repo.root().resolve("stemma-server/target/server-benchmark.txt");
      Files.createDirectories(out.getParent());
      Files.writeString(out, report, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
  }

  /** Deletes the held-out articles an earlier run or pass left in the index. */
  private static void deleteAll(HttpClient client, String base, List<String> held)
      throws IOException, InterruptedException {
    for (String line : held) {
      String id = JSON.readTree(line).get("id").asText();
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/articles/"
          + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8))).DELETE().build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200 && r.statusCode() != 204 && r.statusCode() != 404) {
        throw new IllegalStateException("DELETE " + id + " answered " + r.statusCode() + ": " + r.body());
      }
    }
  }

  /** Posts the fill articles in batches and returns the report's line on it. */
  private static String fill(HttpClient client, String base, StemmaServer server, List<String> fill, int batch)
      throws IOException, InterruptedException {
    int n = fill.size();
    log("filling " + n + " articles in batches of " + batch);
    long t0 = System.nanoTime();
    long embed0 = server.clock().nanos();
    double[] fillMatch = new double[n];
    int k = 0;
    for (int from = 0; from < n; from += batch) {
      List<String> part = fill.subList(from, Math.min(n, from + batch));
      JsonNode r = post(client, base, "[" + String.join(",", part) + "]");
      for (JsonNode a : r.get("articles")) {
        fillMatch[k++] = a.get("timing_ms").get("match").asDouble();
      }
      if ((from / batch) % 10 == 0) {
        // The match time of the articles posted since the last line shows how it grows with N.
        double s = (System.nanoTime() - t0) / 1e9;
        double[] recent = Arrays.copyOfRange(fillMatch, Math.max(0, k - 10 * batch), k);
        log(String.format(Locale.ROOT, "  %,d articles, %.0f s, %.1f articles/s; match p50 %.1f ms, p99 %.1f ms"
            + " over the last %,d; heap %,d MB", from + part.size(), s, (from + part.size()) / s,
            pct(recent, 50), pct(recent, 99), recent.length,
            ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20));
      }
    }
    double fillSeconds = (System.nanoTime() - t0) / 1e9;
    double fillEmbed = (server.clock().nanos() - embed0) / 1e9;
    return String.format(Locale.ROOT, "fill: %,d articles in %.1f s = %.1f articles/s (embedding %.1f s of it);"
        + " match per article p50 %.1f ms, p99 %.1f ms%n", n, fillSeconds, n / fillSeconds, fillEmbed,
        pct(fillMatch, 50), pct(fillMatch, 99));
  }

  private static JsonNode post(HttpClient client, String base, String body) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/articles"))
        .header("Content-Type", "application/json")
        .timeout(Duration.ofMinutes(10))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 201 && r.statusCode() != 422) {
      throw new IllegalStateException("POST /api/articles answered " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body());
  }

  private static String row(String what, double[] ms) {
    return String.format(Locale.ROOT, "%-40s p50 %8.2f ms  p90 %8.2f ms  p99 %8.2f ms  max %8.2f ms%n", what,
        pct(ms, 50), pct(ms, 90), pct(ms, 99), pct(ms, 100));
  }

  /** The p-th percentile by the nearest-rank method. */
  static double pct(double[] values, double p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] s = values.clone();
    Arrays.sort(s);
    int rank = (int) Math.ceil(p / 100.0 * s.length);
    return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
  }

  private static long size(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void log(String line) {
    System.err.println(line);
  }
}
