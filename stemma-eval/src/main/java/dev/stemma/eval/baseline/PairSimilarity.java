package dev.stemma.eval.baseline;

/**
 * A similarity of two texts. Contract: the value is in [0, 1], 1 for texts the measure cannot tell
 * apart; it is symmetric, {@code similarity(a, b) == similarity(b, a)}; and deterministic.
 */
public interface PairSimilarity {

  /** A short name for tables: {@code minhash-5gram}, {@code tfidf-cosine}. */
  String name();

  double similarity(String a, String b);
}
