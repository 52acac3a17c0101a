package dev.stemma.eval.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringScoresTest {

  @Test
  void of_countsClustersAndWhereNoiseWent() {
    // items:     0    1    2    3    4     5     6     7
    List<String> gold = Arrays.asList("e1", "e1", "e1", "e2", "e2", null, null, null);
    List<String> pred = Arrays.asList("k1", "k1", null, "k2", "k2", "k2", null, "k3");
    ClusteringScores scores = ClusteringScores.of(gold, pred);

    assertThat(scores.items()).isEqualTo(8);
    assertThat(scores.goldClusters()).isEqualTo(2);
    assertThat(scores.foundClusters()).isEqualTo(2); // k1, k2; k3 holds one item
    // noise 5 merged into k2; noise 6 unclustered; noise 7 alone in k3
    assertThat(scores.noisePlacement()).isEqualTo(new NoisePlacement(3, 2, 1, 1));
    // on the clustered items only: gold e1 e1 e1 e2 e2, pred k1 k1 - k2 k2
    assertThat(scores.ariClusteredOnly())
        .isEqualTo(
            ClusterAgreement.adjustedRandIndex(
                List.of("e1", "e1", "e1", "e2", "e2"),
                Arrays.asList("k1", "k1", null, "k2", "k2")));
    assertThat(scores.ari()).isLessThan(scores.ariClusteredOnly());
  }
}
