package dev.stemma.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoresTest {

  @Test
  void story_isAnchorsPlusContent() {
    // 0.25 + 0.5 = 0.75
    assertThat(new Scores(0.1, 0.2, 0.25, 0.5, 0, 0, 0).story()).isEqualTo(0.75);
  }

  @Test
  void coverage_isTheLargerOfTheTwo() {
    assertThat(new Scores(0, 0, 0, 0, 0.3, 0.8, 4).coverage()).isEqualTo(0.8);
    assertThat(new Scores(0, 0, 0, 0, 0.9, 0.8, 4).coverage()).isEqualTo(0.9);
  }

  @Test
  void new_rejectsAMeasureOutsideTheUnitInterval_namingIt() {
    assertThatThrownBy(() -> new Scores(1.5, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("jaccard must be in [0, 1], got 1.5");
    assertThatThrownBy(() -> new Scores(0, -0.5, 0, 0, 0, 0, 0)).hasMessage("containment must be in [0, 1], got -0.5");
    assertThatThrownBy(() -> new Scores(0, 0, Double.NaN, 0, 0, 0, 0)).hasMessage("anchors must be in [0, 1], got NaN");
    assertThatThrownBy(() -> new Scores(0, 0, 0, 1.0000000000000002, 0, 0, 0))
        .hasMessage("content must be in [0, 1], got 1.0000000000000002");
    assertThatThrownBy(() -> new Scores(0, 0, 0, 0, 2, 0, 0)).hasMessage("coverageA must be in [0, 1], got 2.0");
    assertThatThrownBy(() -> new Scores(0, 0, 0, 0, 0, -1, 0)).hasMessage("coverageB must be in [0, 1], got -1.0");
  }

  @Test
  void new_rejectsANegativeNumberOfAlignedPairs() {
    assertThatThrownBy(() -> new Scores(0, 0, 0, 0, 0, 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("aligned must be >= 0, got -1");
  }
}
