package dev.stemma.minhash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinHasherTest {

  /** Two sorted sets of random hashes sharing {@code shared} elements, with {@code onlyA} and {@code onlyB} of their own. */
  private static long[][] pair(SplittableRandom random, int shared, int onlyA, int onlyB) {
    long[] a = new long[shared + onlyA];
    long[] b = new long[shared + onlyB];
    for (int i = 0; i < shared; i++) {
      a[i] = b[i] = random.nextLong();
    }
    for (int i = 0; i < onlyA; i++) {
      a[shared + i] = random.nextLong();
    }
    for (int i = 0; i < onlyB; i++) {
      b[shared + i] = random.nextLong();
    }
    return new long[][] {Shingles.distinctSorted(a), Shingles.distinctSorted(b)};
  }

  @Test
  void estimate_isWithinFourStandardErrorsOfTheTrueJaccard() {
    long seed = Long.getLong("tests.seed", 0x3141_5926L);
    System.out.printf("MinHasherTest seed: 0x%X (rerun with -Dtests.seed=%d)%n", seed, seed);
    SplittableRandom random = new SplittableRandom(seed);
    MinHasher hasher = new MinHasher(256, random.nextLong());
    // shared / (shared + onlyA + onlyB): 30/300 = 0.1, 150/300 = 0.5, 270/300 = 0.9, 0/300 = 0
    int[][] shapes = {{30, 135, 135}, {150, 100, 50}, {270, 30, 0}, {0, 150, 150}};
    for (int[] shape : shapes) {
      double jaccard = (double) shape[0] / (shape[0] + shape[1] + shape[2]);
      double standardError = Math.sqrt(jaccard * (1 - jaccard) / hasher.size());
      double sum = 0;
      int pairs = 20;
      for (int t = 0; t < pairs; t++) {
        long[][] sets = pair(random, shape[0], shape[1], shape[2]);
        assertThat(Shingles.jaccard(sets[0], sets[1])).isEqualTo(jaccard);
        double estimate = MinHasher.estimate(hasher.signature(sets[0]), hasher.signature(sets[1]));
        assertThat(estimate).as("J = %.1f, pair %d", jaccard, t).isCloseTo(jaccard, org.assertj.core.data.Offset.offset(4 * standardError + 1e-9));
        sum += estimate;
      }
      // and no bias: the mean of 20 estimates has a standard error of SE / sqrt(20)
      assertThat(sum / pairs).as("mean at J = %.1f", jaccard).isCloseTo(jaccard, org.assertj.core.data.Offset.offset(4 * standardError / Math.sqrt(pairs) + 1e-9));
    }
  }

  @Test
  void signature_isTheSameForTwoHashersWithTheSameSeed() {
    long[] set = {5, -17, 42, 1L << 40};
    assertThat(new MinHasher(64, 99).signature(set)).isEqualTo(new MinHasher(64, 99).signature(set));
    assertThat(new MinHasher(64, 99).signature(set)).isNotEqualTo(new MinHasher(64, 100).signature(set));
  }

  @Test
  void signature_doesNotDependOnTheOrderOfTheSet() {
    MinHasher hasher = new MinHasher(32, MinHasher.DEFAULT_SEED);
    assertThat(hasher.signature(new long[] {3, 1, 2})).isEqualTo(hasher.signature(new long[] {1, 2, 3}));
  }

  @Test
  void signature_ofEachPositionIsTheMinimumOfItsHashFunction() {
    MinHasher hasher = new MinHasher(16, 7);
    long[] set = {11, 22, 33};
    long[] sig = hasher.signature(set);
    for (int i = 0; i < sig.length; i++) {
      long[] single = {hasher.signature(new long[] {11})[i], hasher.signature(new long[] {22})[i], hasher.signature(new long[] {33})[i]};
      assertThat(sig[i]).isEqualTo(Arrays.stream(single).min().orElseThrow());
    }
  }

  @Test
  void emptySet_hasAnEmptySignatureThatMatchesNothing() {
    MinHasher hasher = new MinHasher(8, 1);
    long[] empty = hasher.signature(new long[0]);
    assertThat(empty).containsOnly(Long.MAX_VALUE);
    assertThat(MinHasher.estimate(empty, empty)).isZero();
  }

  @Test
  void estimate_ofEqualSetsIsOne() {
    MinHasher hasher = new MinHasher(128, 1);
    long[] sig = hasher.signature(new long[] {1, 2, 3});
    assertThat(MinHasher.estimate(sig, sig.clone())).isEqualTo(1.0);
  }

  @Test
  void size_mustBeBetween1And1024() {
    assertThat(new MinHasher(1, 0).size()).isEqualTo(1);
    assertThat(new MinHasher(1024, 0).size()).isEqualTo(1024);
    assertThat(new MinHasher(1024, 77).seed()).isEqualTo(77);
    assertThatThrownBy(() -> new MinHasher(0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MinHash size must be between 1 and 1024, got 0");
    assertThatThrownBy(() -> new MinHasher(1025, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MinHash size must be between 1 and 1024, got 1025");
  }

  @Test
  void estimate_ofSignaturesOfDifferentSizes_isRejected() {
    assertThatThrownBy(() -> MinHasher.estimate(new long[3], new long[4]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("signatures must have the same size to be compared, got 3 and 4");
  }
}
