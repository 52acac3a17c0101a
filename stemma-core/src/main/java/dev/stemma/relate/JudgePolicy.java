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
 * @param rewriteMeanCoverage the mean of both articles' shares that also makes a rewrite: a whole
 *     article reworded covers both sides well, where an excerpt covers one side much
 * @param rewriteMinAligned the fewest aligned sentence pairs for a rewrite
 * @param sameStoryDays two dated articles published further apart than this many days are not
 *     reports of the same story, however much they share (copies have no such limit)
 * @param sameStory the least story score (anchor overlap plus content similarity, see {@link
 *     Scores#story()}) of two articles telling the same story; pairs below it are unrelated
 */
public record JudgePolicy(
    double nearJaccard,
    double nearContainment,
    int minShingles,
    double rewriteContent,
    double rewriteCoverage,
    double rewriteMeanCoverage,
    int rewriteMinAligned,
    double sameStory,
    int sameStoryDays) {

  /**
   * Near-duplicates: J ≥ 0.3 or containment ≥ 0.6. On the generated corpus (N = 1,000) near-
   * duplicates (edits, truncation, paragraphs added or removed) score J ≥ 0.30 and containment
   * ≥ 0.63, rewrites J ≤ 0.25 and containment ≤ 0.57; the seeds' rewrites score J 0.02-0.05.
   * Rewrites: content ≥ 0.3 before any alignment (generated rewrites score ≥ 0.33, the seeds'
   * 0.57-0.69), then half of one article aligned, or 40% of both on average (generated rewrites:
   * 5th percentile of coverage 0.41), and at least three sentences; a same-topic WikiRef220 pair
   * built on the same quotes (coverage 0.44 and 0.20) stays a same-story pair. Same story: story
   * score ≥ 0.2, where WikiRef220 clusters best (ARI 0.88) and which no pair of unrelated example
   * articles reaches (at most 0.16, for a soccer report sharing the bridge story's city). Reports
   * of an event come within days (the generated corpus: all same-story pairs within 5.5 days);
   * beyond 14 days, two dated articles about the same people are different stories.
   */
  public static final JudgePolicy DEFAULT = new JudgePolicy(0.3, 0.6, 10, 0.3, 0.5, 0.4, 3, 0.2, 14);

  public JudgePolicy {
    requireUnit("nearJaccard", nearJaccard);
    requireUnit("nearContainment", nearContainment);
    requireUnit("rewriteContent", rewriteContent);
    requireUnit("rewriteCoverage", rewriteCoverage);
    requireUnit("rewriteMeanCoverage", rewriteMeanCoverage);
    if (!(sameStory >= 0 && sameStory <= 2)) {
      throw new IllegalArgumentException("sameStory must be in [0, 2], got " + sameStory);
    }
    if (sameStoryDays < 0) {
      throw new IllegalArgumentException("sameStoryDays must be >= 0, got " + sameStoryDays);
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
