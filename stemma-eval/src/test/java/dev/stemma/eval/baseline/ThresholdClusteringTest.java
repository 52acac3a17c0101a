package dev.stemma.eval.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThresholdClusteringTest {

  @Test
  void crossValidate_recoversWellSeparatedEventsAndLeavesNoiseAlone() {
    // three events of 10 articles (similarity 0.6-0.9 inside, 0-0.2 across) and 6 noise articles
    Random random = new Random(5);
    List<String> gold = new ArrayList<>();
    for (int e = 0; e < 3; e++) {
      for (int i = 0; i < 10; i++) {
        gold.add("event" + e);
      }
    }
    for (int i = 0; i < 6; i++) {
      gold.add(null);
    }
    int n = gold.size();
    double[][] s = new double[n][n];
    for (int i = 0; i < n; i++) {
      s[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        boolean same = gold.get(i) != null && gold.get(i).equals(gold.get(j));
        s[i][j] = s[j][i] = same ? 0.6 + 0.3 * random.nextDouble() : 0.2 * random.nextDouble();
      }
    }

    ThresholdClustering.Result result = ThresholdClustering.crossValidate("test", s, gold, 3, 9);

    assertThat(result.inSample().ari()).isEqualTo(1.0);
    assertThat(result.meanFoldAri()).isEqualTo(1.0);
    assertThat(result.finalThreshold()).isBetween(0.2, 0.6);
    assertThat(result.inSample().noisePlacement().noiseLeftAlone()).isEqualTo(6);
    assertThat(result.inSample().foundClusters()).isEqualTo(3);
  }
}
