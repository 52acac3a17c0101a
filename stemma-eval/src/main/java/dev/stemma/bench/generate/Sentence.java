package dev.stemma.bench.generate;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One sentence of a draft article.
 *
 * @param text the sentence as printed
 * @param rewrite for the source side of a human paraphrase pair, its paraphrase, filled with the
 *     same cast; null for a generated sentence
 * @param pair the paraphrase pair's index in the pool, or -1
 */
record Sentence(String text, @Nullable String rewrite, int pair) {

  Sentence {
    requireNonNull(text, "text");
    if ((rewrite == null) != (pair < 0)) {
      throw new IllegalArgumentException("A sentence has a rewrite exactly when it has a pair");
    }
  }

  static Sentence generated(String text) {
    return new Sentence(text, null, -1);
  }
}
