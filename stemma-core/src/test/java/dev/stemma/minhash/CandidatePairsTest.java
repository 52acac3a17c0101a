package dev.stemma.minhash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CandidatePairsTest {

  private static long pair(int i, int j) {
    return ((long) i << 32) | j;
  }

  private static List<String> readable(CandidatePairs.Result r) {
    return Arrays.stream(r.pairs())
        .mapToObj(p -> CandidatePairs.Result.first(p) + "~" + CandidatePairs.Result.second(p))
        .toList();
  }

  @Test
  void find_pairsItemsThatShareABandKey() {
    long[][] keys = {
      {1, 10}, // 0
      {1, 11}, // 1: shares 1 with item 0
      {2, 10}, // 2: shares 10 with item 0
      {3, 12}, // 3: shares nothing
    };
    CandidatePairs.Result r = CandidatePairs.find(keys, 10);
    assertThat(readable(r)).containsExactly("0~1", "0~2");
    assertThat(r.size()).isEqualTo(2);
    assertThat(r.skippedBuckets()).isZero();
    assertThat(r.skippedPairs()).isZero();
  }

  @Test
  void find_pairSharingSeveralKeys_isFoundOnce() {
    long[][] keys = {{5, 6, 7}, {5, 6, 7}};
    assertThat(readable(CandidatePairs.find(keys, 10))).containsExactly("0~1");
  }

  @Test
  void find_leavesOutNullItems() {
    long[][] keys = {{1}, null, {1}};
    assertThat(readable(CandidatePairs.find(keys, 10))).containsExactly("0~2");
  }

  @Test
  void find_skipsAndCountsBucketsOverTheLimit() {
    long[][] keys = {{7, 100}, {7, 100}, {7, 200}, {7, 300}, {7, 400}};
    // bucket 7 holds 5 items, over the limit of 4: skipped, with its 5 * 4 / 2 = 10 pairs;
    // bucket 100 (items 0 and 1) is within it
    CandidatePairs.Result r = CandidatePairs.find(keys, 4);
    assertThat(readable(r)).containsExactly("0~1");
    assertThat(r.skippedBuckets()).isEqualTo(1);
    assertThat(r.skippedPairs()).isEqualTo(10);
    // a bucket of exactly the limit is kept
    assertThat(CandidatePairs.find(keys, 5).size()).isEqualTo(10);
  }

  @Test
  void find_nothingGivesNothing() {
    assertThat(CandidatePairs.find(new long[0][], 10).size()).isZero();
    assertThat(CandidatePairs.find(new long[][] {{1}}, 10).size()).isZero();
  }

  @Test
  void result_decodesLargeItemNumbers() {
    long[][] keys = new long[70_002][];
    keys[3] = new long[] {9};
    keys[70_001] = new long[] {9};
    CandidatePairs.Result r = CandidatePairs.find(keys, 10);
    assertThat(r.pairs()).containsExactly(pair(3, 70_001));
    assertThat(CandidatePairs.Result.first(r.pairs()[0])).isEqualTo(3);
    assertThat(CandidatePairs.Result.second(r.pairs()[0])).isEqualTo(70_001);
  }

  @Test
  void find_manyPairs_areAllThereSortedAndDistinct() {
    long[][] keys = new long[60][];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = new long[] {42, 1000 + i % 3}; // one bucket of 60, three of 20
    }
    CandidatePairs.Result r = CandidatePairs.find(keys, 100);
    // every pair of 60 items: 60 * 59 / 2 = 1770, each found in bucket 42 and a third of them again
    assertThat(r.size()).isEqualTo(1770);
    assertThat(r.pairs()).isSorted();
    assertThat(Arrays.stream(r.pairs()).distinct().count()).isEqualTo(1770);
  }

  /** Against a brute-force search: every pair with a shared key whose bucket is within the limit. */
  @Test
  void find_agreesWithBruteForce() {
    long seed = Long.getLong("tests.seed", 0xCA4D1DL);
    System.out.printf("CandidatePairsTest seed: 0x%X (rerun with -Dtests.seed=%d)%n", seed, seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(40);
      int alphabet = 1 + random.nextInt(60);
      int maxBucket = 1 + random.nextInt(8);
      long[][] keys = new long[n][];
      for (int i = 0; i < n; i++) {
        if (random.nextInt(10) == 0) {
          continue; // left out
        }
        TreeSet<Long> own = new TreeSet<>();
        int count = random.nextInt(5);
        while (own.size() < Math.min(count, alphabet)) {
          own.add((long) random.nextInt(alphabet) - alphabet / 2); // negative keys too
        }
        keys[i] = own.stream().mapToLong(Long::longValue).toArray();
      }
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < n; i++) {
        if (keys[i] != null) {
          for (long k : keys[i]) {
            buckets.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
          }
        }
      }
      TreeSet<Long> expected = new TreeSet<>();
      int skipped = 0;
      long skippedPairs = 0;
      for (List<Integer> bucket : buckets.values()) {
        if (bucket.size() > maxBucket) {
          skipped++;
          skippedPairs += (long) bucket.size() * (bucket.size() - 1) / 2;
          continue;
        }
        for (int a = 0; a < bucket.size(); a++) {
          for (int b = a + 1; b < bucket.size(); b++) {
            expected.add(pair(bucket.get(a), bucket.get(b)));
          }
        }
      }
      CandidatePairs.Result r = CandidatePairs.find(keys, maxBucket);
      assertThat(r.pairs()).as("round %d", round).containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
      assertThat(r.skippedBuckets()).as("round %d", round).isEqualTo(skipped);
      assertThat(r.skippedPairs()).as("round %d", round).isEqualTo(skippedPairs);
    }
  }
}
