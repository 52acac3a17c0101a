package dev.stemma.benchmarks;

import dev.stemma.clean.RepeatedLines;
import dev.stemma.ingest.Article;
import dev.stemma.prepare.Preparer;
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
 * Every per-article stage together: {@link Preparer#prepare} cleans the article, splits sentences
 * and word tokens (with stems and stop words), extracts anchors, hashes the body, builds the word
 * 5-gram shingles and both MinHash signatures (126 shingle values, 256 anchor values), the
 * content-stem weights and one profile per sentence. On the twelve articles of the example
 * corpus, one article per operation, taken in turn. Score: articles per second, one thread.
 *
 * <p>Why: this is the "clean+text" stage of a run, the only work done for every article however
 * few pairs it joins; pair work ({@link AlignmentBenchmark}) happens only for candidates. Its
 * throughput times the number of cores bounds how fast a corpus can be taken in. Compare with
 * {@link CleanBenchmark} and {@link MinHashBenchmark} to see which part dominates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
// a longer warm-up than the other stages: the text code is large, and on a busy machine C2 takes
// over ten seconds to compile it (scores still rose from iteration to iteration after 2 x 2 s)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 3, time = 3)
public class PrepareBenchmark {

  private List<Article> articles = List.of();
  private RepeatedLines repeated = RepeatedLines.NONE;
  private Preparer preparer = ExampleCorpus.newPreparer();
  private int next;

  @Setup
  public void setUp() {
    ExampleCorpus corpus = ExampleCorpus.load();
    articles = corpus.articles();
    repeated = corpus.repeated();
    preparer = corpus.preparer();
  }

  /** One article prepared; the articles are taken in turn, so the score is their mix. */
  @Benchmark
  public Preparer.Outcome prepare() {
    Article a = articles.get(next);
    next = next + 1 == articles.size() ? 0 : next + 1;
    return preparer.prepare(a, repeated);
  }
}
