package dev.stemma.eval.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterAgreementTest {

  // gold a a a b b b; predicted x x y y z z
  // contingency: (a,x) 2, (a,y) 1, (b,y) 1, (b,z) 2; rows 3 3; columns 2 2 2; n = 6
  static final List<String> GOLD = List.of("a", "a", "a", "b", "b", "b");
  static final List<String> PRED = List.of("x", "x", "y", "y", "z", "z");

  @Test
  void adjustedRandIndex_ofAKnownPartitionPair() {
    // index = C(2,2)+C(1,2)+C(1,2)+C(2,2) = 2; rows C(3,2)*2 = 6; columns C(2,2)*3 = 3
    // expected = 6 * 3 / C(6,2) = 18 / 15 = 1.2; max = (6 + 3) / 2 = 4.5
    // ARI = (2 - 1.2) / (4.5 - 1.2) = 0.8 / 3.3 = 0.242424...
    assertThat(ClusterAgreement.adjustedRandIndex(GOLD, PRED)).isCloseTo(0.8 / 3.3, within(1e-12));
  }

  @Test
  void normalizedMutualInformation_ofAKnownPartitionPair() {
    // H(gold) = ln 2; H(pred) = ln 3; I = 2 * (2/6) ln(6*2 / (3*2)) = (2/3) ln 2
    // NMI = I / ((ln 2 + ln 3) / 2) = 0.515804
    double expected = (2.0 / 3 * Math.log(2)) / ((Math.log(2) + Math.log(3)) / 2);
    assertThat(ClusterAgreement.normalizedMutualInformation(GOLD, PRED))
        .isCloseTo(expected, within(1e-12));
    assertThat(expected).isCloseTo(0.515804, within(1e-6));
  }

  @Test
  void bcubed_ofAKnownPartitionPair() {
    // precision per item: x: 2/2, 2/2; y: 1/2, 1/2; z: 2/2, 2/2 -> 5/6
    // recall per item: a in x: 2/3, 2/3; a in y: 1/3; b in y: 1/3; b in z: 2/3, 2/3 -> 10/18
    ClusterAgreement.BCubed b = ClusterAgreement.bcubed(GOLD, PRED);
    assertThat(b.precision()).isCloseTo(5 / 6.0, within(1e-12));
    assertThat(b.recall()).isCloseTo(10 / 18.0, within(1e-12));
    assertThat(b.f1()).isCloseTo(2 / 3.0, within(1e-12)); // 2 * (5/6)(5/9) / (5/6 + 5/9)
  }

  @Test
  void identicalPartitions_scoreOneWhateverTheLabels() {
    List<String> renamed = List.of("q", "q", "q", "r", "r", "r");
    assertThat(ClusterAgreement.adjustedRandIndex(GOLD, renamed)).isEqualTo(1.0);
    assertThat(ClusterAgreement.normalizedMutualInformation(GOLD, renamed))
        .isCloseTo(1.0, within(1e-12));
    assertThat(ClusterAgreement.bcubed(GOLD, renamed).f1()).isEqualTo(1.0);
  }

  @Test
  void nullLabels_areEachAClusterOfOne() {
    List<String> gold = Arrays.asList("a", "a", null, null);
    List<String> allAlone = Arrays.asList(null, null, null, null);
    List<String> right = Arrays.asList("k", "k", null, null);
    assertThat(ClusterAgreement.adjustedRandIndex(gold, right)).isEqualTo(1.0);
    // leaving everything alone: index 0; rows C(2,2) = 1; columns 0; expected 0; max 0.5 -> 0
    assertThat(ClusterAgreement.adjustedRandIndex(gold, allAlone)).isEqualTo(0.0);
  }

  @Test
  void allInOneCluster_againstAllApart_scoresZero() {
    List<String> one = List.of("a", "a", "a", "a");
    List<Integer> apart = List.of(1, 2, 3, 4);
    // index 0; rows C(4,2) = 6; columns 0; expected 0; max 3 -> 0
    assertThat(ClusterAgreement.adjustedRandIndex(one, apart)).isEqualTo(0.0);
    // one cluster against singletons: precision 1, recall 1/4
    ClusterAgreement.BCubed b = ClusterAgreement.bcubed(one, apart);
    assertThat(b.precision()).isEqualTo(1.0);
    assertThat(b.recall()).isEqualTo(0.25);
  }
}
