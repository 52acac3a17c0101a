package dev.stemma.minhash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {

  private static List<String> words(String text) {
    return Arrays.asList(text.split(" "));
  }

  @Test
  void of_nTokens_giveNMinusSizePlusOneShingles() {
    // 8 tokens, shingles of 5: [0..4] [1..5] [2..6] [3..7] = 4
    assertThat(Shingles.of(words("the city closed the harbor bridge on monday"), 5)).hasSize(4);
    assertThat(Shingles.of(words("the city closed the harbor bridge on monday"), 1)).hasSize(7); // "the" twice
  }

  @Test
  void of_repeatedShingles_countOnce() {
    // a b a b a b, pairs: ab ba ab ba ab -> {ab, ba}
    assertThat(Shingles.of(words("a b a b a b"), 2)).hasSize(2);
  }

  @Test
  void of_textShorterThanTheSize_isOneShingle() {
    assertThat(Shingles.of(words("bridge closed"), 5)).hasSize(1);
    assertThat(Shingles.of(words("bridge closed"), 5)).isNotEqualTo(Shingles.of(words("closed bridge"), 5));
    // the size is part of the hash: the same two words as a 2-shingle are another shingle
    assertThat(Shingles.of(words("bridge closed"), 5)).isNotEqualTo(Shingles.of(words("bridge closed"), 2));
  }

  @Test
  void of_noTokens_isEmpty() {
    assertThat(Shingles.of(List.of(), 5)).isEmpty();
  }

  @Test
  void of_isSortedAndDistinct() {
    long[] s = Shingles.of(words("one two three four five six seven eight nine ten one two three four five six"), 3);
    assertThat(s).isSorted();
    assertThat(Arrays.stream(s).distinct().count()).isEqualTo(s.length);
    // 16 tokens give 14 shingles; "one two three" .. "four five six" repeat 4 of them: 10 distinct
    assertThat(s).hasSize(10);
  }

  @Test
  void of_sizeBelowOne_isRejected() {
    assertThatThrownBy(() -> Shingles.of(List.of("a"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Shingle size must be at least 1, got 0");
  }

  @Test
  void ofTerms_isTheSortedDistinctSetOfTermHashes() {
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      terms.add("term" + (i % 25));
    }
    long[] hashes = Shingles.ofTerms(terms);
    assertThat(hashes).hasSize(25).isSorted();
    assertThat(hashes).contains(Hashing.token("term7"));
    assertThat(Shingles.ofTerms(List.of())).isEmpty();
  }

  @Test
  void jaccardAndContainment_ofTwoSentences() {
    long[] a = Shingles.of(words("the city closed the harbor bridge on monday"), 5);
    long[] b = Shingles.of(words("the city closed the harbor bridge on tuesday"), 5);
    // A: [the city closed the harbor] [city closed the harbor bridge] [closed the harbor bridge on]
    //    [the harbor bridge on monday]; B the same but the last ends in "tuesday"
    // shared 3, union 4 + 4 - 3 = 5: Jaccard 3 / 5 = 0.6; containment 3 / min(4, 4) = 0.75
    assertThat(Shingles.intersection(a, b)).isEqualTo(3);
    assertThat(Shingles.jaccard(a, b)).isEqualTo(0.6);
    assertThat(Shingles.containment(a, b)).isEqualTo(0.75);
  }

  @Test
  void jaccardAndContainment_ofSets() {
    long[] a = {-7, 1, 2, 3, 4};
    long[] b = {2, 3, 4, 9};
    // shared {2, 3, 4} = 3, union 5 + 4 - 3 = 6: Jaccard 3 / 6 = 0.5; containment 3 / min(5, 4) = 0.75
    assertThat(Shingles.jaccard(a, b)).isEqualTo(0.5);
    assertThat(Shingles.containment(a, b)).isEqualTo(0.75);
    assertThat(Shingles.jaccard(b, a)).isEqualTo(0.5);
    // a set inside a larger one: {2, 3} in {1, 2, 3, 4}: Jaccard 2 / 4 = 0.5, containment 2 / 2 = 1
    assertThat(Shingles.jaccard(new long[] {2, 3}, new long[] {1, 2, 3, 4})).isEqualTo(0.5);
    assertThat(Shingles.containment(new long[] {2, 3}, new long[] {1, 2, 3, 4})).isEqualTo(1.0);
  }

  @Test
  void jaccardAndContainment_ofEmptySets_areZero() {
    assertThat(Shingles.jaccard(new long[0], new long[0])).isZero();
    assertThat(Shingles.jaccard(new long[0], new long[] {1})).isZero();
    assertThat(Shingles.containment(new long[0], new long[] {1})).isZero();
  }

  @Test
  void jaccard_ofASetWithItself_isOne() {
    long[] a = {1, 5, 9};
    assertThat(Shingles.jaccard(a, a)).isEqualTo(1.0);
  }

  @Test
  void intersectionAtLeast_isTheIntersectionWhenItReachesTheBarAndMinusOneOtherwise() {
    java.util.Random random = new java.util.Random(5);
    for (int trial = 0; trial < 2_000; trial++) {
      long[] a = randomSet(random, random.nextInt(40));
      long[] b = randomSet(random, random.nextInt(40));
      int common = Shingles.intersection(a, b);
      int bar = random.nextInt(42);
      int expected = common >= bar ? common : -1;
      assertThat(Shingles.intersectionAtLeast(a, b, bar)).as("trial %d, bar %d", trial, bar).isEqualTo(expected);
    }
  }

  /** Distinct sorted values from a small range, so that random sets overlap. */
  private static long[] randomSet(java.util.Random random, int size) {
    long[] values = new long[size];
    for (int i = 0; i < size; i++) {
      values[i] = random.nextInt(60);
    }
    return Shingles.distinctSorted(values);
  }
}
