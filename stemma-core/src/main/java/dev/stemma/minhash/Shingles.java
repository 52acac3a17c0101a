package dev.stemma.minhash;

import java.util.Arrays;
import java.util.List;

/**
 * Word shingles: the set of hashes of every run of {@code size} consecutive tokens.
 *
 * <p>Word 5-grams are what text-dedup, datatrove and NeMo Curator shingle on; a shingle survives
 * copying only where five words in a row survive, which makes shingle sets blind to rewording but
 * exact on copies with small edits. A text shorter than {@code size} tokens is one shingle.
 */
public final class Shingles {

  private Shingles() {}

  /** The sorted, distinct shingle hashes of a token sequence. */
  public static long[] of(List<String> tokens, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("Shingle size must be at least 1, got " + size);
    }
    int n = tokens.size();
    if (n == 0) {
      return new long[0];
    }
    long[] tokenHashes = new long[n];
    for (int i = 0; i < n; i++) {
      tokenHashes[i] = Hashing.token(tokens.get(i));
    }
    int count = Math.max(1, n - size + 1);
    long[] shingles = new long[count];
    for (int start = 0; start < count; start++) {
      long h = size;
      for (int k = start; k < Math.min(n, start + size); k++) {
        h = Hashing.combine(h, tokenHashes[k]);
      }
      shingles[start] = h;
    }
    return distinctSorted(shingles);
  }

  /** The sorted, distinct hashes of a set of terms. */
  public static long[] ofTerms(Iterable<String> terms) {
    long[] hashes = new long[16];
    int n = 0;
    for (String t : terms) {
      if (n == hashes.length) {
        hashes = Arrays.copyOf(hashes, n * 2);
      }
      hashes[n++] = Hashing.token(t);
    }
    return distinctSorted(Arrays.copyOf(hashes, n));
  }

  static long[] distinctSorted(long[] values) {
    Arrays.sort(values);
    int w = 0;
    for (int i = 0; i < values.length; i++) {
      if (w == 0 || values[i] != values[w - 1]) {
        values[w++] = values[i];
      }
    }
    return w == values.length ? values : Arrays.copyOf(values, w);
  }

  /** The size of the intersection of two sorted distinct sets. */
  public static int intersection(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        common++;
        i++;
        j++;
      }
    }
    return common;
  }

  /**
   * The size of the intersection of two sorted distinct sets, or -1 as soon as it is certain to be
   * smaller than {@code atLeast}: the merge stops when the elements left in the shorter remainder
   * could no longer make up the difference.
   *
   * <p>Why: most candidate pairs in a large corpus share a few names and no 5-gram, and the judge
   * only needs to know that their overlap is below the near-duplicate bar. Two unrelated sets of
   * equal size and a bar of half of them stop about halfway.
   */
  public static int intersectionAtLeast(long[] a, long[] b, int atLeast) {
    int i = 0;
    int j = 0;
    int common = 0;
    if (Math.min(a.length, b.length) < atLeast) {
      return -1;
    }
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
        if (common + Math.min(a.length - i, b.length - j) < atLeast) {
          return -1;
        }
      } else if (a[i] > b[j]) {
        j++;
        if (common + Math.min(a.length - i, b.length - j) < atLeast) {
          return -1;
        }
      } else {
        common++;
        i++;
        j++;
      }
    }
    return common < atLeast ? -1 : common;
  }

  /** Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted distinct sets; 0 when both are empty. */
  public static double jaccard(long[] a, long[] b) {
    return jaccard(intersection(a, b), a.length, b.length);
  }

  /** Jaccard similarity of two sets of these sizes sharing {@code common} elements. */
  public static double jaccard(int common, int sizeA, int sizeB) {
    int union = sizeA + sizeB - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /** Containment |A ∩ B| / min(|A|, |B|): how much of the smaller set the larger one holds. */
  public static double containment(long[] a, long[] b) {
    return containment(intersection(a, b), a.length, b.length);
  }

  /** Containment of two sets of these sizes sharing {@code common} elements. */
  public static double containment(int common, int sizeA, int sizeB) {
    int smaller = Math.min(sizeA, sizeB);
    return smaller == 0 ? 0 : (double) common / smaller;
  }
}
