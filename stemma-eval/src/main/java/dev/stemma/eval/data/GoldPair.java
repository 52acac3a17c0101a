package dev.stemma.eval.data;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A pair of articles with its gold relation, a graded same-story score, or both.
 *
 * @param a the first article's id
 * @param b the second article's id, different from {@code a}
 * @param relation the gold relation, or null when only a score is given
 * @param score a graded same-story score (any finite scale, for Pearson), or null
 * @param copiedFrom for a copy relation, the id of the member the other was derived from, when the
 *     gold knows it (the generated corpus does); null otherwise
 */
public record GoldPair(
    String a,
    String b,
    @Nullable Relation relation,
    @Nullable Double score,
    @Nullable String copiedFrom) {

  public GoldPair {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    if (a.equals(b)) {
      throw new IllegalArgumentException("A gold pair joins two articles, got " + a + " twice");
    }
    if (relation == null && score == null) {
      throw new IllegalArgumentException(
          "A gold pair needs a relation or a score, got neither for " + a + ", " + b);
    }
    if (score != null && !Double.isFinite(score)) {
      throw new IllegalArgumentException(
          "score must be finite, got " + score + " for " + a + ", " + b);
    }
    if (copiedFrom != null && !copiedFrom.equals(a) && !copiedFrom.equals(b)) {
      throw new IllegalArgumentException(
          "copiedFrom must be " + a + " or " + b + ", got " + copiedFrom);
    }
  }

  /** The pair's key with its ids in sorted order, so that (a, b) and (b, a) meet. */
  public String key() {
    return a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
  }
}
