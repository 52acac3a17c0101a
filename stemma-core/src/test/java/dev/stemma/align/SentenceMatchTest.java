package dev.stemma.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SentenceMatchTest {

  /** logit = -1 + 2 cos + words; threshold 0.5, whose logit is 0. */
  private static final SentenceMatch SIMPLE = new SentenceMatch(-1, 2, 1, 0, 0, 0, 0, 0, 0.5);

  private static LexicalFeatures words(double w) {
    return new LexicalFeatures(w, 0, 0, 0, 0, 0);
  }

  @Test
  void logit_isTheLexicalLogitPlusTheCosineTerm() {
    // lexical: -1 + 1 * 0.5 = -0.5; logit at cosine 0.25: -0.5 + 2 * 0.25 = 0
    assertThat(SIMPLE.lexicalLogit(words(0.5))).isEqualTo(-0.5);
    assertThat(SIMPLE.logit(words(0.5), 0.25)).isEqualTo(0.0);
    assertThat(SIMPLE.probability(words(0.5), 0.25)).isEqualTo(0.5);
  }

  @Test
  void probability_isTheLogisticOfTheLogit() {
    LexicalFeatures f = new LexicalFeatures(0.4, 0.5, 0.6, 0.2, 1, 0.8);
    double logit = SentenceMatch.DEFAULT.logit(f, 0.7);
    assertThat(SentenceMatch.DEFAULT.probability(f, 0.7)).isCloseTo(1 / (1 + Math.exp(-logit)), within(1e-15));
  }

  @Test
  void lexicalLogit_weighsEveryFeature() {
    // DEFAULT on (0.4, 0.5, 0.6, 0.2, 1, 0.8):
    // -8.171 + 3.400 * 0.4 + 1.976 * 0.5 + 1.020 * 0.6 - 1.674 * 0.2 - 0.856 * 1 + 2.004 * 0.8
    // = -8.171 + 1.36 + 0.988 + 0.612 - 0.3348 - 0.856 + 1.6032 = -4.7986
    LexicalFeatures f = new LexicalFeatures(0.4, 0.5, 0.6, 0.2, 1, 0.8);
    assertThat(SentenceMatch.DEFAULT.lexicalLogit(f)).isCloseTo(-4.7986, within(1e-12));
  }

  @Test
  void neededCosine_isWhereTheProbabilityReachesTheThreshold() {
    // SIMPLE: (0 - (-0.5)) / 2 = 0.25; it matches at 0.25 and not below
    double c = SIMPLE.neededCosine(words(0.5));
    assertThat(c).isEqualTo(0.25);
    assertThat(SIMPLE.probability(words(0.5), c)).isGreaterThanOrEqualTo(SIMPLE.threshold());
    assertThat(SIMPLE.probability(words(0.5), c - 1e-9)).isLessThan(SIMPLE.threshold());
  }

  @Test
  void neededCosine_ofTheShippedDecision_matchesAtTheCosineAndNotBelow() {
    SentenceMatch m = SentenceMatch.DEFAULT;
    for (LexicalFeatures f : new LexicalFeatures[] {
      new LexicalFeatures(0.5, 0.5, 0.5, 0, 0, 1),
      new LexicalFeatures(0.3, 0.7, 1, 0.4, 0, 0.6),
      new LexicalFeatures(0.6, 0.75, 0.75, 0.33, 1, 1),
    }) {
      double c = m.neededCosine(f);
      assertThat(c).as("%s", f).isBetween(0.0, 1.0);
      assertThat(m.probability(f, c)).as("%s", f).isCloseTo(m.threshold(), within(1e-12));
      assertThat(m.probability(f, c + 1e-9)).as("%s", f).isGreaterThan(m.threshold());
      assertThat(m.probability(f, c - 1e-9)).as("%s", f).isLessThan(m.threshold());
    }
  }

  @Test
  void neededCosine_ofIdenticalSentences_isPositiveForTheShippedDecision() {
    // lexical: -8.171 + 3.400 + 1.976 + 1.020 - 1.674 + 0 + 2.004 = -1.445
    // threshold logit: ln(0.38 / 0.62) = -0.48955; (-0.48955 + 1.445) / 5.728 = 0.16681
    // so even a verbatim sentence pair asks the model for a cosine, if only a small one
    double c = SentenceMatch.DEFAULT.neededCosine(new LexicalFeatures(1, 1, 1, 1, 0, 1));
    assertThat(c).isCloseTo(0.16680, within(1e-5));
  }

  @Test
  void neededCosine_belowZero_meansAMatchWhateverTheModelSays() {
    // SIMPLE with words 1.5 (outside the features' range, to reach below 0): (0 - 0.5) / 2 = -0.25
    double c = SIMPLE.neededCosine(words(1.5));
    assertThat(c).isEqualTo(-0.25);
    assertThat(SIMPLE.probability(words(1.5), -1)).isLessThan(0.5);
    assertThat(SIMPLE.probability(words(1.5), 0)).isGreaterThan(0.5);
  }

  @Test
  void new_rejectsAThresholdOutsideTheOpenUnitInterval() {
    assertThatThrownBy(() -> new SentenceMatch(0, 1, 0, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold must be in (0, 1), got 0.0");
    assertThatThrownBy(() -> new SentenceMatch(0, 1, 0, 0, 0, 0, 0, 0, 1))
        .hasMessage("threshold must be in (0, 1), got 1.0");
    assertThatThrownBy(() -> new SentenceMatch(0, 1, 0, 0, 0, 0, 0, 0, Double.NaN))
        .hasMessage("threshold must be in (0, 1), got NaN");
  }

  @Test
  void new_rejectsACosineWeightThatIsNotPositive() {
    assertThatThrownBy(() -> new SentenceMatch(0, 0, 0, 0, 0, 0, 0, 0, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the cosine weight must be positive, got 0.0");
    assertThatThrownBy(() -> new SentenceMatch(0, -2, 0, 0, 0, 0, 0, 0, 0.5))
        .hasMessage("the cosine weight must be positive, got -2.0");
  }
}
