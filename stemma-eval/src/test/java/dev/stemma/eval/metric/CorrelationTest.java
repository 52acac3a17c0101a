package dev.stemma.eval.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CorrelationTest {

  @Test
  void pearson_ofAWorkedExample() {
    double[] x = {1, 2, 3, 4, 5};
    double[] y = {2, 4, 5, 4, 5};
    // means 3 and 4; dx = -2 -1 0 1 2; dy = -2 0 1 0 1
    // sum dx*dy = 4 + 0 + 0 + 0 + 2 = 6; sum dx^2 = 10; sum dy^2 = 4 + 0 + 1 + 0 + 1 = 6
    // r = 6 / sqrt(10 * 6) = 0.774596...
    assertThat(Correlation.pearson(x, y)).isCloseTo(6 / Math.sqrt(60), within(1e-12));
  }

  @Test
  void ranks_giveTiesTheMeanOfTheRanksTheySpan() {
    // sorted: 1 (rank 1), 2 2 (ranks 2 and 3 -> 2.5), 5 (rank 4), 7 7 7 (ranks 5, 6, 7 -> 6)
    assertThat(Correlation.ranks(new double[] {7, 2, 1, 7, 2, 5, 7}))
        .containsExactly(6, 2.5, 1, 6, 2.5, 4, 6);
  }

  @Test
  void spearman_withTies_isPearsonOfAverageRanks() {
    double[] x = {1, 2, 2, 3};
    double[] y = {1, 3, 2, 4};
    // ranks x = 1 2.5 2.5 4, ranks y = 1 3 2 4; means 2.5; dx = -1.5 0 0 1.5; dy = -1.5 .5 -.5 1.5
    // sum dx*dy = 2.25 + 0 + 0 + 2.25 = 4.5; sum dx^2 = 4.5; sum dy^2 = 2.25+.25+.25+2.25 = 5
    assertThat(Correlation.spearman(x, y)).isCloseTo(4.5 / Math.sqrt(4.5 * 5), within(1e-12));
  }

  @Test
  void spearman_ofAMonotoneButCurvedRelation_isOne() {
    assertThat(Correlation.spearman(new double[] {1, 2, 3, 4}, new double[] {1, 8, 27, 64}))
        .isEqualTo(1.0);
    assertThat(Correlation.pearson(new double[] {1, 2, 3, 4}, new double[] {1, 8, 27, 64}))
        .isLessThan(1.0);
  }

  @Test
  void constantSeries_hasNoCorrelation() {
    assertThat(Correlation.pearson(new double[] {1, 2, 3}, new double[] {4, 4, 4})).isNaN();
  }
}
