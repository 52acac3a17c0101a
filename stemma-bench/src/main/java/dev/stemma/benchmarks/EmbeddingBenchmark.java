package dev.stemma.benchmarks;

import dev.stemma.embed.OnnxEncoder;
import dev.stemma.prepare.PreparedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The embedding model: {@link OnnxEncoder#encode} of {@value #BATCH} news sentences with the shipped
 * encoder ({@link OnnxEncoder#standard()}: WordPiece tokens, the quantized bge-small-en-v1.5 in
 * ONNX Runtime, [CLS] pooling, normalisation, one sentence per model run). The sentences are every n-th sentence of the example corpus's articles, so
 * their lengths are a news article's mix. Score: sentences per second. ONNX Runtime uses every
 * core the JVM sees (intra-op threads), so this is a whole-machine figure, unlike the one-thread
 * scores of the other stage benchmarks.
 *
 * <p>Why: embedding is by far the most expensive step per sentence, which is why the judge asks
 * for the embeddings of only the sentences its verdict depends on ({@link AlignmentBenchmark}
 * prints how many a rewrite pair needs). This figure turns "sentences embedded" in a run's counts
 * into seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class EmbeddingBenchmark {

  /** Sentences per call. */
  public static final int BATCH = 32;

  // set by setUp
  private OnnxEncoder encoder;
  private List<String> sentences;

  @Setup
  public void setUp() {
    List<String> all = new ArrayList<>();
    for (PreparedArticle a : ExampleCorpus.load().prepared()) {
      for (int i = 0; i < a.sentenceCount(); i++) {
        all.add(a.text().sentenceText(i));
      }
    }
    int step = Math.max(1, all.size() / BATCH);
    List<String> picked = new ArrayList<>();
    for (int i = 0; i < all.size() && picked.size() < BATCH; i += step) {
      picked.add(all.get(i));
    }
    if (picked.size() != BATCH) {
      throw new IllegalStateException("the example corpus has " + all.size() + " sentences, fewer than " + BATCH);
    }
    sentences = List.copyOf(picked);
    encoder = OnnxEncoder.standard();
    System.out.printf(Locale.ROOT, "%n%d sentences of %.0f characters on average, %d cores%n", BATCH,
        sentences.stream().mapToInt(String::length).average().orElse(0), Runtime.getRuntime().availableProcessors());
  }

  @TearDown
  public void tearDown() {
    encoder.close();
  }

  /** 32 sentences, each run alone as the pipeline runs them; the score is divided by 32. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public float[][] encode() {
    return encoder.encode(sentences);
  }
}
