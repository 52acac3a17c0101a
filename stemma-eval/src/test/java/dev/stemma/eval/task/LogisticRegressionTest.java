package dev.stemma.eval.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

  @Test
  void solve_twoByTwo_givesTheExactSolution() {
    // [4 2; 2 3] x = [2; 1]  =>  det 8, x = [(2*3 - 1*2) / 8, (4*1 - 2*2) / 8] = [0.5, 0]
    double[] x = LogisticRegression.solve(new double[][] {{4, 2}, {2, 3}}, new double[] {2, 1});
    assertThat(x[0]).isCloseTo(0.5, within(1e-12));
    assertThat(x[1]).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void fit_dataDrawnFromAKnownModel_recoversItsWeights() {
    // labels drawn from P(y) = sigmoid(-1 + 3 x1 - 2 x2), seed 7: 20,000 items pin each weight
    // to within about 0.1
    Random random = new Random(7);
    int n = 20_000;
    double[][] x = new double[n][2];
    boolean[] y = new boolean[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = random.nextDouble();
      x[i][1] = random.nextDouble();
      double p = LogisticRegression.sigmoid(-1 + 3 * x[i][0] - 2 * x[i][1]);
      y[i] = random.nextDouble() < p;
    }
    double[] w = LogisticRegression.fit(x, y, 0);
    assertThat(w[0]).isCloseTo(-1, within(0.15));
    assertThat(w[1]).isCloseTo(3, within(0.15));
    assertThat(w[2]).isCloseTo(-2, within(0.15));
  }

  @Test
  void fit_separableData_staysFiniteWithAPenalty() {
    double[][] x = {{0}, {0.1}, {0.9}, {1}};
    boolean[] y = {false, false, true, true};
    double[] w = LogisticRegression.fit(x, y, 1.0);
    assertThat(w[1]).isPositive().isLessThan(10);
    assertThat(LogisticRegression.logit(w, new double[] {1})).isPositive();
    assertThat(LogisticRegression.logit(w, new double[] {0})).isNegative();
  }

  @Test
  void fit_aLargerPenalty_shrinksTheWeight() {
    double[][] x = {{0}, {0.2}, {0.4}, {0.6}, {0.8}, {1}};
    boolean[] y = {false, true, false, true, true, true};
    assertThat(Math.abs(LogisticRegression.fit(x, y, 10)[1]))
        .isLessThan(Math.abs(LogisticRegression.fit(x, y, 0.1)[1]));
  }

  @Test
  void fit_rowsOfDifferentLengths_isRejected() {
    assertThatThrownBy(
            () ->
                LogisticRegression.fit(
                    new double[][] {{1, 2}, {3}}, new boolean[] {true, false}, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("every row must have 2 features, got one with 1");
  }

  @Test
  void fit_moreLabelsThanRows_isRejected() {
    assertThatThrownBy(
            () -> LogisticRegression.fit(new double[][] {{1}}, new boolean[] {true, false}, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x and y must have the same length, got 1 and 2");
  }
}
