package dev.stemma.minhash;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures (Broder 1997, "On the resemblance and containment of documents"): for each
 * of {@code k} hash functions, the minimum hash over a set. Two sets agree on one position with
 * probability equal to their Jaccard similarity, so the share of agreeing positions estimates it
 * with standard error sqrt(J(1-J)/k), about 0.044 at J = 0.5 and k = 128.
 *
 * <p>The k functions are {@code fmix64(x ^ seed_i)}: fmix64 is a bijection of 64-bit values, so
 * each function is a permutation of the hash space, and XOR with a distinct random seed makes the
 * k permutations differ. This costs one xor and the finaliser's five operations per set element
 * and function (datasketch and datatrove use (a·x + b) mod p with a 61-bit prime, which needs a
 * wide multiply). The seeds come from a {@link SplittableRandom} with a fixed seed, so signatures
 * are the same on every machine and in every run, which LSH buckets in a Spark job, in the index
 * of the server and in a batch run all rely on.
 */
public final class MinHasher {

  /** The seed of the hash family, printed in reports so that runs can be reproduced. */
  public static final long DEFAULT_SEED = 0x5EED_57E3_3AL;

  private final long[] seeds;
  private final long seed;

  public MinHasher(int k, long seed) {
    if (k < 1 || k > 1024) {
      throw new IllegalArgumentException("MinHash size must be between 1 and 1024, got " + k);
    }
    this.seed = seed;
    SplittableRandom random = new SplittableRandom(seed);
    this.seeds = new long[k];
    for (int i = 0; i < k; i++) {
      seeds[i] = random.nextLong();
    }
  }

  public int size() {
    return seeds.length;
  }

  public long seed() {
    return seed;
  }

  /** The signature of a set of 64-bit hashes; an empty set gives all {@link Long#MAX_VALUE}. */
  public long[] signature(long[] set) {
    long[] sig = new long[seeds.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long x : set) {
      // Math.min rather than an if: the loop then has no branch, and C2 compiles it to vector
      // instructions (AVX-512 multiplies 8 longs at once); 0.5 ns per element and permutation
      // instead of 2.9 (stemma-bench MinHashBenchmark, docs/benchmarks.md). Same values either way.
      for (int i = 0; i < seeds.length; i++) {
        sig[i] = Math.min(sig[i], Hashing.fmix64(x ^ seeds[i]));
      }
    }
    return sig;
  }

  /** The share of positions on which two signatures agree: an estimate of Jaccard similarity. */
  public static double estimate(long[] a, long[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "signatures must have the same size to be compared, got " + a.length + " and " + b.length);
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
        same++;
      }
    }
    return (double) same / a.length;
  }
}
