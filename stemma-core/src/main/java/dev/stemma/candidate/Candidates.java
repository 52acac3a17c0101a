package dev.stemma.candidate;

import dev.stemma.minhash.CandidatePairs;
import dev.stemma.minhash.LshBands;
import dev.stemma.minhash.MinHasher;
import dev.stemma.prepare.PreparedArticle;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the pairs worth judging without comparing all pairs: two LSH indexes, one over word
 * 5-gram signatures (copies with small edits) and one over anchor-term signatures (rewrites and
 * reports of one event, which share names, numbers and dates but hardly any 5-gram).
 *
 * <h2>Parameters and their match-probability curves</h2>
 *
 * <p>Shingles: 126 MinHash values in 42 bands of 3 rows, P(J) = 1 - (1 - J^3)^42:
 *
 * <pre>
 *   J    0.1    0.2    0.3    0.4    0.5    0.6    0.8
 *   P  0.041  0.286  0.683  0.938  0.996  1.000  1.000
 * </pre>
 *
 * The near-duplicate verdict is J ≥ 0.5 or containment ≥ 0.8; a copy truncated to half its
 * length has J = 0.5 and is proposed with probability 0.996; one cut to 40% (J = 0.4), 0.938.
 *
 * <p>Anchors: 256 values in 128 bands of 2 rows, over an article's distinctive anchors (names,
 * rare words, numbers of two digits or more; months, weekdays and years recur everywhere and are
 * left out), P(J) = 1 - (1 - J^2)^128:
 *
 * <pre>
 *   J    0.03   0.05   0.1    0.15   0.2    0.3
 *   P  0.109  0.274  0.724  0.946  0.995  1.000
 * </pre>
 *
 * Rewrites keep most anchors (anchor Jaccard 0.4-0.7 on the seeds) and are certain to be
 * proposed; independent reports of one event share fewer, down to 0.05 for long articles on one
 * topic (WikiRef220's median), so the index is set loose and every proposal is measured cheaply
 * before any alignment. What it misses, the batch run recovers by judging the pairs that share a
 * related article. On the generated corpus of 10,000 articles this finds all copy pairs and 98% of
 * same-story pairs (docs/benchmarks.md).
 *
 * <p>Cost: building the keys is linear in the corpus; grouping sorts n·(42 + 128) keys; the pairs
 * come only from shared buckets, and buckets of more than {@link #MAX_BUCKET} articles are skipped
 * and counted (their band was made of the corpus's most common values).
 *
 * <h2>The bucket cap</h2>
 *
 * <p>An anchor band key is a pair of anchor values; in a corpus whose articles draw names and
 * places from a common pool (as news does) the articles holding a given pair grow with the corpus,
 * and so do the pairs a bucket proposes: the square of its size. A bucket of more than 50 articles
 * is skipped: its two values are common, not a sign of one story. Measured on the generated corpus
 * of 100,200 articles (300 arrivals, every key of each, against the other 100,199;
 * docs/benchmarks.md, "The bucket cap"): of the true pairs the index proposed, 98.2% came through a
 * bucket of at most 50 articles (1,055 of 1,074 same-story pairs, and every copy pair), while buckets of
 * 51 to 500 articles proposed 77% of all candidates and 45% of the wrong same-story verdicts.
 * Smaller corpora meet it less: at N = 10,000 it halves the candidate pairs (1.47 million to
 * 0.71 million), same-story precision goes from 0.812 to 0.832 and recall from 0.991 to 0.989,
 * copies are found as before; N = 1,000, WikiRef220 and the seeds give the same scores as with
 * the earlier cap of 500. A cap of 20 would cut candidates by another half and lose 0.7% more of
 * the true pairs.
 */
public final class Candidates {

  /** The seed of both hash families; fixed, so that keys are the same in every run and process. */
  public static final long SEED = MinHasher.DEFAULT_SEED;

  public static final LshBands SHINGLE_BANDS = new LshBands(42, 3);
  public static final LshBands ANCHOR_BANDS = new LshBands(128, 2);
  public static final int MAX_BUCKET = 50;

  private static final MinHasher SHINGLE_HASHER = new MinHasher(SHINGLE_BANDS.signatureSize(), SEED);
  private static final MinHasher ANCHOR_HASHER = new MinHasher(ANCHOR_BANDS.signatureSize(), SEED + 1);

  private Candidates() {}

  public static MinHasher shingleHasher() {
    return SHINGLE_HASHER;
  }

  public static MinHasher anchorHasher() {
    return ANCHOR_HASHER;
  }

  /** The LSH band keys of an article's shingle signature; none for an article without 5-grams. */
  public static long[] shingleKeys(PreparedArticle a) {
    return a.shingles().length == 0 ? new long[0] : SHINGLE_BANDS.keys(a.shingleSignature());
  }

  /** The LSH band keys of an article's anchor signature; none for an article without anchors. */
  public static long[] anchorKeys(PreparedArticle a) {
    return a.anchorTerms().length == 0 ? new long[0] : ANCHOR_BANDS.keys(a.anchorSignature());
  }

  /**
   * The candidate pairs among articles, as {@code (i << 32) | j} index pairs with i < j, sorted.
   *
   * @param shinglePairs how many came from the shingle index
   * @param anchorPairs how many came from the anchor index
   * @param skippedBuckets buckets too large to use
   */
  public record Found(long[] pairs, long shinglePairs, long anchorPairs, long skippedBuckets) {}

  public static Found find(List<PreparedArticle> articles) {
    long[][] shingleKeys = new long[articles.size()][];
    long[][] anchorKeys = new long[articles.size()][];
    for (int i = 0; i < articles.size(); i++) {
      shingleKeys[i] = shingleKeys(articles.get(i));
      anchorKeys[i] = anchorKeys(articles.get(i));
    }
    CandidatePairs.Result byShingles = CandidatePairs.find(shingleKeys, MAX_BUCKET);
    CandidatePairs.Result byAnchors = CandidatePairs.find(anchorKeys, MAX_BUCKET);
    long[] all = new long[byShingles.size() + byAnchors.size()];
    System.arraycopy(byShingles.pairs(), 0, all, 0, byShingles.size());
    System.arraycopy(byAnchors.pairs(), 0, all, byShingles.size(), byAnchors.size());
    Arrays.sort(all);
    int w = 0;
    for (int k = 0; k < all.length; k++) {
      if (w == 0 || all[k] != all[w - 1]) {
        all[w++] = all[k];
      }
    }
    return new Found(
        Arrays.copyOf(all, w),
        byShingles.size(),
        byAnchors.size(),
        (long) byShingles.skippedBuckets() + byAnchors.skippedBuckets());
  }
}
