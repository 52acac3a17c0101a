package dev.stemma.benchmarks;

import dev.stemma.Stemma;
import dev.stemma.embed.OnnxEncoder;
import dev.stemma.prepare.PreparedArticle;
import dev.stemma.relate.PairJudge;
import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * The pair verdict on a rewrite, without the embedding model: {@link PairJudge#plan} (shingle and
 * anchor measures, the lexical features and bounds of every sentence pair, a first monotone
 * alignment on the bounds) then {@link PairJudge#finish} (scores with the cosines, the monotone
 * alignment, coverage, evidence with offsets into both originals), on the example corpus's wire
 * story {@value #WIRE} and its reworded copy {@value #REWRITE}. The sentence embeddings the pair
 * asks for are computed at setup with the shipped model (bge-small-en-v1.5), so the score times alignment
 * alone; {@link #plan} alone is timed too. Score: microseconds per pair.
 *
 * <p>Why: every candidate pair that is not settled by hashes pays for {@code plan}, and every
 * pair that may be a rewrite for {@code finish}; together with {@link EmbeddingBenchmark} (the
 * cost of the sentences {@code plan} asks for) it gives the cost of judging one rewrite pair. The
 * setup prints how many sentences of each article the pair needed embedded ({@link
 * PairJudge.Pending#sentencesA()}, {@link PairJudge.Pending#sentencesB()}): the saving of
 * embedding only what the verdict depends on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class AlignmentBenchmark {

  /** The wire story of the example corpus. */
  public static final String WIRE = "wire-bridge-closure";

  /** A reworded ("spun") copy of it. */
  public static final String REWRITE = "dailypulse-harbor-bridge";

  // set by setUp, before any benchmark method runs
  private PreparedArticle wire;
  private PreparedArticle rewrite;
  private PairJudge judge;
  private PairJudge.Pending pending;
  private PairJudge.Vectors vectors;

  @Setup
  public void setUp() {
    try (Stemma stemma = Stemma.builder().build()) {
      judge = stemma.judge(); // the run's defaults; the model is not loaded for this
    }
    ExampleCorpus corpus = ExampleCorpus.load();
    wire = corpus.prepared(WIRE);
    rewrite = corpus.prepared(REWRITE);
    if (!(judge.plan(wire, rewrite) instanceof PairJudge.Pending p)) {
      throw new IllegalStateException(
          WIRE + " and " + REWRITE + " were settled without the embedding model; the benchmark needs a pair that"
              + " asks for embeddings");
    }
    pending = p;
    Map<String, float[][]> byArticle = new HashMap<>();
    try (OnnxEncoder encoder = OnnxEncoder.standard()) {
      byArticle.put(p.a().id(), embed(encoder, p.a(), p.sentencesA()));
      byArticle.put(p.b().id(), embed(encoder, p.b(), p.sentencesB()));
    }
    vectors = (article, sentence) -> {
      float[] v = byArticle.get(article.id())[sentence];
      if (v == null) {
        throw new IllegalStateException("sentence " + sentence + " of " + article.id() + " was not embedded");
      }
      return v;
    };
    Optional<Relation> verdict = judge.finish(p, vectors);
    if (verdict.isEmpty() || verdict.get().kind() != RelationKind.REWRITE) {
      throw new IllegalStateException(WIRE + " and " + REWRITE + " should be a rewrite, got " + verdict);
    }
    System.out.printf(Locale.ROOT,
        "%n%s ~ %s: %s, %d aligned sentence pairs; embedded %d of %d sentences of %s and %d of %d of %s%n",
        p.a().id(), p.b().id(), verdict.get().kind().code(), verdict.get().evidence().size(),
        p.sentencesA().length, p.a().sentenceCount(), p.a().id(),
        p.sentencesB().length, p.b().sentenceCount(), p.b().id());
  }

  private static float[][] embed(OnnxEncoder encoder, PreparedArticle article, int[] sentences) {
    List<String> texts = new ArrayList<>();
    for (int s : sentences) {
      texts.add(article.text().sentenceText(s));
    }
    float[][] encoded = encoder.encode(texts);
    float[][] bySentence = new float[article.sentenceCount()][];
    for (int k = 0; k < sentences.length; k++) {
      bySentence[sentences[k]] = encoded[k];
    }
    return bySentence;
  }

  /** The whole verdict on the pair: plan, then finish with the precomputed embeddings. */
  @Benchmark
  public Optional<Relation> planAndFinish() {
    if (judge.plan(wire, rewrite) instanceof PairJudge.Pending p) {
      return judge.finish(p, vectors);
    }
    throw new IllegalStateException("the pair no longer asks for embeddings");
  }

  /** The first step alone: what every candidate pair that reaches sentence comparison pays. */
  @Benchmark
  public PairJudge.Step plan() {
    return judge.plan(wire, rewrite);
  }

  /** The second step alone, on the pending pair planned at setup. */
  @Benchmark
  public Optional<Relation> finish() {
    return judge.finish(pending, vectors);
  }
}
