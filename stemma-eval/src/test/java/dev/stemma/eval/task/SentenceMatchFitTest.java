package dev.stemma.eval.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stemma.align.LexicalFeatures;
import dev.stemma.align.SentenceMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceMatchFitTest {

  @Test
  void javaCode_ofTheShippedDecision_isTheLineInSentenceMatch() {
    assertThat(SentenceMatchFit.javaCode(SentenceMatch.DEFAULT))
        .isEqualTo(
            "  public static final SentenceMatch DEFAULT =\n"
                + "      new SentenceMatch(-8.171, 5.728, 3.400, 1.976, 1.020, -1.674, -0.856,"
                + " 2.004, 0.38);");
  }

  /** Pairs whose label follows the cosine and the shared content, with some noise (seeded). */
  static SentenceMatchFit.LabelledPairs synthetic(String name, int n, long seed) {
    Random random = new Random(seed);
    List<SentencePairs.Measured> pairs = new ArrayList<>();
    boolean[] labels = new boolean[n];
    for (int i = 0; i < n; i++) {
      double cosine = random.nextDouble();
      double content = Math.min(1, Math.max(0, cosine + 0.3 * (random.nextDouble() - 0.5)));
      pairs.add(
          new SentencePairs.Measured(
              new LexicalFeatures(content / 2, content, content, content / 3, 0, 0.8), cosine));
      labels[i] = cosine + 0.2 * (random.nextDouble() - 0.5) > 0.5;
    }
    return new SentenceMatchFit.LabelledPairs(name, pairs, labels);
  }

  @Test
  void run_labelsThatFollowTheCosine_fitAPositiveCosineWeightAndScoreEachSet() {
    SentenceMatchFit.Result result =
        SentenceMatchFit.run(
            List.of(synthetic("first", 400, 1), synthetic("second", 300, 2)),
            SentenceMatch.DEFAULT,
            5,
            42,
            SentenceMatchFit.DEFAULT_L2);
    assertThat(result.match().cosine()).isPositive();
    assertThat(result.sets())
        .extracting(SentenceMatchFit.SetFigures::name)
        .containsExactly("first", "second");
    assertThat(result.sets().get(0).fitted().total()).isEqualTo(400);
    assertThat(result.sets().get(1).fitted().total()).isEqualTo(300);
    assertThat(result.allFitted().total()).isEqualTo(700);
    assertThat(result.foldThresholds()).hasSize(5);
    // labels are the cosine above 0.5 with noise of +-0.1: out of fold, most pairs are right
    assertThat(result.allFitted().f1()).isGreaterThan(0.85);
    assertThat(result.match().threshold() * 100)
        .isEqualTo(Math.rint(result.match().threshold() * 100));
  }

  @Test
  void run_sameInputs_giveTheSameResult() {
    List<SentenceMatchFit.LabelledPairs> sets = List.of(synthetic("only", 200, 3));
    assertThat(SentenceMatchFit.run(sets, SentenceMatch.DEFAULT, 4, 9, 0.001))
        .isEqualTo(SentenceMatchFit.run(sets, SentenceMatch.DEFAULT, 4, 9, 0.001));
  }

  @Test
  void fit_labelsAgainstTheCosine_isRefusedWithTheReason() {
    double[][] x = new double[40][];
    boolean[] y = new boolean[40];
    for (int i = 0; i < 40; i++) {
      double cosine = i / 40.0;
      x[i] = new double[] {cosine, 0.5, 0.5, 0.5, 0.2, 0, 0.9};
      y[i] = cosine < 0.5;
    }
    assertThatThrownBy(() -> SentenceMatchFit.fit(x, y, 1.0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the fitted cosine weight is -")
        .hasMessageEndingWith(
            ", not positive: the data say a higher cosine makes a paraphrase less"
                + " likely; fit on more (or other) labelled pairs");
  }

  @Test
  void run_aSetSmallerThanTheFolds_isRejected() {
    assertThatThrownBy(
            () ->
                SentenceMatchFit.run(
                    List.of(synthetic("tiny", 3, 1)), SentenceMatch.DEFAULT, 5, 42, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiny has 3 pairs, fewer than the 5 folds");
  }
}
