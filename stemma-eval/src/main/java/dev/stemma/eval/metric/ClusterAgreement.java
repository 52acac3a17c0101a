package dev.stemma.eval.metric;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Agreement between a predicted clustering and the gold one, as pure functions of two label lists.
 * A null label stands for an item on its own (gold noise, or left unclustered), a cluster of one.
 *
 * <ul>
 *   <li>Adjusted Rand Index (Hubert and Arabie 1985): the share of item pairs the two partitions
 *       agree on (together in both, apart in both), corrected for chance so that a random partition
 *       scores 0 in expectation and identical partitions 1; can be negative. Computed from the
 *       contingency table: {@code (sum C(n_ij,2) - E) / (mean(sum C(a_i,2), sum C(b_j,2)) - E)}
 *       with {@code E = sum C(a_i,2) sum C(b_j,2) / C(n,2)}. Where the denominator is 0 (both
 *       partitions all singletons, or both one cluster) the partitions are equal and it is 1, as
 *       scikit-learn's {@code adjusted_rand_score}.
 *   <li>Normalised Mutual Information with the arithmetic-mean normalisation {@code I(G;P) / ((H(G)
 *       + H(P)) / 2)} (scikit-learn's default {@code average_method="arithmetic"}; equal to the
 *       V-measure), natural logarithms; 1 where both entropies are 0.
 *   <li>B-cubed precision, recall and F1 (Bagga and Baldwin 1998; Amigo et al. 2009): per item, the
 *       share of its predicted cluster that shares its gold cluster (precision) and the share of
 *       its gold cluster that shares its predicted cluster (recall), averaged over items; F1 is
 *       their harmonic mean. Unlike ARI, it credits a noise article left alone with precision and
 *       recall 1.
 * </ul>
 */
public final class ClusterAgreement {

  private ClusterAgreement() {}

  public static <G, P> double adjustedRandIndex(
      List<@Nullable G> gold, List<@Nullable P> predicted) {
    return ari(Contingency.of(gold, predicted));
  }

  public static <G, P> double normalizedMutualInformation(
      List<@Nullable G> gold, List<@Nullable P> predicted) {
    return nmi(Contingency.of(gold, predicted));
  }

  /** B-cubed precision, recall and F1. */
  public static <G, P> BCubed bcubed(List<@Nullable G> gold, List<@Nullable P> predicted) {
    return bcubed(Contingency.of(gold, predicted));
  }

  /**
   * B-cubed figures.
   *
   * @param precision mean over items of |pred(i) and gold(i)| / |pred(i)|
   * @param recall mean over items of |pred(i) and gold(i)| / |gold(i)|
   * @param f1 harmonic mean of the two
   */
  public record BCubed(double precision, double recall, double f1) {}

  static double ari(Contingency table) {
    if (table.items < 2) {
      return 1.0;
    }
    double index = 0;
    for (long cell : table.cells) {
      index += Contingency.pairs(cell);
    }
    double gold = 0;
    for (long size : table.goldSizes) {
      gold += Contingency.pairs(size);
    }
    double predicted = 0;
    for (long size : table.predictedSizes) {
      predicted += Contingency.pairs(size);
    }
    double expected = gold * predicted / Contingency.pairs(table.items);
    double max = (gold + predicted) / 2;
    if (max - expected == 0) {
      return 1.0;
    }
    return (index - expected) / (max - expected);
  }

  static double nmi(Contingency table) {
    double n = table.items;
    if (n == 0) {
      return 1.0;
    }
    double hGold = entropy(table.goldSizes, n);
    double hPredicted = entropy(table.predictedSizes, n);
    if (hGold + hPredicted == 0) {
      return 1.0;
    }
    double mutual = 0;
    for (int c = 0; c < table.cells.length; c++) {
      double nij = table.cells[c];
      double ai = table.goldSizes[table.cellGold[c]];
      double bj = table.predictedSizes[table.cellPredicted[c]];
      mutual += nij / n * Math.log(n * nij / (ai * bj));
    }
    return Math.max(0.0, mutual / ((hGold + hPredicted) / 2));
  }

  static BCubed bcubed(Contingency table) {
    if (table.items == 0) {
      return new BCubed(1.0, 1.0, 1.0);
    }
    double precision = 0;
    double recall = 0;
    for (int c = 0; c < table.cells.length; c++) {
      double nij = table.cells[c];
      precision += nij * nij / table.predictedSizes[table.cellPredicted[c]];
      recall += nij * nij / table.goldSizes[table.cellGold[c]];
    }
    precision /= table.items;
    recall /= table.items;
    double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    return new BCubed(precision, recall, f1);
  }

  private static double entropy(long[] sizes, double n) {
    double h = 0;
    for (long size : sizes) {
      if (size > 0) {
        double p = size / n;
        h -= p * Math.log(p);
      }
    }
    return h;
  }
}
