package dev.stemma.embed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Threshold classifiers on a score, judged by k-fold cross-validation: the threshold that is best
 * on the other folds is applied to each held-out fold, so the figures are not tuned on what they
 * measure.
 */
final class BinaryMetrics {

  /** Accuracy and F1 of "paraphrase when score >= threshold", and the mean threshold chosen. */
  record Result(double accuracy, double f1, double accuracyThreshold, double f1Threshold) {}

  private BinaryMetrics() {}

  /**
   * Cross-validated figures: for each of {@code folds} folds (shuffled with {@code seed}), the
   * threshold that maximises accuracy (resp. F1) on the rest is applied to the fold; accuracy and
   * F1 are computed over the pooled held-out predictions.
   */
  static Result crossValidated(double[] scores, int[] labels, int folds, long seed) {
    int n = scores.length;
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      index.add(i);
    }
    Collections.shuffle(index, new Random(seed));
    boolean[] byAccuracy = new boolean[n];
    boolean[] byF1 = new boolean[n];
    double accuracyThresholds = 0;
    double f1Thresholds = 0;
    for (int f = 0; f < folds; f++) {
      List<Integer> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        (k % folds == f ? test : train).add(index.get(k));
      }
      double ta = bestThreshold(scores, labels, train, false);
      double tf = bestThreshold(scores, labels, train, true);
      accuracyThresholds += ta;
      f1Thresholds += tf;
      for (int i : test) {
        byAccuracy[i] = scores[i] >= ta;
        byF1[i] = scores[i] >= tf;
      }
    }
    return new Result(
        accuracy(byAccuracy, labels),
        f1(byF1, labels),
        accuracyThresholds / folds,
        f1Thresholds / folds);
  }

  /** The threshold, halfway between two adjacent scores, that maximises F1 or accuracy. */
  static double bestThreshold(double[] scores, int[] labels, List<Integer> rows, boolean forF1) {
    List<Integer> sorted = new ArrayList<>(rows);
    sorted.sort((a, b) -> Double.compare(scores[b], scores[a]));
    int positives = 0;
    for (int i : sorted) {
      positives += labels[i];
    }
    int m = sorted.size();
    // Predict positive for the top k; start at k = 0 (threshold above every score).
    int tp = 0;
    int fp = 0;
    double best = forF1 ? 0 : (double) (m - positives) / m;
    double threshold = scores[sorted.get(0)] + 1e-6;
    for (int k = 1; k <= m; k++) {
      int i = sorted.get(k - 1);
      if (labels[i] == 1) {
        tp++;
      } else {
        fp++;
      }
      if (k < m && scores[sorted.get(k)] == scores[i]) {
        continue; // ties must fall on the same side
      }
      double value =
          forF1
              ? 2.0 * tp / (2.0 * tp + fp + (positives - tp))
              : (double) (tp + (m - positives - fp)) / m;
      if (value > best) {
        best = value;
        threshold = k < m ? (scores[i] + scores[sorted.get(k)]) / 2 : scores[i] - 1e-6;
      }
    }
    return threshold;
  }

  static double accuracy(boolean[] predicted, int[] labels) {
    int right = 0;
    for (int i = 0; i < labels.length; i++) {
      right += (predicted[i] == (labels[i] == 1)) ? 1 : 0;
    }
    return (double) right / labels.length;
  }

  static double f1(boolean[] predicted, int[] labels) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < labels.length; i++) {
      if (predicted[i] && labels[i] == 1) {
        tp++;
      } else if (predicted[i]) {
        fp++;
      } else if (labels[i] == 1) {
        fn++;
      }
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  static double pearson(double[] x, double[] y) {
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /** Spearman's rho: Pearson's r of the ranks, ties given their average rank. */
  static double spearman(double[] x, double[] y) {
    return pearson(ranks(x), ranks(y));
  }

  private static double[] ranks(double[] v) {
    Integer[] order = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
    double[] rank = new double[v.length];
    int i = 0;
    while (i < v.length) {
      int j = i;
      while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
        j++;
      }
      double average = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        rank[order[k]] = average;
      }
      i = j + 1;
    }
    return rank;
  }
}
