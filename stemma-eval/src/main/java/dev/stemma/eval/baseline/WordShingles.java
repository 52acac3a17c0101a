package dev.stemma.eval.baseline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Word n-gram shingles, the unit the deduplication tools compare.
 *
 * <p>A text of fewer than n words (common for sentences and headlines, where n = 5) gives its whole
 * word sequence as its one shingle, as text-dedup's {@code ngrams} does: otherwise a short sentence
 * would have no shingle and could match nothing, not even itself. A text without words has no
 * shingles.
 */
public final class WordShingles {

  /** The n of the standard tools: text-dedup, datatrove and NeMo Curator default to 5. */
  public static final int STANDARD_N = 5;

  private WordShingles() {}

  /**
   * The distinct shingles of {@code tokens}, words joined by a space, in order of first appearance.
   */
  public static Set<String> of(List<String> tokens, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("Shingle size must be >= 1, got " + n);
    }
    Set<String> shingles = new LinkedHashSet<>();
    if (tokens.isEmpty()) {
      return shingles;
    }
    if (tokens.size() < n) {
      shingles.add(String.join(" ", tokens));
      return shingles;
    }
    for (int i = 0; i + n <= tokens.size(); i++) {
      shingles.add(String.join(" ", tokens.subList(i, i + n)));
    }
    return shingles;
  }

  /** The exact Jaccard similarity |A and B| / |A or B|; 0 when either set is empty. */
  public static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int common = 0;
    for (String shingle : small) {
      if (large.contains(shingle)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }
}
