package dev.stemma.eval.metric;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The contingency table of two partitions of the same items: how many items each (gold cluster,
 * predicted cluster) cell holds. A null label is an item on its own (gold noise, or an item the
 * prediction left unclustered): it becomes a cluster of one.
 */
final class Contingency {

  final int items;

  /** Non-empty cells' counts n_ij. */
  final long[] cells;

  /** Gold cluster sizes a_i. */
  final long[] goldSizes;

  /** Predicted cluster sizes b_j. */
  final long[] predictedSizes;

  /** Per cell, its gold row and predicted column. */
  final int[] cellGold;

  final int[] cellPredicted;

  private Contingency(
      int items,
      long[] cells,
      int[] cellGold,
      int[] cellPredicted,
      long[] goldSizes,
      long[] predictedSizes) {
    this.items = items;
    this.cells = cells;
    this.cellGold = cellGold;
    this.cellPredicted = cellPredicted;
    this.goldSizes = goldSizes;
    this.predictedSizes = predictedSizes;
  }

  static <G, P> Contingency of(List<@Nullable G> gold, List<@Nullable P> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "gold and predicted must label the same items, got "
              + gold.size()
              + " and "
              + predicted.size()
              + " labels");
    }
    int[] g = ids(gold);
    int[] p = ids(predicted);
    int goldCount = max(g) + 1;
    int predictedCount = max(p) + 1;
    long[] goldSizes = new long[goldCount];
    long[] predictedSizes = new long[predictedCount];
    Map<Long, Integer> cellIndex = new HashMap<>();
    long[] counts = new long[g.length];
    int[] cellGold = new int[g.length];
    int[] cellPredicted = new int[g.length];
    for (int i = 0; i < g.length; i++) {
      goldSizes[g[i]]++;
      predictedSizes[p[i]]++;
      long key = (long) g[i] * predictedCount + p[i];
      int cell = cellIndex.computeIfAbsent(key, k -> cellIndex.size());
      counts[cell]++;
      cellGold[cell] = g[i];
      cellPredicted[cell] = p[i];
    }
    int n = cellIndex.size();
    return new Contingency(
        g.length,
        Arrays.copyOf(counts, n),
        Arrays.copyOf(cellGold, n),
        Arrays.copyOf(cellPredicted, n),
        goldSizes,
        predictedSizes);
  }

  /** Labels to dense ids in order of first appearance; each null gets an id of its own. */
  static <T> int[] ids(List<@Nullable T> labels) {
    Map<T, Integer> index = new HashMap<>();
    int[] ids = new int[labels.size()];
    int next = 0;
    for (int i = 0; i < ids.length; i++) {
      T label = labels.get(i);
      if (label == null) {
        ids[i] = next++;
      } else {
        Integer id = index.get(label);
        if (id == null) {
          id = next++;
          index.put(label, id);
        }
        ids[i] = id;
      }
    }
    return ids;
  }

  private static int max(int[] values) {
    int max = -1;
    for (int value : values) {
      max = Math.max(max, value);
    }
    return max;
  }

  static double pairs(long n) {
    return n * (n - 1) / 2.0;
  }
}
