package dev.stemma.bench.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Hands out the human paraphrase pairs for the originals of rewrites, each pair at most {@code
 * maxUses} times, and keeps count.
 *
 * <p>There are only some thousands of pairs, and every original of a rewrite needs about ten. The
 * pool deals them in passes: each pass is a new seeded shuffle of all pairs, so a pair's uses are
 * as even as they can be (after u passes every pair has been used u times) and two originals that
 * draw from different passes rarely draw two pairs in common; the generator counts how often they
 * do. When {@code maxUses} passes are spent the pool is exhausted and the generator makes no more
 * rewrite families.
 */
final class ParaphrasePool {

  private final int size;
  private final int maxUses;
  private final Random random;
  private final List<Integer> order = new ArrayList<>();
  private final int[] uses;
  private int position;
  private int passes;

  ParaphrasePool(int size, int maxUses, long seed) {
    if (size < 1 || maxUses < 1) {
      throw new IllegalArgumentException(
          "A pool needs pairs and uses, got " + size + " and " + maxUses);
    }
    this.size = size;
    this.maxUses = maxUses;
    this.random = new Random(seed);
    this.uses = new int[size];
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    position = size;
  }

  /** Whether {@code count} more pairs can be handed out. */
  boolean canSupply(int count) {
    return count <= (long) (maxUses - passes) * size + (size - position);
  }

  /** The next pair's index. */
  int next() {
    if (position == size) {
      if (passes == maxUses) {
        throw new IllegalStateException("The paraphrase pool is exhausted; check canSupply first");
      }
      Collections.shuffle(order, random);
      position = 0;
      passes++;
    }
    int pair = order.get(position++);
    uses[pair]++;
    return pair;
  }

  /** Times any one pair was used. */
  int maxUse() {
    int max = 0;
    for (int use : uses) {
      max = Math.max(max, use);
    }
    return max;
  }

  /** Pairs used at least once. */
  int used() {
    int used = 0;
    for (int use : uses) {
      if (use > 0) {
        used++;
      }
    }
    return used;
  }

  /** Number of uses to number of pairs used that often. */
  Map<Integer, Integer> useHistogram() {
    Map<Integer, Integer> histogram = new TreeMap<>();
    for (int use : uses) {
      histogram.merge(use, 1, Integer::sum);
    }
    return histogram;
  }
}
