package dev.stemma.text;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A rough single-thread throughput figure for the text stage on the seed articles; not a unit test
 * and not JMH (no forking, no blackhole beyond a checksum), so treat the figure as an order of
 * magnitude. Run after {@code ./mvnw -pl stemma-core test-compile} with the test class path:
 *
 * <pre>
 * java -cp stemma-core/target/classes:stemma-core/target/test-classes:$DEPS \
 *     dev.stemma.text.TextAnalyzerThroughput [seconds]
 * </pre>
 */
public final class TextAnalyzerThroughput {

  private TextAnalyzerThroughput() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
    Path folder =
        SeedArticles.folder()
            .orElseThrow(() -> new IllegalStateException("Seed corpus ../shared/seeds not found"));
    List<String> bodies = SeedArticles.files(folder).stream().map(SeedArticles::body).toList();
    long chars = bodies.stream().mapToLong(String::length).sum();

    long start = System.nanoTime();
    TextAnalyzer.analyze(bodies.get(0)); // loads stop words and vocabulary
    System.out.printf(
        Locale.ROOT, "first call (loads resources): %.1f ms%n", (System.nanoTime() - start) / 1e6);

    long checksum = 0;
    for (int i = 0; i < 2000; i++) { // warm-up
      checksum += TextAnalyzer.analyze(bodies.get(i % bodies.size())).tokenCount();
    }
    long articles = 0;
    long tokens = 0;
    long begin = System.nanoTime();
    long deadline = begin + (long) (seconds * 1e9);
    while (System.nanoTime() < deadline) {
      for (String body : bodies) {
        TextAnalysis a = TextAnalyzer.analyze(body);
        tokens += a.tokenCount();
        checksum += a.anchors().size();
      }
      articles += bodies.size();
    }
    double elapsed = (System.nanoTime() - begin) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%d articles (%d chars each on average) in %.1f s: %.0f articles/s, %.1f M tokens/s,"
            + " %.1f MB/s of text, one thread (checksum %d)%n",
        articles,
        chars / bodies.size(),
        elapsed,
        articles / elapsed,
        tokens / elapsed / 1e6,
        articles * (double) chars / bodies.size() / elapsed / 1e6,
        checksum);
  }
}
