package dev.stemma.eval.baseline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The merges of an agglomerative clustering, from the most similar pair down; cut it at a
 * similarity threshold to get a flat clustering.
 *
 * <p>Each merge joins two clusters named by one of their items. Because the linkage is monotone (no
 * merge is more similar than the merges below it), the merges at or above a threshold are exactly
 * the cut at that threshold, and a union-find over them gives its clusters.
 */
public final class Dendrogram {

  /**
   * One merge.
   *
   * @param first an item of the first cluster
   * @param second an item of the second cluster
   * @param similarity the linkage similarity at which they merged
   */
  public record Merge(int first, int second, double similarity) {}

  private final int items;
  private final List<Merge> merges;

  Dendrogram(int items, List<Merge> merges) {
    this.items = items;
    List<Merge> sorted = new ArrayList<>(merges);
    sorted.sort((x, y) -> Double.compare(y.similarity(), x.similarity()));
    this.merges = List.copyOf(sorted);
  }

  public int items() {
    return items;
  }

  /** The merges, most similar first. */
  public List<Merge> merges() {
    return merges;
  }

  /** Each item's cluster at the threshold: the least item of its cluster. */
  public int[] cut(double threshold) {
    int count = 0;
    while (count < merges.size() && merges.get(count).similarity() >= threshold) {
      count++;
    }
    return cutAfter(count);
  }

  /** Each item's cluster after the first {@code count} merges: the least item of its cluster. */
  public int[] cutAfter(int count) {
    int[] parent = new int[items];
    for (int i = 0; i < items; i++) {
      parent[i] = i;
    }
    for (int m = 0; m < count; m++) {
      int x = find(parent, merges.get(m).first());
      int y = find(parent, merges.get(m).second());
      if (x != y) {
        parent[Math.max(x, y)] = Math.min(x, y);
      }
    }
    int[] cluster = new int[items];
    for (int i = 0; i < items; i++) {
      cluster[i] = find(parent, i);
    }
    return cluster;
  }

  /** Cluster labels for scoring: null for an item alone in its cluster. */
  public static List<@Nullable Integer> labels(int[] clusters) {
    int[] sizes = new int[clusters.length];
    for (int c : clusters) {
      sizes[c]++;
    }
    List<@Nullable Integer> labels = new ArrayList<>(clusters.length);
    for (int c : clusters) {
      labels.add(sizes[c] > 1 ? c : null);
    }
    return labels;
  }

  /**
   * The thresholds worth trying: one per distinct merge level, halfway to the next, so that the cut
   * after the first k merges (for every k) is one of them; the first keeps every item alone.
   */
  public double[] candidateThresholds() {
    List<Double> thresholds = new ArrayList<>();
    thresholds.add(merges.isEmpty() ? 1.0 : Math.nextUp(merges.getFirst().similarity()));
    for (int m = 0; m < merges.size(); m++) {
      double level = merges.get(m).similarity();
      if (m + 1 < merges.size() && merges.get(m + 1).similarity() == level) {
        continue;
      }
      thresholds.add(m + 1 < merges.size() ? (level + merges.get(m + 1).similarity()) / 2 : level);
    }
    return thresholds.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static int find(int[] parent, int item) {
    int root = item;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[item] != root) {
      int next = parent[item];
      parent[item] = root;
      item = next;
    }
    return root;
  }

  @Override
  public String toString() {
    return "Dendrogram[items=" + items + ", merges=" + Arrays.toString(merges.toArray()) + "]";
  }
}
