package dev.stemma.align;

import dev.stemma.minhash.Hashing;
import dev.stemma.text.Token;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * What the aligner compares of one sentence, prepared once per article: sorted hash sets, so that
 * comparing two sentences is a few merges of small arrays and no string work.
 *
 * @param words the distinct normalised words, function words included (for verbatim copies)
 * @param content the distinct Porter stems of content words (what a paraphrase keeps)
 * @param bigrams the distinct pairs of consecutive content stems (word order)
 * @param numbers the distinct numbers
 * @param length the number of word tokens
 */
public record SentenceProfile(long[] words, long[] content, long[] bigrams, long[] numbers, int length)
    implements Serializable {

  public static SentenceProfile of(List<Token> tokens) {
    long[] words = new long[tokens.size()];
    long[] content = new long[tokens.size()];
    long[] numbers = new long[tokens.size()];
    long[] bigrams = new long[tokens.size()];
    int w = 0;
    int c = 0;
    int n = 0;
    int b = 0;
    long previous = 0;
    for (Token t : tokens) {
      words[w++] = Hashing.token(t.norm());
      if (t.number()) {
        numbers[n++] = Hashing.token(t.norm());
      }
      if (!t.stopword()) {
        long stem = Hashing.token(t.stem());
        content[c++] = stem;
        if (previous != 0) {
          bigrams[b++] = Hashing.combine(previous, stem);
        }
        previous = stem;
      }
    }
    return new SentenceProfile(
        distinct(words, w), distinct(content, c), distinct(bigrams, b), distinct(numbers, n), tokens.size());
  }

  private static long[] distinct(long[] values, int size) {
    long[] v = Arrays.copyOf(values, size);
    Arrays.sort(v);
    int k = 0;
    for (int i = 0; i < v.length; i++) {
      if (k == 0 || v[i] != v[k - 1]) {
        v[k++] = v[i];
      }
    }
    return Arrays.copyOf(v, k);
  }
}
