package dev.stemma.eval.metric;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * The result of choosing a threshold by k-fold cross-validation: each item was decided with a
 * threshold chosen without it (out of fold), and a final threshold is fit on all the data, to be
 * used on a separate test file.
 *
 * @param folds k
 * @param seed the seed of the fold assignment
 * @param foldOf each item's fold, 0 to k - 1
 * @param foldThresholds the threshold chosen on the other folds, for each fold
 * @param predictions each item's out-of-fold decision
 * @param outOfFold the out-of-fold decisions counted against the labels: the honest figure
 * @param finalChoice the threshold fit on all the data, and its (optimistic) in-sample figures
 */
public record CrossValidated(
    int folds,
    long seed,
    int[] foldOf,
    double[] foldThresholds,
    boolean[] predictions,
    BinaryCounts outOfFold,
    ThresholdChoice finalChoice) {

  public CrossValidated {
    requireNonNull(outOfFold, "outOfFold");
    requireNonNull(finalChoice, "finalChoice");
    foldOf = Arrays.copyOf(foldOf, foldOf.length);
    foldThresholds = Arrays.copyOf(foldThresholds, foldThresholds.length);
    predictions = Arrays.copyOf(predictions, predictions.length);
  }

  @Override
  public int[] foldOf() {
    return Arrays.copyOf(foldOf, foldOf.length);
  }

  @Override
  public double[] foldThresholds() {
    return Arrays.copyOf(foldThresholds, foldThresholds.length);
  }

  @Override
  public boolean[] predictions() {
    return Arrays.copyOf(predictions, predictions.length);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CrossValidated that
        && folds == that.folds
        && seed == that.seed
        && Arrays.equals(foldOf, that.foldOf)
        && Arrays.equals(foldThresholds, that.foldThresholds)
        && Arrays.equals(predictions, that.predictions)
        && outOfFold.equals(that.outOfFold)
        && finalChoice.equals(that.finalChoice);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(foldThresholds) + outOfFold.hashCode();
  }

  @Override
  public String toString() {
    return "CrossValidated[folds="
        + folds
        + ", seed="
        + seed
        + ", foldThresholds="
        + Arrays.toString(foldThresholds)
        + ", outOfFold="
        + outOfFold
        + ", finalChoice="
        + finalChoice
        + "]";
  }
}
