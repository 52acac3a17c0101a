package dev.stemma.eval.baseline;

import java.util.ArrayList;
import java.util.List;

/**
 * Average-linkage (UPGMA) agglomerative clustering over a similarity matrix: the similarity of two
 * clusters is the mean similarity of their cross pairs, so one close pair cannot chain two topics
 * together as single linkage (connected components) does.
 *
 * <p>Built with the nearest-neighbour chain algorithm (Murtagh 1983; Mullner 2011, "Modern
 * hierarchical, agglomerative clustering algorithms"): follow nearest neighbours until two clusters
 * are each other's nearest, merge them, update the merged row with the Lance-Williams formula
 * {@code s(a+b, k) = (|a| s(a,k) + |b| s(b,k)) / (|a| + |b|)}. Average linkage is reducible, so
 * this finds the same merges as the naive O(n^3) algorithm in O(n^2) time; the matrix takes O(n^2)
 * memory, which bounds it to datasets of some thousands of articles.
 */
public final class AverageLinkage {

  private AverageLinkage() {}

  /**
   * The dendrogram of a symmetric similarity matrix (the diagonal is ignored).
   *
   * @param similarity n x n, symmetric, no NaN; it is not modified
   */
  public static Dendrogram cluster(double[][] similarity) {
    int n = similarity.length;
    double[][] s = new double[n][];
    for (int i = 0; i < n; i++) {
      if (similarity[i].length != n) {
        throw new IllegalArgumentException(
            "The similarity matrix must be square, row "
                + i
                + " has "
                + similarity[i].length
                + " entries for "
                + n
                + " rows");
      }
      s[i] = similarity[i].clone();
      for (int j = 0; j < n; j++) {
        if (Double.isNaN(s[i][j])) {
          throw new IllegalArgumentException("Similarity (" + i + ", " + j + ") is NaN");
        }
      }
    }
    int[] size = new int[n];
    boolean[] active = new boolean[n];
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      active[i] = true;
    }
    List<Dendrogram.Merge> merges = new ArrayList<>(Math.max(0, n - 1));
    int[] chain = new int[n];
    int top = 0;
    int remaining = n;
    int nextStart = 0;
    while (remaining > 1) {
      if (top == 0) {
        while (!active[nextStart]) {
          nextStart++;
        }
        chain[top++] = nextStart;
      }
      int a = chain[top - 1];
      int previous = top >= 2 ? chain[top - 2] : -1;
      int b = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < n; k++) {
        if (k != a && active[k] && s[a][k] > best) {
          best = s[a][k];
          b = k;
        }
      }
      if (previous >= 0 && s[a][previous] == best) {
        b = previous;
      }
      if (b != previous) {
        chain[top++] = b;
        continue;
      }
      top -= 2;
      int keep = Math.min(a, b);
      int drop = Math.max(a, b);
      merges.add(new Dendrogram.Merge(keep, drop, best));
      for (int k = 0; k < n; k++) {
        if (active[k] && k != a && k != b) {
          double merged = (size[a] * s[a][k] + size[b] * s[b][k]) / (size[a] + size[b]);
          s[keep][k] = merged;
          s[k][keep] = merged;
        }
      }
      size[keep] = size[a] + size[b];
      active[drop] = false;
      remaining--;
    }
    return new Dendrogram(n, merges);
  }
}
