package dev.stemma.eval.data;

import static java.util.Objects.requireNonNull;

/**
 * Two sentences and a graded similarity (STS: 0 unrelated ... 5 same meaning).
 *
 * @param id the file name and line ({@code 2013_headlines.test:12})
 * @param first the first sentence
 * @param second the second sentence
 * @param score the gold score, a finite number
 */
public record GradedPair(String id, String first, String second, double score) {

  public GradedPair {
    requireNonNull(id, "id");
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("score must be finite, got " + score + " for " + id);
    }
  }
}
