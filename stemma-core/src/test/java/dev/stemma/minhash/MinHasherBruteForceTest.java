package dev.stemma.minhash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinHasherBruteForceTest {

  private static final long SEED = 42;

  @Test
  void signature_isEachPermutationsMinimumOverTheSet() {
    MinHasher hasher = new MinHasher(64, SEED);
    long[] set = new SplittableRandom(7).longs(500).toArray();
    // the seeds are the first 64 draws of SplittableRandom(SEED), as the class comment says
    SplittableRandom seeds = new SplittableRandom(SEED);
    long[] expected = new long[64];
    for (int i = 0; i < 64; i++) {
      long seed = seeds.nextLong();
      expected[i] = Arrays.stream(set).map(x -> Hashing.fmix64(x ^ seed)).min().orElseThrow();
    }

    assertThat(hasher.signature(set)).containsExactly(expected);
  }

  @Test
  void signature_ofTheEmptySet_isAllMaxValue() {
    long[] expected = new long[8];
    Arrays.fill(expected, Long.MAX_VALUE);
    assertThat(new MinHasher(8, SEED).signature(new long[0])).containsExactly(expected);
  }

  @Test
  void estimate_ofASignatureWithItself_isOne() {
    long[] sig = new MinHasher(16, SEED).signature(new long[] {1, 2, 3});
    assertThat(MinHasher.estimate(sig, sig)).isEqualTo(1.0);
  }

  @Test
  void constructor_rejectsASizeOutOfRange() {
    assertThatThrownBy(() -> new MinHasher(0, SEED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MinHash size must be between 1 and 1024, got 0");
  }
}
