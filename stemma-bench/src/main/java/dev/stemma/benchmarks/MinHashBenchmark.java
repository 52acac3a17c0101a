package dev.stemma.benchmarks;

import dev.stemma.candidate.Candidates;
import dev.stemma.minhash.LshBands;
import dev.stemma.minhash.MinHasher;
import dev.stemma.prepare.PreparedArticle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * MinHash signatures and their LSH band keys, as the candidate indexes build them: {@link
 * MinHasher#signature} over an article's word 5-gram shingles (126 permutations) then {@link
 * LshBands#keys} (42 bands of 3), and the same over its anchor terms (256 permutations, 128 bands
 * of 2). The sets are those of the twelve example articles (267 to 812 shingles, 57 to 117
 * anchor terms), one article per operation, taken in turn. Scores: signatures per second, and as
 * secondary results the element × permutation evaluations per second ({@code hashes}; one per set
 * element and permutation, so 1 / rate is the nanoseconds each costs) and the set elements per
 * second ({@code elements}).
 *
 * <p>Why, and what "memory speed" means here: a signature reads each 8-byte element once and
 * hashes it k times (xor with the permutation's seed, then the fmix64 finaliser: two 64-bit
 * multiplies and three shift-xors, then a compare with the running minimum). {@link #scanShingles}
 * reads the same arrays and only folds them with xor: the speed at which the input can be read
 * (from L1/L2: the sets are a few KiB). The ratio of its {@code elements} rate to the signature's
 * says how far the signature is from memory speed; the {@code hashes} rate says how far it is from
 * the arithmetic it cannot avoid.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class MinHashBenchmark {

  private long[][] shingles = new long[0][];
  private long[][] anchors = new long[0][];
  private final MinHasher shingleHasher = Candidates.shingleHasher();
  private final MinHasher anchorHasher = Candidates.anchorHasher();
  private final LshBands shingleBands = Candidates.SHINGLE_BANDS;
  private final LshBands anchorBands = Candidates.ANCHOR_BANDS;
  private int next;

  /** Work done in an iteration, reported by JMH as rates beside the primary score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Hashes {
    /** Element × permutation evaluations. */
    public long hashes;

    /** Set elements read. */
    public long elements;

    @Setup(Level.Iteration)
    public void reset() {
      hashes = 0;
      elements = 0;
    }
  }

  /** Set elements read by the baseline scan. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Scanned {
    public long elements;

    @Setup(Level.Iteration)
    public void reset() {
      elements = 0;
    }
  }

  @Setup
  public void setUp() {
    var prepared = ExampleCorpus.load().prepared();
    shingles = prepared.stream().map(PreparedArticle::shingles).toArray(long[][]::new);
    anchors = prepared.stream().map(PreparedArticle::anchorTerms).toArray(long[][]::new);
  }

  private int nextArticle() {
    int i = next;
    next = next + 1 == shingles.length ? 0 : next + 1;
    return i;
  }

  /** One article's shingle signature and its 42 band keys. */
  @Benchmark
  public long[] shingleSignature(Hashes count) {
    long[] set = shingles[nextArticle()];
    count.hashes += (long) set.length * shingleHasher.size();
    count.elements += set.length;
    return shingleBands.keys(shingleHasher.signature(set));
  }

  /** One article's anchor-term signature and its 64 band keys. */
  @Benchmark
  public long[] anchorSignature(Hashes count) {
    long[] set = anchors[nextArticle()];
    count.hashes += (long) set.length * anchorHasher.size();
    count.elements += set.length;
    return anchorBands.keys(anchorHasher.signature(set));
  }

  /** The baseline: one article's shingles read and folded with xor, nothing else. */
  @Benchmark
  public long scanShingles(Scanned count) {
    long[] set = shingles[nextArticle()];
    count.elements += set.length;
    long x = 0;
    for (long v : set) {
      x ^= v;
    }
    return x;
  }
}
