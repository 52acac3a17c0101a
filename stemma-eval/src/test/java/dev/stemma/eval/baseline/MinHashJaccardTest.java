package dev.stemma.eval.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinHashJaccardTest {

  @Test
  void permute_equalsTheArithmeticModTheMersennePrime() {
    SplittableRandom random = new SplittableRandom(7);
    BigInteger p = BigInteger.valueOf(MinHashJaccard.PRIME);
    for (int i = 0; i < 10_000; i++) {
      long a = 1 + random.nextLong(MinHashJaccard.PRIME - 1);
      long b = random.nextLong(MinHashJaccard.PRIME);
      long x = random.nextLong(MinHashJaccard.PRIME);
      long expected =
          BigInteger.valueOf(a)
              .multiply(BigInteger.valueOf(x))
              .add(BigInteger.valueOf(b))
              .mod(p)
              .longValueExact();
      assertThat(MinHashJaccard.permute(a, b, x)).isEqualTo(expected);
    }
    long max = MinHashJaccard.PRIME - 1;
    assertThat(MinHashJaccard.permute(max, max, max))
        .isEqualTo(
            BigInteger.valueOf(max).pow(2).add(BigInteger.valueOf(max)).mod(p).longValueExact());
  }

  @Test
  void estimate_isWithinThreeStandardErrorsOfTheTrueJaccard() {
    // A = s0..s299, B = s100..s399: 200 common of 400 -> J = 0.5; SE = sqrt(.25/128) = 0.044
    Set<String> a = new LinkedHashSet<>();
    Set<String> b = new LinkedHashSet<>();
    for (int i = 0; i < 300; i++) {
      a.add("s" + i);
      b.add("s" + (i + 100));
    }
    MinHashJaccard minHash = MinHashJaccard.standard();
    double estimate = MinHashJaccard.estimate(minHash.signature(a), minHash.signature(b));
    assertThat(WordShingles.jaccard(a, b)).isEqualTo(0.5);
    assertThat(estimate).isCloseTo(0.5, within(3 * Math.sqrt(0.25 / 128)));
  }

  @Test
  void similarity_isOneForTheSameWordsAndZeroForNoneShared() {
    MinHashJaccard minHash = MinHashJaccard.standard();
    String text = "The council voted on Tuesday to close the old bridge for repairs.";
    assertThat(minHash.similarity(text, text.toUpperCase(java.util.Locale.ROOT))).isEqualTo(1.0);
    assertThat(
            minHash.similarity(text, "Shares in the mining group fell sharply after the report."))
        .isZero();
    assertThat(minHash.similarity("", "")).isZero();
  }

  @Test
  void signature_dependsOnTheSeedOnly() {
    String text = "One two three four five six seven.";
    assertThat(new MinHashJaccard(5, 128, 3).signature(text))
        .isEqualTo(new MinHashJaccard(5, 128, 3).signature(text))
        .isNotEqualTo(new MinHashJaccard(5, 128, 4).signature(text));
  }

  @Test
  void rewordedSentence_sharesFewFiveGrams() {
    // the reason the baseline misses rewrites: one changed word breaks five 5-grams
    MinHashJaccard minHash = MinHashJaccard.standard();
    double score =
        minHash.similarity(
            "The minister said on Monday that the plan would be ready by the end of the year.",
            "The minister said on Monday that the scheme will be finished before the year ends.");
    assertThat(score).isLessThan(0.35);
  }
}
