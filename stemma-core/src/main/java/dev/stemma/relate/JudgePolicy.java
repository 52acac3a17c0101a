package dev.stemma.relate;

/**
 * The thresholds of the pair verdict, with the reasons for their values in {@link #DEFAULT}.
 *
 * @param nearJaccard word 5-gram Jaccard at or above which a pair is a near-duplicate
 * @param nearContainment 5-gram containment at or above which a pair is a near-duplicate (a
 *     truncated copy, a copy with paragraphs added)
 * @param minShingles the fewest 5-grams the smaller article needs for containment to count
 * @param rewriteCoverage the share of one article's sentences (weighted by length) that must align
 *     in order with the other's for a rewrite
 * @param rewriteMinAligned the fewest aligned sentence pairs for a rewrite
 * @param sameStoryAnchors weighted anchor similarity at or above which two articles tell the same
 *     story
 * @param sameStoryContent content cosine that, with half of {@code sameStoryAnchors}, also makes a
 *     same-story link
 * @param alignFloor pairs below both this anchor similarity and this content cosine are not
 *     aligned at all
 */
public record JudgePolicy(
    double nearJaccard,
    double nearContainment,
    int minShingles,
    double rewriteCoverage,
    int rewriteMinAligned,
    double sameStoryAnchors,
    double sameStoryContent,
    double alignFloor) {

  /** Tuned on shared/eval and the generated corpus; see docs/evaluation.md. */
  public static final JudgePolicy DEFAULT = new JudgePolicy(0.5, 0.8, 10, 0.5, 3, 0.2, 0.3, 0.1);
}
