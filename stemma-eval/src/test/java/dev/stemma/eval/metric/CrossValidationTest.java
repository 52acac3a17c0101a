package dev.stemma.eval.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

  static final long SEED = 20240601L;

  static double[] scores(boolean[] labels, long seed) {
    Random random = new Random(seed);
    double[] scores = new double[labels.length];
    for (int i = 0; i < labels.length; i++) {
      scores[i] = random.nextGaussian() + (labels[i] ? 1.5 : 0);
    }
    return scores;
  }

  static boolean[] labels(int n, int positives) {
    boolean[] labels = new boolean[n];
    for (int i = 0; i < positives; i++) {
      labels[i * n / positives] = true;
    }
    return labels;
  }

  @Test
  void assignFolds_isStratified() {
    boolean[] labels = labels(103, 31);
    int[] foldOf = CrossValidation.assignFolds(labels, 5, SEED);
    int[] positives = new int[5];
    int[] sizes = new int[5];
    for (int i = 0; i < labels.length; i++) {
      sizes[foldOf[i]]++;
      if (labels[i]) {
        positives[foldOf[i]]++;
      }
    }
    // 31 positives over 5 folds: 6 or 7 each; 103 items: 20 or 21 each
    assertThat(Arrays.stream(positives).boxed().toList())
        .allSatisfy(p -> assertThat(p).isBetween(6, 7));
    assertThat(Arrays.stream(sizes).boxed().toList())
        .allSatisfy(s -> assertThat(s).isBetween(20, 21));
  }

  @Test
  void run_isReproducibleForASeedAndDiffersForAnother() {
    boolean[] labels = labels(200, 80);
    double[] scores = scores(labels, 1);

    CrossValidated first = CrossValidation.run(scores, labels, 10, SEED, Objective.F1);
    CrossValidated again = CrossValidation.run(scores, labels, 10, SEED, Objective.F1);
    CrossValidated other = CrossValidation.run(scores, labels, 10, SEED + 1, Objective.F1);

    assertThat(again).isEqualTo(first);
    assertThat(other.foldOf()).isNotEqualTo(first.foldOf());
  }

  @Test
  void run_decidesEachItemWithTheThresholdChosenWithoutItsFold() {
    boolean[] labels = labels(120, 50);
    double[] scores = scores(labels, 2);

    CrossValidated cv = CrossValidation.run(scores, labels, 4, SEED, Objective.F1);

    int[] foldOf = cv.foldOf();
    for (int fold = 0; fold < 4; fold++) {
      int n = 0;
      for (int f : foldOf) {
        if (f != fold) {
          n++;
        }
      }
      double[] trainScores = new double[n];
      boolean[] trainLabels = new boolean[n];
      int t = 0;
      for (int i = 0; i < labels.length; i++) {
        if (foldOf[i] != fold) {
          trainScores[t] = scores[i];
          trainLabels[t++] = labels[i];
        }
      }
      double threshold = Thresholds.best(trainScores, trainLabels, Objective.F1).threshold();
      assertThat(cv.foldThresholds()[fold]).isEqualTo(threshold);
      for (int i = 0; i < labels.length; i++) {
        if (foldOf[i] == fold) {
          assertThat(cv.predictions()[i]).isEqualTo(scores[i] >= threshold);
        }
      }
    }
    assertThat(cv.outOfFold()).isEqualTo(BinaryCounts.of(cv.predictions(), labels));
    assertThat(cv.finalChoice()).isEqualTo(Thresholds.best(scores, labels, Objective.F1));
    // chosen in sample, the final threshold scores at least as well as the out-of-fold decisions
    assertThat(cv.finalChoice().value()).isGreaterThanOrEqualTo(cv.outOfFold().f1());
  }

  @Test
  void run_tooManyFolds_isRejected() {
    assertThatThrownBy(
            () -> CrossValidation.run(new double[3], new boolean[3], 4, SEED, Objective.F1))
        .hasMessage("folds must be between 2 and the number of items (3), got 4");
  }
}
