package dev.stemma.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Order-aware sentence alignment: the set of sentence pairs, each above the match threshold, with
 * both sides in increasing order, that has the largest total match score.
 *
 * <p>This is the dynamic programme of global sequence alignment (Needleman &amp; Wunsch 1970) with
 * free gaps and only above-threshold matches allowed, in O(m·n) time and space for m and n
 * sentences. Monotone because copying keeps the order of a story: a rewriter paraphrases sentence
 * by sentence and may drop or add some, but seldom shuffles them; an independent report that
 * happens to say a few similar things says them in its own order, so in-order matches are far
 * stronger evidence of copying than the same number of matches in any order. A sentence that was
 * moved is lost from the alignment; that costs a little coverage, never a false link.
 */
public final class MonotoneAligner {

  private MonotoneAligner() {}

  /**
   * Aligns two articles' sentences.
   *
   * @param score {@code score[i][j]}: the match probability of sentence i of the first article and
   *     j of the second, or a negative value where the pair cannot match
   * @param threshold the least probability that counts as a match
   * @return the aligned pairs in order. Of alignments with the same total, the same one is
   *     returned every time: tracing back from the last sentences, a pair is taken where it can
   *     be, else a sentence of the first article is skipped before one of the second; so of two
   *     equal matches for one sentence, the later is kept.
   */
  public static List<int[]> align(double[][] score, double threshold) {
    int m = score.length;
    int n = m == 0 ? 0 : score[0].length;
    double[][] best = new double[m + 1][n + 1];
    for (int i = 1; i <= m; i++) {
      for (int j = 1; j <= n; j++) {
        double skip = Math.max(best[i - 1][j], best[i][j - 1]);
        double s = score[i - 1][j - 1];
        double take = s >= threshold ? best[i - 1][j - 1] + s : Double.NEGATIVE_INFINITY;
        best[i][j] = Math.max(skip, take);
      }
    }
    List<int[]> pairs = new ArrayList<>();
    int i = m;
    int j = n;
    while (i > 0 && j > 0) {
      double s = score[i - 1][j - 1];
      if (s >= threshold && best[i][j] == best[i - 1][j - 1] + s) {
        pairs.add(new int[] {i - 1, j - 1});
        i--;
        j--;
      } else if (best[i][j] == best[i - 1][j]) {
        i--;
      } else {
        j--;
      }
    }
    Collections.reverse(pairs);
    return pairs;
  }
}
