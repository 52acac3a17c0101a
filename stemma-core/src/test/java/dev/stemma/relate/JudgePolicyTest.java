package dev.stemma.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JudgePolicyTest {

  @Test
  void default_holdsTheTunedThresholds() {
    assertThat(JudgePolicy.DEFAULT).isEqualTo(new JudgePolicy(0.3, 0.6, 10, 0.3, 0.5, 0.4, 3, 0.2, 14));
  }

  @Test
  void new_rejectsAShareOutsideTheUnitInterval_namingIt() {
    assertThatThrownBy(() -> new JudgePolicy(1.5, 0.6, 10, 0.3, 0.5, 0.4, 3, 0.2, 14))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nearJaccard must be in [0, 1], got 1.5");
    assertThatThrownBy(() -> new JudgePolicy(0.3, -0.1, 10, 0.3, 0.5, 0.4, 3, 0.2, 14))
        .hasMessage("nearContainment must be in [0, 1], got -0.1");
    assertThatThrownBy(() -> new JudgePolicy(0.3, 0.6, 10, Double.NaN, 0.5, 0.4, 3, 0.2, 14))
        .hasMessage("rewriteContent must be in [0, 1], got NaN");
    assertThatThrownBy(() -> new JudgePolicy(0.3, 0.6, 10, 0.3, 2, 0.4, 3, 0.2, 14))
        .hasMessage("rewriteCoverage must be in [0, 1], got 2.0");
    assertThatThrownBy(() -> new JudgePolicy(0.3, 0.6, 10, 0.3, 0.5, 1.01, 3, 0.2, 14))
        .hasMessage("rewriteMeanCoverage must be in [0, 1], got 1.01");
  }

  @Test
  void new_rejectsASameStoryScoreOutsideZeroToTwo() {
    // the story score is anchors + content, each in [0, 1]
    assertThat(new JudgePolicy(0.3, 0.6, 10, 0.3, 0.5, 0.4, 3, 2, 14).sameStory()).isEqualTo(2);
    assertThatThrownBy(() -> new JudgePolicy(0.3, 0.6, 10, 0.3, 0.5, 0.4, 3, 2.5, 14))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sameStory must be in [0, 2], got 2.5");
  }

  @Test
  void new_rejectsANegativeSameStoryWindow() {
    assertThat(new JudgePolicy(0.3, 0.6, 10, 0.3, 0.5, 0.4, 3, 0.2, 0).sameStoryDays()).isZero();
    assertThatThrownBy(() -> new JudgePolicy(0.3, 0.6, 10, 0.3, 0.5, 0.4, 3, 0.2, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sameStoryDays must be >= 0, got -1");
  }

  @Test
  void new_rejectsCountsBelowOne() {
    assertThatThrownBy(() -> new JudgePolicy(0.3, 0.6, 0, 0.3, 0.5, 0.4, 3, 0.2, 14))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minShingles and rewriteMinAligned must be at least 1, got 0 and 3");
    assertThatThrownBy(() -> new JudgePolicy(0.3, 0.6, 10, 0.3, 0.5, 0.4, 0, 0.2, 14))
        .hasMessage("minShingles and rewriteMinAligned must be at least 1, got 10 and 0");
  }
}
