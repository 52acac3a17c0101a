package dev.stemma.align;

/**
 * Two sentences aligned with each other.
 *
 * @param a the sentence's index in the first article
 * @param b the sentence's index in the second article
 * @param similarity the sentence-match probability in [0, 1]
 * @param verbatim whether the words are (nearly) the same, rather than reworded
 */
public record AlignedPair(int a, int b, double similarity, boolean verbatim) {

  public AlignedPair {
    if (a < 0 || b < 0) {
      throw new IllegalArgumentException("sentence indexes must be >= 0, got " + a + " and " + b);
    }
  }
}
