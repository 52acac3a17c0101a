package dev.stemma.benchmarks;

import dev.stemma.ingest.Article;
import dev.stemma.ingest.ArticleSink;
import dev.stemma.ingest.Rejection;
import dev.stemma.ingest.warc.SyntheticWarc;
import dev.stemma.ingest.warc.WarcArticleReader;
import dev.stemma.ingest.warc.WarcReadStats;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a crawl archive to articles: {@link WarcArticleReader} over a WARC.gz of {@link #pages}
 * synthetic news pages ({@link SyntheticWarc}, seed {@link SyntheticWarc#DEFAULT_SEED}: four site
 * templates, pages of 2 to 60 KiB of script, request records, robots.txt fetches and redirects
 * to pass over), written at setup. Each page is inflated, parsed, its metadata read, its article
 * found by Readability and written as paragraphs. JMH's single-shot mode: one whole read per
 * iteration, after one warm-up read (a read takes tens of seconds, so repeated calls would add
 * nothing but time). Score: seconds per read; after each iteration the benchmark prints MB/s of
 * archive, MB/s of HTML and articles/s, by wall clock and by CPU time of the reading thread (on a
 * shared machine the second is the reader's own cost).
 *
 * <p>Why: the ingest issue asks for the throughput from WARC.gz to articles on an archive of at
 * least 10,000 pages; reading is one thread per archive, so this figure times the number of
 * archives read at once bounds how fast a crawl can be taken in.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class WarcReadBenchmark {

  /** Article pages in the archive. */
  @Param("10000")
  public int pages;

  // set by setUp
  private Path dir;
  private SyntheticWarc.Summary archive;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long articles;
  private long textChars;
  private long wallNanos;
  private long cpuNanos;

  @Setup(Level.Trial)
  public void writeArchive() throws IOException {
    dir = Files.createTempDirectory("stemma-warc-bench");
    archive = SyntheticWarc.write(dir.resolve("bench.warc.gz"), pages, SyntheticWarc.DEFAULT_SEED);
    System.out.printf(Locale.ROOT, "%n%s: %d pages, %d records, %.1f MB (%.1f MB of HTML)%n", archive.file(),
        archive.pages(), archive.records(), archive.bytes() / 1e6, archive.pageBytes() / 1e6);
  }

  @TearDown(Level.Trial)
  public void deleteArchive() throws IOException {
    Files.deleteIfExists(archive.file());
    Files.deleteIfExists(dir);
  }

  /** One read of the whole archive. */
  @Benchmark
  public WarcReadStats read() throws IOException {
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long[] counts = new long[2];
    WarcReadStats stats = new WarcArticleReader().readCounting(archive.file(), new ArticleSink() {
      @Override
      public void accept(Article article) {
        counts[0]++;
        counts[1] += article.text().length();
      }

      @Override
      public void reject(Rejection rejection) {}
    });
    wallNanos = System.nanoTime() - t0;
    cpuNanos = threads.getCurrentThreadCpuTime() - c0;
    articles = counts[0];
    textChars = counts[1];
    return stats;
  }

  @TearDown(Level.Iteration)
  public void report() {
    if (articles != pages) {
      throw new IllegalStateException("read " + articles + " articles from an archive of " + pages + " pages");
    }
    StringBuilder line = new StringBuilder();
    for (String clock : new String[] {"wall", "cpu"}) {
      double s = (clock.equals("wall") ? wallNanos : cpuNanos) / 1e9;
      line.append(String.format(Locale.ROOT,
          "%n  %-4s %.1f s: %.1f MB/s of archive, %.1f MB/s of HTML, %.0f articles/s", clock, s,
          archive.bytes() / 1e6 / s, archive.pageBytes() / 1e6 / s, articles / s));
    }
    System.out.println(line.append(String.format(Locale.ROOT, "%n  (%.1f MB of article text)", textChars / 1e6)));
  }
}
