package dev.stemma.benchmarks;

import dev.stemma.clean.CleanArticle;
import dev.stemma.clean.Cleaner;
import dev.stemma.clean.RepeatedLines;
import dev.stemma.ingest.Article;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The clean stage alone: {@link Cleaner#clean} (NFKC and punctuation normalisation with its offset
 * map, paragraph split, headline, chrome rules, repeated lines) on the twelve articles of the
 * example corpus, one article per operation, taken in turn. Score: articles per second, one
 * thread.
 *
 * <p>Why: cleaning is the first thing done to every article of a corpus and is linear in its
 * text; this says what it costs per article beside the other per-article stages ({@link
 * PrepareBenchmark} includes it), on articles with real chrome, quotes and dashes rather than on
 * clean prose. The corpus's {@link RepeatedLines} is built once at setup, as a run builds it once
 * before cleaning.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
// a longer warm-up than the other stages: the text code is large, and on a busy machine C2 takes
// over ten seconds to compile it (scores still rose from iteration to iteration after 2 x 2 s)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 3, time = 3)
public class CleanBenchmark {

  private List<Article> articles = List.of();
  private RepeatedLines repeated = RepeatedLines.NONE;
  private int next;

  @Setup
  public void setUp() {
    ExampleCorpus corpus = ExampleCorpus.load();
    articles = corpus.articles();
    repeated = corpus.repeated();
  }

  /** One article cleaned; the articles are taken in turn, so the score is their mix. */
  @Benchmark
  public CleanArticle clean() {
    Article a = articles.get(next);
    next = next + 1 == articles.size() ? 0 : next + 1;
    return Cleaner.clean(a, repeated);
  }
}
