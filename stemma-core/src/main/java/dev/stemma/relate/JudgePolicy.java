package dev.stemma.relate;

/**
 * The thresholds of the pair verdict. {@link #DEFAULT} holds the values tuned on shared/eval,
 * the example corpus and the generated corpus, with the figures in docs/evaluation.md.
 *
 * @param nearJaccard word 5-gram Jaccard at or above which a pair is a near-duplicate
 * @param nearContainment 5-gram containment at or above which a pair is a near-duplicate (a
 *     truncated copy, a copy with paragraphs added)
 * @param minShingles the fewest 5-grams the smaller article needs for containment to count
 * @param rewriteContent the least content similarity of a rewrite: a reworded copy keeps most of
 *     what its source says, so pairs below it are never aligned sentence by sentence
 * @param rewriteCoverage the share of one article's words, in sentences aligned in order with the
 *     other's, that makes a rewrite
 * @param rewriteMinAligned the fewest aligned sentence pairs for a rewrite
 * @param sameStory the least story score (anchor overlap plus content similarity, see {@link
 *     Scores#story()}) of two articles telling the same story; pairs below it are unrelated
 */
public record JudgePolicy(
    double nearJaccard,
    double nearContainment,
    int minShingles,
    double rewriteContent,
    double rewriteCoverage,
    int rewriteMinAligned,
    double sameStory) {

  /**
   * Near-duplicates: J ≥ 0.5 (a few edits in every paragraph still leave half the 5-grams) or
   * containment ≥ 0.8 (a truncated copy). Rewrites: content ≥ 0.4 (the seeds' rewrites score
   * 0.57-0.69, independent reports of the same event 0.41-0.47, same-topic WikiRef220 articles at
   * most 0.47 in 99% of pairs), half of one article aligned, at least three sentences. Same story:
   * story score ≥ 0.2, where WikiRef220 clusters best (ARI 0.89) and which no pair of unrelated
   * example articles reaches (at most 0.16, for a soccer report sharing the bridge story's city).
   */
  public static final JudgePolicy DEFAULT = new JudgePolicy(0.5, 0.8, 10, 0.4, 0.5, 3, 0.2);

  public JudgePolicy {
    requireUnit("nearJaccard", nearJaccard);
    requireUnit("nearContainment", nearContainment);
    requireUnit("rewriteContent", rewriteContent);
    requireUnit("rewriteCoverage", rewriteCoverage);
    if (!(sameStory >= 0 && sameStory <= 2)) {
      throw new IllegalArgumentException("sameStory must be in [0, 2], got " + sameStory);
    }
    if (minShingles < 1 || rewriteMinAligned < 1) {
      throw new IllegalArgumentException(
          "minShingles and rewriteMinAligned must be at least 1, got " + minShingles + " and " + rewriteMinAligned);
    }
  }

  private static void requireUnit(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
    }
  }
}
