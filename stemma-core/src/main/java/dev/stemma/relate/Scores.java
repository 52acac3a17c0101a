package dev.stemma.relate;

/**
 * The measurements behind a relation, each in [0, 1].
 *
 * @param jaccard word 5-gram Jaccard similarity of the cleaned bodies
 * @param containment the share of the smaller body's 5-grams found in the larger
 * @param anchors weighted overlap of anchor tokens (names, numbers, dates, quoted and rare words)
 * @param content cosine similarity of content-word stem counts
 * @param coverageA the share of a's words that lie in sentences aligned, in order, with b's
 * @param coverageB the share of b's words that lie in sentences aligned with a's
 * @param aligned the number of aligned sentence pairs
 */
public record Scores(
    double jaccard, double containment, double anchors, double content, double coverageA, double coverageB, int aligned) {

  public Scores {
    requireUnit("jaccard", jaccard);
    requireUnit("containment", containment);
    requireUnit("anchors", anchors);
    requireUnit("content", content);
    requireUnit("coverageA", coverageA);
    requireUnit("coverageB", coverageB);
    if (aligned < 0) {
      throw new IllegalArgumentException("aligned must be >= 0, got " + aligned);
    }
  }

  private static void requireUnit(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
    }
  }

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
