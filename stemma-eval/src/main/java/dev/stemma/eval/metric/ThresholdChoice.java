package dev.stemma.eval.metric;

import static java.util.Objects.requireNonNull;

/**
 * A decision threshold and what it scores on the data it was chosen on: an item is positive when
 * its score is at least the threshold.
 *
 * @param threshold the threshold
 * @param objective what it was chosen to maximise
 * @param value the objective's value on the data it was chosen on
 * @param counts the decisions on that data
 */
public record ThresholdChoice(
    double threshold, Objective objective, double value, BinaryCounts counts) {

  public ThresholdChoice {
    requireNonNull(objective, "objective");
    requireNonNull(counts, "counts");
    if (Double.isNaN(threshold)) {
      throw new IllegalArgumentException("threshold must be a number, got NaN");
    }
  }
}
