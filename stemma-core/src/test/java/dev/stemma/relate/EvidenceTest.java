package dev.stemma.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EvidenceTest {

  @Test
  void new_acceptsEmptySpansAndSimilaritiesAtTheEnds() {
    assertThat(new Evidence(0, 0, 5, 5, 0, 0, 0, "reworded").aEnd()).isEqualTo(5);
    assertThat(new Evidence(0, 0, 0, 1, 0, 1, 1, "verbatim").similarity()).isEqualTo(1);
  }

  @Test
  void new_rejectsASpanThatEndsBeforeItStartsOrStartsBeforeZero() {
    assertThatThrownBy(() -> new Evidence(0, 0, 10, 5, 0, 4, 0.9, "verbatim"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad evidence spans a=[10, 5) b=[0, 4)");
    assertThatThrownBy(() -> new Evidence(0, 0, 0, 5, -1, 4, 0.9, "verbatim"))
        .hasMessage("bad evidence spans a=[0, 5) b=[-1, 4)");
  }

  @Test
  void new_rejectsASimilarityOutsideTheUnitInterval() {
    assertThatThrownBy(() -> new Evidence(0, 0, 0, 5, 0, 4, 1.5, "verbatim"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("similarity must be in [0, 1], got 1.5");
    assertThatThrownBy(() -> new Evidence(0, 0, 0, 5, 0, 4, Double.NaN, "verbatim"))
        .hasMessage("similarity must be in [0, 1], got NaN");
  }

  @Test
  void new_rejectsANegativeSentenceIndex() {
    assertThatThrownBy(() -> new Evidence(-1, 0, 0, 5, 0, 4, 0.9, "verbatim"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sentence indexes must be >= 0, got -1 and 0");
  }

  @Test
  void new_rejectsAMatchOtherThanVerbatimOrReworded() {
    assertThatThrownBy(() -> new Evidence(0, 0, 0, 5, 0, 4, 0.9, "exact"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("match must be 'verbatim' or 'reworded', got 'exact'");
  }
}
