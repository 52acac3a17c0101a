package dev.stemma.eval.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinaryCountsTest {

  @Test
  void of_countsAndFiguresOfAWorkedExample() {
    boolean[] predicted = {true, true, true, false, false, true, false, false};
    boolean[] gold = {true, true, false, true, false, true, false, false};
    // tp: items 0, 1, 5 = 3; fp: item 2 = 1; fn: item 3 = 1; tn: items 4, 6, 7 = 3
    BinaryCounts counts = BinaryCounts.of(predicted, gold);

    assertThat(counts).isEqualTo(new BinaryCounts(3, 1, 3, 1));
    assertThat(counts.accuracy()).isEqualTo(6 / 8.0); // (3 + 3) / 8
    assertThat(counts.precision()).isEqualTo(3 / 4.0); // 3 / (3 + 1)
    assertThat(counts.recall()).isEqualTo(3 / 4.0); // 3 / (3 + 1)
    assertThat(counts.f1()).isCloseTo(0.75, within(1e-12)); // 2*3 / (2*3 + 1 + 1)
  }

  @Test
  void alwaysPositive_onMrpcShares_givesThePublishedBaseline() {
    // MRPC test split: 1147 of 1725 pairs are paraphrases; "always paraphrase" gives 66.5 / 79.9.
    BinaryCounts counts = new BinaryCounts(1147, 578, 0, 0);
    assertThat(100 * counts.accuracy()).isCloseTo(66.5, within(0.05));
    assertThat(100 * counts.f1()).isCloseTo(79.9, within(0.05));
  }

  @Test
  void noPositivePrediction_givesZeroPrecisionNotNaN() {
    BinaryCounts counts = new BinaryCounts(0, 0, 5, 2);
    assertThat(counts.precision()).isZero();
    assertThat(counts.recall()).isZero();
    assertThat(counts.f1()).isZero();
  }

  @Test
  void of_differentLengths_isRejected() {
    assertThatThrownBy(() -> BinaryCounts.of(new boolean[2], new boolean[3]))
        .hasMessage("predicted and gold must have the same length, got 2 and 3");
  }
}
