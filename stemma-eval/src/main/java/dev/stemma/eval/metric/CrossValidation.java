package dev.stemma.eval.metric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Seeded, stratified k-fold cross-validation of a decision threshold, so that no item, and no test
 * file, chooses its own threshold.
 *
 * <p>Folds are stratified (each holds the same share of positives, within one item), as
 * scikit-learn's {@code StratifiedKFold(shuffle=True)}: the positives are shuffled with a {@link
 * Random} of the given seed and dealt to the folds in turn, then the negatives, continuing the
 * deal. For each fold the threshold maximising the objective on the other folds decides the fold's
 * items. The out-of-fold decisions give the figure to report for the training file; the threshold
 * fit on all of it is the one to apply to a test file.
 */
public final class CrossValidation {

  private CrossValidation() {}

  public static CrossValidated run(
      double[] scores, boolean[] labels, int folds, long seed, Objective objective) {
    if (scores.length != labels.length) {
      throw new IllegalArgumentException(
          "scores and labels must have the same length, got "
              + scores.length
              + " and "
              + labels.length);
    }
    if (folds < 2 || folds > scores.length) {
      throw new IllegalArgumentException(
          "folds must be between 2 and the number of items (" + scores.length + "), got " + folds);
    }
    int[] foldOf = assignFolds(labels, folds, seed);
    double[] thresholds = new double[folds];
    boolean[] predictions = new boolean[scores.length];
    for (int fold = 0; fold < folds; fold++) {
      int trainSize = 0;
      for (int f : foldOf) {
        if (f != fold) {
          trainSize++;
        }
      }
      double[] trainScores = new double[trainSize];
      boolean[] trainLabels = new boolean[trainSize];
      int t = 0;
      for (int i = 0; i < scores.length; i++) {
        if (foldOf[i] != fold) {
          trainScores[t] = scores[i];
          trainLabels[t] = labels[i];
          t++;
        }
      }
      thresholds[fold] = Thresholds.best(trainScores, trainLabels, objective).threshold();
      for (int i = 0; i < scores.length; i++) {
        if (foldOf[i] == fold) {
          predictions[i] = scores[i] >= thresholds[fold];
        }
      }
    }
    return new CrossValidated(
        folds,
        seed,
        foldOf,
        thresholds,
        predictions,
        BinaryCounts.of(predictions, labels),
        Thresholds.best(scores, labels, objective));
  }

  /** Each item's fold: positives then negatives, each shuffled with the seed, dealt in turn. */
  public static int[] assignFolds(boolean[] labels, int folds, long seed) {
    List<Integer> positives = new ArrayList<>();
    List<Integer> negatives = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      (labels[i] ? positives : negatives).add(i);
    }
    Random random = new Random(seed);
    Collections.shuffle(positives, random);
    Collections.shuffle(negatives, random);
    int[] foldOf = new int[labels.length];
    int next = 0;
    for (int i : positives) {
      foldOf[i] = next++ % folds;
    }
    for (int i : negatives) {
      foldOf[i] = next++ % folds;
    }
    return foldOf;
  }
}
