package dev.stemma.relate;

/**
 * The measurements behind a relation, each in [0, 1].
 *
 * @param jaccard word 5-gram Jaccard similarity of the cleaned bodies
 * @param containment the share of the smaller body's 5-grams found in the larger
 * @param anchors weighted overlap of anchor tokens (names, numbers, dates, quoted and rare words)
 * @param content cosine similarity of content-word stem counts
 * @param coverageA the share of a's sentences aligned, in order, with b's
 * @param coverageB the share of b's sentences aligned with a's
 * @param aligned the number of aligned sentence pairs
 */
public record Scores(
    double jaccard, double containment, double anchors, double content, double coverageA, double coverageB, int aligned) {

  /**
   * How strongly the pair tells one story, in [0, 2]: the weighted anchor overlap plus the content
   * similarity. Each alone misses cases (long articles share a small share of many anchors; short
   * ones few words), and their sum separated WikiRef220's same-topic pairs from the rest better
   * than either (docs/evaluation.md).
   */
  public double story() {
    return anchors + content;
  }

  /** The larger coverage: how much of one article the other accounts for. */
  public double coverage() {
    return Math.max(coverageA, coverageB);
  }
}
