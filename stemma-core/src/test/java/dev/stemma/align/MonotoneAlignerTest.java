package dev.stemma.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MonotoneAlignerTest {

  private static List<List<Integer>> pairs(List<int[]> aligned) {
    List<List<Integer>> out = new ArrayList<>();
    for (int[] p : aligned) {
      out.add(List.of(p[0], p[1]));
    }
    return out;
  }

  @Test
  void align_keepsEveryInOrderMatchAboveTheThreshold() {
    double[][] score = {
      {0.9, 0.1, 0.0},
      {0.2, 0.8, 0.1},
      {0.0, 0.1, 0.7},
    };
    assertThat(pairs(MonotoneAligner.align(score, 0.5))).containsExactly(List.of(0, 0), List.of(1, 1), List.of(2, 2));
  }

  @Test
  void align_skipsSentencesOnEitherSideThatMatchNothing() {
    // a1 was added by the copy (no match), b0 was dropped from it
    double[][] score = {
      {0.1, 0.9, 0.0},
      {0.0, 0.2, 0.1},
      {0.0, 0.0, 0.8},
    };
    assertThat(pairs(MonotoneAligner.align(score, 0.5))).containsExactly(List.of(0, 1), List.of(2, 2));
  }

  @Test
  void align_countsAScoreExactlyAtTheThresholdAndNothingBelowIt() {
    double[][] score = {{0.5, 0.0}, {0.0, 0.4999}};
    assertThat(pairs(MonotoneAligner.align(score, 0.5))).containsExactly(List.of(0, 0));
  }

  @Test
  void align_neverMatchesANegativeScore_evenAtThresholdZero() {
    // a negative score is how callers mark a pair that cannot match
    double[][] score = {{-1, -1}, {-1, 0.3}};
    assertThat(pairs(MonotoneAligner.align(score, 0))).containsExactly(List.of(1, 1));
  }

  @Test
  void align_dropsOneOfTwoCrossingPairs() {
    // a0~b1 and a1~b0 cross: in-order alignment keeps only the stronger, 0.9
    double[][] score = {{0.0, 0.9}, {0.6, 0.0}};
    assertThat(pairs(MonotoneAligner.align(score, 0.5))).containsExactly(List.of(0, 1));
    double[][] swapped = {{0.0, 0.6}, {0.9, 0.0}};
    assertThat(pairs(MonotoneAligner.align(swapped, 0.5))).containsExactly(List.of(1, 0));
  }

  @Test
  void align_prefersTwoInOrderPairsToOneCrossingPairWithASmallerScore() {
    // a0~b2 = 0.95 crosses a1~b0 and a2~b1: 0.55 + 0.55 = 1.10 > 0.95
    double[][] score = {
      {0.0, 0.0, 0.95},
      {0.55, 0.0, 0.0},
      {0.0, 0.55, 0.0},
    };
    assertThat(pairs(MonotoneAligner.align(score, 0.5))).containsExactly(List.of(1, 0), List.of(2, 1));
  }

  @Test
  void align_prefersTheLargestTotalToTheMostPairs() {
    // a0~b2 = 0.99 alone beats a1~b0 + a2~b1 = 0.40 + 0.40 = 0.80
    double[][] score = {
      {0.0, 0.0, 0.99},
      {0.40, 0.0, 0.0},
      {0.0, 0.40, 0.0},
    };
    assertThat(pairs(MonotoneAligner.align(score, 0.38))).containsExactly(List.of(0, 2));
  }

  @Test
  void align_ofEqualTotals_keepsTheLaterOfTwoEqualMatchesForOneSentence() {
    // the traceback starts from the last sentences and takes a pair as soon as it can
    assertThat(pairs(MonotoneAligner.align(new double[][] {{0.6, 0.6}}, 0.5))).containsExactly(List.of(0, 1));
    assertThat(pairs(MonotoneAligner.align(new double[][] {{0.6}, {0.6}}, 0.5))).containsExactly(List.of(1, 0));
  }

  @Test
  void align_ofEqualCrossingPairs_keepsThePairWithTheLaterSentenceOfTheSecondArticle() {
    // 0.7 either way; the traceback skips a sentence of the first article before one of the second
    double[][] score = {{0.0, 0.7}, {0.7, 0.0}};
    for (int run = 0; run < 3; run++) {
      assertThat(pairs(MonotoneAligner.align(score, 0.5))).containsExactly(List.of(0, 1));
    }
  }

  @Test
  void align_ofNoSentences_isEmpty() {
    assertThat(MonotoneAligner.align(new double[0][0], 0.5)).isEmpty();
    assertThat(MonotoneAligner.align(new double[3][0], 0.5)).isEmpty();
  }

  @Test
  void align_ofNothingAboveTheThreshold_isEmpty() {
    assertThat(MonotoneAligner.align(new double[][] {{0.1, 0.2}, {0.3, 0.4}}, 0.5)).isEmpty();
  }

  @Test
  void align_findsTheLargestTotalOfEveryInOrderSet_onRandomMatrices() {
    long seed = 20_251_122L;
    Random random = new Random(seed);
    for (int trial = 0; trial < 500; trial++) {
      int m = 1 + random.nextInt(5);
      int n = 1 + random.nextInt(5);
      double[][] score = new double[m][n];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          score[i][j] = random.nextInt(4) == 0 ? -1 : Math.round(random.nextDouble() * 10) / 10.0;
        }
      }
      List<int[]> aligned = MonotoneAligner.align(score, 0.5);
      double total = 0;
      int lastI = -1;
      int lastJ = -1;
      for (int[] p : aligned) {
        assertThat(p[0]).as("seed %d trial %d: increasing", seed, trial).isGreaterThan(lastI);
        assertThat(p[1]).as("seed %d trial %d: increasing", seed, trial).isGreaterThan(lastJ);
        assertThat(score[p[0]][p[1]]).as("seed %d trial %d: above threshold", seed, trial).isGreaterThanOrEqualTo(0.5);
        lastI = p[0];
        lastJ = p[1];
        total += score[p[0]][p[1]];
      }
      assertThat(total).as("seed %d trial %d", seed, trial).isCloseTo(bruteForceBest(score, 0, 0, 0.5), within());
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  /** The best total of an in-order set of pairs among rows >= i and columns >= j, by trying all. */
  private static double bruteForceBest(double[][] score, int i, int j, double threshold) {
    double best = 0;
    for (int x = i; x < score.length; x++) {
      for (int y = j; y < score[x].length; y++) {
        if (score[x][y] >= threshold) {
          best = Math.max(best, score[x][y] + bruteForceBest(score, x + 1, y + 1, threshold));
        }
      }
    }
    return best;
  }
}
