package dev.stemma.ingest.warc;

import dev.stemma.ingest.Article;
import dev.stemma.ingest.ArticleSink;
import dev.stemma.ingest.Rejection;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures reading a WARC.gz to articles: MB/s of archive, MB/s of HTML and articles/s, on a
 * synthetic archive written first. One run, JIT warm-up included: a first figure until the JMH
 * benchmark exists. Not a test; run by hand:
 *
 * <pre>
 * ./mvnw -q -B -pl stemma-ingest -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp stemma-ingest/target/test-classes:stemma-ingest/target/classes:$(cat stemma-ingest/target/cp.txt) \
 *     dev.stemma.ingest.warc.WarcThroughput /tmp/bench.warc.gz 10000 [seed]
 * </pre>
 */
public final class WarcThroughput {

  private WarcThroughput() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("Usage: WarcThroughput <archive.warc.gz> <pages> [seed]");
      System.exit(2);
    }
    Path archive = Path.of(args[0]);
    int pages = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : SyntheticWarc.DEFAULT_SEED;

    long g0 = System.nanoTime();
    SyntheticWarc.Summary written = SyntheticWarc.write(archive, pages, seed);
    double writeSeconds = (System.nanoTime() - g0) / 1e9;
    System.out.printf(Locale.ROOT, "wrote %s: %d pages, %d records, %.1f MB (%.1f MB of HTML) in %.1f s, seed %d%n",
        archive, pages, written.records(), written.bytes() / 1e6, written.pageBytes() / 1e6, writeSeconds, seed);

    long[] chars = new long[1];
    ArticleSink counting = new ArticleSink() {
      @Override
      public void accept(Article article) {
        chars[0] += article.text().length();
      }

      @Override
      public void reject(Rejection rejection) {}
    };
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    WarcReadStats stats = new WarcArticleReader().readCounting(archive, counting);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
    System.out.println("read: " + stats);
    // wall clock, and CPU time of the reading thread: on a shared machine the second is the reader's own cost
    for (String[] row : new String[][] {{"wall", Double.toString(seconds)}, {"cpu", Double.toString(cpuSeconds)}}) {
      double s = Double.parseDouble(row[1]);
      System.out.printf(Locale.ROOT,
          "%-4s %.1f s: %.1f MB/s of archive, %.1f MB/s of HTML, %.0f articles/s (%.1f MB of article text)%n", row[0],
          s, written.bytes() / 1e6 / s, written.pageBytes() / 1e6 / s, stats.articles() / s, chars[0] / 1e6);
    }
  }
}
