package dev.stemma.eval.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ThresholdsTest {

  static final double[] SCORES = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4};
  static final boolean[] LABELS = {true, true, false, true, false, false};

  @Test
  void best_maximisesF1AtTheMidpointBetweenScores() {
    // >= 0.9: tp 1 -> F1 2/4; >= 0.8: tp 2 -> 4/5; >= 0.7: tp 2 fp 1 -> 4/6;
    // >= 0.6: tp 3 fp 1 -> 6/7 (best); >= 0.5: 6/8; all: 6/9
    ThresholdChoice choice = Thresholds.best(SCORES, LABELS, Objective.F1);

    assertThat(choice.threshold()).isCloseTo(0.55, within(1e-12)); // (0.6 + 0.5) / 2
    assertThat(choice.value()).isCloseTo(6 / 7.0, within(1e-12));
    assertThat(choice.counts()).isEqualTo(new BinaryCounts(3, 1, 2, 0));
  }

  @Test
  void best_onATie_keepsTheHigherThreshold() {
    // accuracy: >= 0.8 gives tp 2 tn 3 = 5/6, and >= 0.6 gives tp 3 tn 2 = 5/6: 0.75 wins
    ThresholdChoice choice = Thresholds.best(SCORES, LABELS, Objective.ACCURACY);

    assertThat(choice.threshold()).isCloseTo(0.75, within(1e-12));
    assertThat(choice.value()).isCloseTo(5 / 6.0, within(1e-12));
  }

  @Test
  void best_canAnswerAlwaysPositive() {
    // two positives, one negative, the negative scored highest: F1 is best with all positive
    ThresholdChoice choice =
        Thresholds.best(
            new double[] {0.9, 0.2, 0.1}, new boolean[] {false, true, true}, Objective.F1);

    assertThat(choice.threshold()).isEqualTo(0.1);
    assertThat(choice.counts()).isEqualTo(new BinaryCounts(2, 1, 0, 0));
  }

  @Test
  void best_neverSplitsTiedScores() {
    // 0.5 and 0.5 cannot be told apart: the candidates are none positive (F1 0), >= 0.5
    // (tp 1 fp 1: F1 2/3) and all positive (tp 1 fp 2: F1 2/4)
    ThresholdChoice choice =
        Thresholds.best(
            new double[] {0.5, 0.5, 0.1}, new boolean[] {true, false, false}, Objective.F1);

    assertThat(choice.threshold()).isCloseTo(0.3, within(1e-12)); // (0.5 + 0.1) / 2
    assertThat(choice.counts()).isEqualTo(new BinaryCounts(1, 1, 1, 0));
  }
}
