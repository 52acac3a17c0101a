package dev.stemma.relate;

import dev.stemma.prepare.PreparedArticle;

/**
 * Whole-article measures of a pair that need no alignment: cheap enough to run on every candidate
 * pair before deciding which deserve a sentence alignment.
 */
public final class PairMeasures {

  private PairMeasures() {}

  /**
   * Weighted Jaccard similarity of the anchor sets: the weight of the shared anchors over the
   * weight of all anchors of either article. Names and rare words weigh most (see {@code
   * Preparer.weight}); two reports of one event share their people, places and dates.
   */
  public static double anchors(PreparedArticle a, PreparedArticle b) {
    long[] ta = a.anchorTerms();
    long[] tb = b.anchorTerms();
    double[] wa = a.anchorWeights();
    double[] wb = b.anchorWeights();
    double shared = 0;
    double union = 0;
    int i = 0;
    int j = 0;
    while (i < ta.length || j < tb.length) {
      if (j >= tb.length || (i < ta.length && ta[i] < tb[j])) {
        union += wa[i++];
      } else if (i >= ta.length || tb[j] < ta[i]) {
        union += wb[j++];
      } else {
        double w = Math.max(wa[i], wb[j]);
        shared += w;
        union += w;
        i++;
        j++;
      }
    }
    return union == 0 ? 0 : shared / union;
  }

  /**
   * Cosine similarity of the content-stem vectors, each stem weighted by its count and its rarity
   * (see {@code Preparer.rarity}): what two articles say in common, with common words counting
   * little.
   */
  public static double content(PreparedArticle a, PreparedArticle b) {
    long[] sa = a.contentStems();
    long[] sb = b.contentStems();
    double[] wa = a.contentWeights();
    double[] wb = b.contentWeights();
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < sa.length && j < sb.length) {
      if (sa[i] < sb[j]) {
        i++;
      } else if (sa[i] > sb[j]) {
        j++;
      } else {
        dot += wa[i++] * wb[j++];
      }
    }
    double na = norm(wa);
    double nb = norm(wb);
    // the dot product and the norms round differently: an article with itself can give 1 + 2^-52
    return na == 0 || nb == 0 ? 0 : Math.min(1, dot / (na * nb));
  }

  private static double norm(double[] weights) {
    double s = 0;
    for (double w : weights) {
      s += w * w;
    }
    return Math.sqrt(s);
  }
}
