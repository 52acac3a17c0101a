package dev.stemma.relate;

import static java.util.Objects.requireNonNull;

/**
 * One aligned sentence pair behind a relation, pointing into both original texts.
 *
 * @param aSentence the sentence's index in article a's cleaned body
 * @param bSentence the sentence's index in article b's cleaned body
 * @param aStart where the sentence starts in article a's original text
 * @param aEnd where it ends (exclusive)
 * @param bStart where the sentence starts in article b's original text
 * @param bEnd where it ends (exclusive)
 * @param similarity the sentence-match score in [0, 1]
 * @param match {@code verbatim} when the words are (nearly) the same, {@code reworded} otherwise
 */
public record Evidence(
    int aSentence, int bSentence, int aStart, int aEnd, int bStart, int bEnd, double similarity, String match) {

  public Evidence {
    requireNonNull(match, "match");
    if (aSentence < 0 || bSentence < 0) {
      throw new IllegalArgumentException("sentence indexes must be >= 0, got " + aSentence + " and " + bSentence);
    }
    if (!match.equals("verbatim") && !match.equals("reworded")) {
      throw new IllegalArgumentException("match must be 'verbatim' or 'reworded', got '" + match + "'");
    }
    if (aStart < 0 || aEnd < aStart || bStart < 0 || bEnd < bStart) {
      throw new IllegalArgumentException(
          "bad evidence spans a=[" + aStart + ", " + aEnd + ") b=[" + bStart + ", " + bEnd + ")");
    }
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity must be in [0, 1], got " + similarity);
    }
  }
}
