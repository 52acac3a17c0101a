package dev.stemma.eval.metric;

/**
 * The four counts of a binary decision against gold labels, and the figures drawn from them.
 *
 * <p>Where a figure divides by zero it is 0, as scikit-learn's {@code zero_division=0}: precision
 * with no positive prediction, recall with no gold positive, F1 with neither true nor false
 * positives nor false negatives, accuracy of no items.
 *
 * @param truePositives predicted positive, gold positive
 * @param falsePositives predicted positive, gold negative
 * @param trueNegatives predicted negative, gold negative
 * @param falseNegatives predicted negative, gold positive
 */
public record BinaryCounts(
    long truePositives, long falsePositives, long trueNegatives, long falseNegatives) {

  public BinaryCounts {
    if (truePositives < 0 || falsePositives < 0 || trueNegatives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException(
          "Counts must be >= 0, got tp="
              + truePositives
              + " fp="
              + falsePositives
              + " tn="
              + trueNegatives
              + " fn="
              + falseNegatives);
    }
  }

  /** Counts the decisions {@code predicted[i]} against {@code gold[i]}. */
  public static BinaryCounts of(boolean[] predicted, boolean[] gold) {
    if (predicted.length != gold.length) {
      throw new IllegalArgumentException(
          "predicted and gold must have the same length, got "
              + predicted.length
              + " and "
              + gold.length);
    }
    long tp = 0;
    long fp = 0;
    long tn = 0;
    long fn = 0;
    for (int i = 0; i < gold.length; i++) {
      if (predicted[i]) {
        if (gold[i]) {
          tp++;
        } else {
          fp++;
        }
      } else if (gold[i]) {
        fn++;
      } else {
        tn++;
      }
    }
    return new BinaryCounts(tp, fp, tn, fn);
  }

  public long total() {
    return truePositives + falsePositives + trueNegatives + falseNegatives;
  }

  /** (tp + tn) / all. */
  public double accuracy() {
    return ratio(truePositives + trueNegatives, total());
  }

  /** tp / (tp + fp). */
  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  /** tp / (tp + fn). */
  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  /** 2tp / (2tp + fp + fn), the harmonic mean of precision and recall. */
  public double f1() {
    return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
  }

  static double ratio(long numerator, long denominator) {
    return denominator == 0 ? 0.0 : (double) numerator / denominator;
  }
}
