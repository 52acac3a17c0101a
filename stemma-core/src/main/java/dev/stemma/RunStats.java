package dev.stemma;

import java.util.Map;

/**
 * Counts and timings of a run, for the summary and for benchmarks.
 *
 * @param inputs articles read plus inputs rejected
 * @param analysed articles analysed
 * @param skipped inputs skipped, with a reason each
 * @param passed inputs passed over on purpose, by reason
 * @param exactGroups groups of two or more articles with the same cleaned body
 * @param candidatePairs pairs proposed by the LSH indexes (among distinct bodies)
 * @param alignedPairs candidate pairs that were sentence-aligned
 * @param sentences sentences in all analysed articles
 * @param sentencesEmbedded sentences run through the embedding model
 * @param skippedBuckets LSH buckets too large to be informative, skipped
 * @param stageMillis wall time per stage, in order
 */
public record RunStats(
    long inputs,
    long analysed,
    long skipped,
    Map<String, Long> passed,
    long exactGroups,
    long candidatePairs,
    long alignedPairs,
    long sentences,
    long sentencesEmbedded,
    long skippedBuckets,
    Map<String, Long> stageMillis) {

  public RunStats {
    passed = Map.copyOf(passed);
    stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
  }
}
