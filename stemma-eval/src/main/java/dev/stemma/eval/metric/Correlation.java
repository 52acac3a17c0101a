package dev.stemma.eval.metric;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Pearson's and Spearman's correlation of two series of the same length.
 *
 * <p>Pearson is computed with the two-pass (mean first) formula, which keeps its precision when the
 * values are large against their spread. Spearman is Pearson's r of the ranks, ties given the mean
 * of the ranks they span (as SciPy's {@code spearmanr}); with no ties it equals {@code 1 - 6 sum
 * d^2 / (n (n^2 - 1))}. Both are NaN when a series is constant: no correlation is defined.
 */
public final class Correlation {

  private Correlation() {}

  public static double pearson(double[] x, double[] y) {
    check(x, y);
    int n = x.length;
    double meanX = Arrays.stream(x).sum() / n;
    double meanY = Arrays.stream(y).sum() / n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - meanX;
      double dy = y[i] - meanY;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    if (sxx == 0 || syy == 0) {
      return Double.NaN;
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  public static double spearman(double[] x, double[] y) {
    check(x, y);
    return pearson(ranks(x), ranks(y));
  }

  /** 1-based ranks in ascending order; tied values share the mean of the ranks they span. */
  public static double[] ranks(double[] values) {
    for (double value : values) {
      if (Double.isNaN(value)) {
        throw new IllegalArgumentException("Cannot rank NaN in " + Arrays.toString(values));
      }
    }
    Integer[] order =
        IntStream.range(0, values.length)
            .boxed()
            .sorted(Comparator.comparingDouble(i -> values[i]))
            .toArray(Integer[]::new);
    double[] ranks = new double[values.length];
    int start = 0;
    while (start < order.length) {
      int end = start;
      while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
        end++;
      }
      double rank = (start + end) / 2.0 + 1;
      for (int k = start; k <= end; k++) {
        ranks[order[k]] = rank;
      }
      start = end + 1;
    }
    return ranks;
  }

  private static void check(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "Series must have the same length, got " + x.length + " and " + y.length);
    }
    if (x.length < 2) {
      throw new IllegalArgumentException("A correlation needs at least 2 pairs, got " + x.length);
    }
  }
}
