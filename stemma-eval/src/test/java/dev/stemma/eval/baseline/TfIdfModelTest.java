package dev.stemma.eval.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TfIdfModelTest {

  // three documents: "storm" in 2 of 3, "coast" in 1, "hits" in 2, "markets" in 1
  static final TfIdfModel MODEL =
      TfIdfModel.fit(List.of("Storm hits coast", "Storm hits town", "Markets fall"));

  @Test
  void idf_isSmoothedAndUnseenWordsGetTheHighest() {
    assertThat(MODEL.idf("storm"))
        .isCloseTo(Math.log(4.0 / 3) + 1, within(1e-12)); // ln((1+3)/(1+2)) + 1
    assertThat(MODEL.idf("coast")).isCloseTo(Math.log(4.0 / 2) + 1, within(1e-12));
    assertThat(MODEL.idf("zebra")).isCloseTo(Math.log(4.0 / 1) + 1, within(1e-12));
  }

  @Test
  void vector_hasSublinearTfAndUnitLength() {
    TfIdfModel.Vector v = MODEL.vector("storm storm storm coast");
    // storm: (1 + ln 3) * idf(storm); coast: 1 * idf(coast); then divided by the norm
    double storm = (1 + Math.log(3)) * MODEL.idf("storm");
    double coast = MODEL.idf("coast");
    double norm = Math.hypot(storm, coast);
    assertThat(v.terms()).containsExactly("coast", "storm");
    assertThat(v.weights()[0]).isCloseTo(coast / norm, within(1e-12));
    assertThat(v.weights()[1]).isCloseTo(storm / norm, within(1e-12));
  }

  @Test
  void similarity_isSymmetricInZeroOneAndOneForTheSameWords() {
    String a = "Storm hits coast";
    String b = "Coast storm: town hit";
    assertThat(MODEL.similarity(a, b)).isEqualTo(MODEL.similarity(b, a)).isBetween(0.0, 1.0);
    assertThat(MODEL.similarity(a, "coast HITS storm")).isCloseTo(1.0, within(1e-12));
    assertThat(MODEL.similarity(a, "Markets fall")).isZero();
    assertThat(MODEL.similarity("", a)).isZero();
  }
}
