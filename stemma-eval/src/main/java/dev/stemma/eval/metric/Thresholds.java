package dev.stemma.eval.metric;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Chooses the decision threshold on a score that maximises F1 or accuracy against gold labels.
 *
 * <p>An item is positive when {@code score >= threshold}. The candidates are the midpoints between
 * adjacent distinct scores, so that the chosen threshold is as far as the data allows from the
 * items it separates; plus the lowest score (everything positive: "always paraphrase") and just
 * above the highest (everything negative). One sweep from the highest score down updates the
 * counts, so the choice costs a sort, O(n log n). Among candidates with equal value the highest
 * threshold (fewest positives) wins, which keeps the choice deterministic.
 */
public final class Thresholds {

  private Thresholds() {}

  public static ThresholdChoice best(double[] scores, boolean[] labels, Objective objective) {
    if (scores.length != labels.length) {
      throw new IllegalArgumentException(
          "scores and labels must have the same length, got "
              + scores.length
              + " and "
              + labels.length);
    }
    if (scores.length == 0) {
      throw new IllegalArgumentException("Cannot choose a threshold on no items");
    }
    for (double score : scores) {
      if (Double.isNaN(score)) {
        throw new IllegalArgumentException("Scores must be numbers, got NaN");
      }
    }
    Integer[] order =
        IntStream.range(0, scores.length)
            .boxed()
            .sorted(Comparator.comparingDouble((Integer i) -> scores[i]).reversed())
            .toArray(Integer[]::new);
    long positives = 0;
    for (boolean label : labels) {
      if (label) {
        positives++;
      }
    }
    long negatives = labels.length - positives;
    // Everything negative first.
    long tp = 0;
    long fp = 0;
    double bestThreshold = Math.nextUp(scores[order[0]]);
    BinaryCounts bestCounts = new BinaryCounts(0, 0, negatives, positives);
    double bestValue = objective.of(bestCounts);
    int k = 0;
    while (k < order.length) {
      double score = scores[order[k]];
      while (k < order.length && scores[order[k]] == score) {
        if (labels[order[k]]) {
          tp++;
        } else {
          fp++;
        }
        k++;
      }
      double threshold = k < order.length ? (score + scores[order[k]]) / 2 : score;
      BinaryCounts counts = new BinaryCounts(tp, fp, negatives - fp, positives - tp);
      double value = objective.of(counts);
      if (value > bestValue) {
        bestValue = value;
        bestThreshold = threshold;
        bestCounts = counts;
      }
    }
    return new ThresholdChoice(bestThreshold, objective, bestValue, bestCounts);
  }

  /** The decisions {@code score >= threshold}. */
  public static boolean[] predict(double[] scores, double threshold) {
    boolean[] predicted = new boolean[scores.length];
    for (int i = 0; i < scores.length; i++) {
      predicted[i] = scores[i] >= threshold;
    }
    return predicted;
  }

  /** The counts of {@link #predict} against the labels. */
  public static BinaryCounts evaluate(double[] scores, boolean[] labels, double threshold) {
    return BinaryCounts.of(predict(scores, threshold), labels);
  }
}
