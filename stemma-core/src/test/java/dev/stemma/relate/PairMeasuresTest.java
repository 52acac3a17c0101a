package dev.stemma.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stemma.BridgeArticles;
import dev.stemma.prepare.PreparedArticle;
import org.junit.jupiter.api.Test;

class PairMeasuresTest {

  private static final PreparedArticle BASE = BridgeArticles.prepare("base", BridgeArticles.WIRE);

  /** An article whose anchors and content stems are the given hashes and weights. */
  private static PreparedArticle with(
      String id, long[] anchors, double[] anchorWeights, long[] stems, double[] stemWeights) {
    PreparedArticle b = BASE;
    return new PreparedArticle(
        dev.stemma.ingest.Article.of(id, b.article().text()), b.clean(), b.text(), b.bodyHash(), b.shingles(),
        b.shingleSignature(), anchors, b.anchorSignature(), anchorWeights, stems, stemWeights, b.profiles(),
        b.agencyCredit());
  }

  private static PreparedArticle anchors(String id, long[] terms, double[] weights) {
    return with(id, terms, weights, new long[0], new double[0]);
  }

  private static PreparedArticle content(String id, long[] stems, double[] weights) {
    return with(id, new long[0], new double[0], stems, weights);
  }

  @Test
  void anchors_workedArithmetic_sharedTermsWeighTheirLargerWeight() {
    // a: 1 (name, 1.0), 2 (name, 1.0), 3 (month, 0.4); b: 2 (quoted, 0.6), 3 (month, 0.4), 4 (number, 0.8)
    // shared: 2 -> max(1.0, 0.6) = 1.0, 3 -> 0.4; union: 1.0 + 1.0 + 0.4 + 0.8 = 3.2
    // => 1.4 / 3.2 = 0.4375
    PreparedArticle a = anchors("a", new long[] {1, 2, 3}, new double[] {1.0, 1.0, 0.4});
    PreparedArticle b = anchors("b", new long[] {2, 3, 4}, new double[] {0.6, 0.4, 0.8});
    assertThat(PairMeasures.anchors(a, b)).isCloseTo(0.4375, within(1e-12));
  }

  @Test
  void anchors_isSymmetric() {
    PreparedArticle a = anchors("a", new long[] {-7, 1, 2, 3}, new double[] {0.8, 1.0, 1.0, 0.4});
    PreparedArticle b = anchors("b", new long[] {2, 3, 4}, new double[] {0.6, 0.4, 0.8});
    assertThat(PairMeasures.anchors(a, b)).isEqualTo(PairMeasures.anchors(b, a));
  }

  @Test
  void anchors_isOneForTheSameAnchorsAndZeroForDisjointOnes() {
    PreparedArticle a = anchors("a", new long[] {1, 2}, new double[] {1.0, 0.4});
    PreparedArticle same = anchors("same", new long[] {1, 2}, new double[] {1.0, 0.4});
    PreparedArticle other = anchors("other", new long[] {3, 4}, new double[] {1.0, 0.4});
    assertThat(PairMeasures.anchors(a, same)).isEqualTo(1.0);
    assertThat(PairMeasures.anchors(a, other)).isZero();
  }

  @Test
  void anchors_ofArticlesWithoutAnchors_isZero() {
    PreparedArticle none = anchors("none", new long[0], new double[0]);
    assertThat(PairMeasures.anchors(none, none)).isZero();
  }

  @Test
  void content_workedArithmetic_isTheCosineOfTheWeightVectors() {
    // a: stem 1 -> 3, stem 2 -> 4 (norm 5); b: stem 2 -> 4, stem 5 -> 3 (norm 5)
    // dot: only stem 2 is shared, 4 * 4 = 16 => 16 / (5 * 5) = 0.64
    PreparedArticle a = content("a", new long[] {1, 2}, new double[] {3, 4});
    PreparedArticle b = content("b", new long[] {2, 5}, new double[] {4, 3});
    assertThat(PairMeasures.content(a, b)).isCloseTo(0.64, within(1e-12));
    assertThat(PairMeasures.content(b, a)).isEqualTo(PairMeasures.content(a, b));
  }

  @Test
  void content_isZeroForDisjointStemsAndForAnArticleWithoutContent() {
    PreparedArticle a = content("a", new long[] {1, 2}, new double[] {3, 4});
    PreparedArticle b = content("b", new long[] {3}, new double[] {2});
    PreparedArticle empty = content("empty", new long[0], new double[0]);
    assertThat(PairMeasures.content(a, b)).isZero();
    assertThat(PairMeasures.content(a, empty)).isZero();
  }

  @Test
  void content_ofAnArticleWithItself_isNeverAboveOne() {
    // the dot product and the product of the norms round differently: 1.0000000000000002 unclamped
    PreparedArticle football = BridgeArticles.prepare("football", BridgeArticles.UNRELATED);
    assertThat(PairMeasures.content(football, football)).isLessThanOrEqualTo(1.0).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void measures_ofRealArticles_areOneForTheSameBodyAndSymmetric() {
    PreparedArticle wire = BridgeArticles.prepare("wire", BridgeArticles.WIRE);
    PreparedArticle copy = BridgeArticles.prepare("copy", BridgeArticles.COPY_WITH_CHROME);
    PreparedArticle rewrite = BridgeArticles.prepare("rewrite", BridgeArticles.REWRITE);
    PreparedArticle football = BridgeArticles.prepare("football", BridgeArticles.UNRELATED);
    assertThat(PairMeasures.anchors(wire, copy)).isEqualTo(1.0);
    assertThat(PairMeasures.content(wire, copy)).isCloseTo(1.0, within(1e-12));
    assertThat(PairMeasures.anchors(wire, rewrite)).isEqualTo(PairMeasures.anchors(rewrite, wire)).isBetween(0.5, 1.0);
    assertThat(PairMeasures.content(wire, rewrite)).isEqualTo(PairMeasures.content(rewrite, wire)).isBetween(0.5, 1.0);
    assertThat(PairMeasures.anchors(wire, football)).isZero();
    assertThat(PairMeasures.content(wire, football)).isLessThan(0.05);
  }
}
