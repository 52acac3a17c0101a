package dev.stemma.eval.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AverageLinkageTest {

  @Test
  void cluster_mergesAtTheMeanCrossSimilarity() {
    // 0-1 at 0.9; then {0,1} with 2 at mean(0.6, 0.4) = 0.5; 3 joins {0,1,2} at mean(0.1,0.1,0.4) =
    // 0.2
    double[][] s = {
      {1, 0.9, 0.6, 0.1},
      {0.9, 1, 0.4, 0.1},
      {0.6, 0.4, 1, 0.4},
      {0.1, 0.1, 0.4, 1},
    };
    Dendrogram d = AverageLinkage.cluster(s);

    assertThat(d.merges()).hasSize(3);
    assertThat(d.merges().get(0).similarity()).isEqualTo(0.9);
    assertThat(d.merges().get(1).similarity()).isCloseTo(0.5, within(1e-12));
    assertThat(d.merges().get(2).similarity()).isCloseTo(0.2, within(1e-12));
    assertThat(d.cut(0.7)).containsExactly(0, 0, 2, 3);
    assertThat(d.cut(0.45)).containsExactly(0, 0, 0, 3);
    assertThat(d.cut(0.1)).containsExactly(0, 0, 0, 0);
    assertThat(Dendrogram.labels(d.cut(0.7))).containsExactly(0, 0, null, null);
  }

  @Test
  void cluster_findsTheSameMergeLevelsAsTheNaiveAlgorithm() {
    Random random = new Random(11);
    for (int trial = 0; trial < 20; trial++) {
      int n = 2 + random.nextInt(30);
      double[][] s = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          s[i][j] = s[j][i] = random.nextDouble();
        }
      }
      List<Double> fast =
          AverageLinkage.cluster(s).merges().stream().map(Dendrogram.Merge::similarity).toList();
      List<Double> naive = naiveLevels(s);
      assertThat(fast).hasSameSizeAs(naive);
      for (int k = 0; k < fast.size(); k++) {
        assertThat(fast.get(k)).isCloseTo(naive.get(k), within(1e-9));
      }
    }
  }

  /**
   * O(n^3) average linkage from its definition: merge the pair of clusters of highest mean
   * similarity.
   */
  static List<Double> naiveLevels(double[][] s) {
    List<List<Integer>> clusters = new ArrayList<>();
    for (int i = 0; i < s.length; i++) {
      clusters.add(new ArrayList<>(List.of(i)));
    }
    List<Double> levels = new ArrayList<>();
    while (clusters.size() > 1) {
      double best = Double.NEGATIVE_INFINITY;
      int bx = -1;
      int by = -1;
      for (int x = 0; x < clusters.size(); x++) {
        for (int y = x + 1; y < clusters.size(); y++) {
          double sum = 0;
          for (int i : clusters.get(x)) {
            for (int j : clusters.get(y)) {
              sum += s[i][j];
            }
          }
          double mean = sum / (clusters.get(x).size() * clusters.get(y).size());
          if (mean > best) {
            best = mean;
            bx = x;
            by = y;
          }
        }
      }
      clusters.get(bx).addAll(clusters.remove(by));
      levels.add(best);
    }
    levels.sort((a, b) -> Double.compare(b, a));
    return levels;
  }
}
