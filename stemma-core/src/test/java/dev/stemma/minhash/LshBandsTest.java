package dev.stemma.minhash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LshBandsTest {

  @Test
  void probability_followsOneMinusOneMinusSToTheRowsToTheBands() {
    LshBands two = new LshBands(2, 2);
    // s = 0.5: s^2 = 0.25, 1 - 0.25 = 0.75, 0.75^2 = 0.5625, P = 1 - 0.5625 = 0.4375
    assertThat(two.probability(0.5)).isEqualTo(0.4375);
    // s = 0.8 with 4 bands of 3: 0.8^3 = 0.512, 1 - 0.512 = 0.488, 0.488^4 = 0.056712564736,
    // P = 0.943287435264
    assertThat(new LshBands(4, 3).probability(0.8)).isCloseTo(0.943287435264, within(1e-12));
    assertThat(two.probability(0)).isZero();
    assertThat(two.probability(1)).isEqualTo(1.0);
  }

  @Test
  void probability_risesWithSimilarity() {
    LshBands bands = new LshBands(42, 3);
    double last = -1;
    for (int pct = 0; pct <= 100; pct++) {
      double p = bands.probability(pct / 100.0);
      assertThat(p).isGreaterThanOrEqualTo(last);
      last = p;
    }
  }

  @Test
  void threshold_isOneOverBandsToTheOneOverRows() {
    // (1/16)^(1/4) = 0.5
    assertThat(new LshBands(16, 4).threshold()).isCloseTo(0.5, within(1e-12));
    assertThat(new LshBands(16, 4).signatureSize()).isEqualTo(64);
  }

  @Test
  void constructor_needsOneBandOfOneRow() {
    assertThatThrownBy(() -> new LshBands(0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LSH needs at least one band of one row, got 0 bands of 3 rows");
    assertThatThrownBy(() -> new LshBands(4, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LSH needs at least one band of one row, got 4 bands of 0 rows");
  }

  @Test
  void keys_ofASignatureOfTheWrongSize_areRejected() {
    assertThatThrownBy(() -> new LshBands(2, 4).keys(new long[7]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("signature has 7 values, but 2 bands of 4 rows need 8");
  }

  @Test
  void keys_oneAChangeInABandChangesOnlyThatBandsKey() {
    LshBands bands = new LshBands(3, 2);
    long[] sig = {1, 2, 3, 4, 5, 6};
    long[] changed = sig.clone();
    changed[3] = 40; // band 1 holds positions 2 and 3
    long[] a = bands.keys(sig);
    long[] b = bands.keys(changed);
    assertThat(a).hasSize(3);
    assertThat(b[0]).isEqualTo(a[0]);
    assertThat(b[1]).isNotEqualTo(a[1]);
    assertThat(b[2]).isEqualTo(a[2]);
  }

  @Test
  void keys_ofEqualValuesInDifferentBands_differ() {
    // the band's index is hashed in, so band 0 of one item never meets band 1 of another
    long[] keys = new LshBands(2, 2).keys(new long[] {7, 8, 7, 8});
    assertThat(keys[0]).isNotEqualTo(keys[1]);
  }

  @Test
  void candidates_shareOfPairsSharingABand_isTheProbability() {
    long seed = Long.getLong("tests.seed", 0x15B5L);
    System.out.printf("LshBandsTest seed: 0x%X (rerun with -Dtests.seed=%d)%n", seed, seed);
    SplittableRandom random = new SplittableRandom(seed);
    LshBands bands = new LshBands(16, 4);
    MinHasher hasher = new MinHasher(bands.signatureSize(), random.nextLong());
    // sets of 150 shared and 50 + 100 own elements: J = 150 / 300 = 0.5, P = 1 - (1 - 0.5^4)^16 = 0.6439...
    double p = bands.probability(0.5);
    int pairs = 400;
    int candidates = 0;
    for (int t = 0; t < pairs; t++) {
      long[] a = new long[200];
      long[] b = new long[250];
      for (int i = 0; i < 150; i++) {
        a[i] = b[i] = random.nextLong();
      }
      for (int i = 150; i < 200; i++) {
        a[i] = random.nextLong();
      }
      for (int i = 150; i < 250; i++) {
        b[i] = random.nextLong();
      }
      long[] ka = bands.keys(hasher.signature(a));
      long[] kb = bands.keys(hasher.signature(b));
      for (int band = 0; band < ka.length; band++) {
        if (ka[band] == kb[band]) {
          candidates++;
          break;
        }
      }
    }
    double standardError = Math.sqrt(p * (1 - p) / pairs); // about 0.024
    assertThat((double) candidates / pairs).isCloseTo(p, within(4 * standardError));
  }

  @Test
  void curve_tabulatesTheProbabilityForJFromPointOneToOne() {
    String[] lines = new LshBands(2, 2).curve().split(System.lineSeparator());
    assertThat(lines).hasSize(11);
    assertThat(lines[0]).isEqualTo("2 bands x 2 rows");
    // J = 0.5: 0.4375 printed to three places
    assertThat(lines[5]).isEqualTo("  J=0.5  P=0.438");
    assertThat(lines[10]).isEqualTo("  J=1.0  P=1.000");
  }
}
