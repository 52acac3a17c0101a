package dev.stemma.align;

import dev.stemma.minhash.Shingles;

/**
 * The lexical side of the sentence-match decision: how much two sentences share in words, in
 * content, in word order and in numbers, each in [0, 1].
 *
 * @param words Jaccard similarity of the distinct words (1 for a verbatim copy)
 * @param content Dice coefficient of the content stems (what a paraphrase keeps)
 * @param contentOfShorter the share of the shorter sentence's content stems found in the other
 * @param bigrams Dice coefficient of consecutive content-stem pairs (kept word order)
 * @param numbersDisagree 1 when both sentences hold numbers and share none (a different fact)
 * @param lengthRatio the shorter sentence's length over the longer's, in words
 */
public record LexicalFeatures(
    double words, double content, double contentOfShorter, double bigrams, double numbersDisagree, double lengthRatio) {

  public static LexicalFeatures of(SentenceProfile a, SentenceProfile b) {
    int sharedContent = Shingles.intersection(a.content(), b.content());
    int contentTotal = a.content().length + b.content().length;
    int shorter = Math.min(a.content().length, b.content().length);
    int sharedBigrams = Shingles.intersection(a.bigrams(), b.bigrams());
    int bigramTotal = a.bigrams().length + b.bigrams().length;
    boolean numbersDisagree =
        a.numbers().length > 0 && b.numbers().length > 0 && Shingles.intersection(a.numbers(), b.numbers()) == 0;
    int longer = Math.max(a.length(), b.length());
    return new LexicalFeatures(
        Shingles.jaccard(a.words(), b.words()),
        contentTotal == 0 ? 0 : 2.0 * sharedContent / contentTotal,
        shorter == 0 ? 0 : (double) sharedContent / shorter,
        bigramTotal == 0 ? 0 : 2.0 * sharedBigrams / bigramTotal,
        numbersDisagree ? 1 : 0,
        longer == 0 ? 0 : (double) Math.min(a.length(), b.length()) / longer);
  }

  /** Shared content stems, counted: a paraphrase of a news sentence keeps at least a few. */
  public static int sharedContent(SentenceProfile a, SentenceProfile b) {
    return Shingles.intersection(a.content(), b.content());
  }
}
