package dev.stemma.relate;

import dev.stemma.prepare.PreparedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stand-in for the embedding model: each lowercase word of a sentence adds 1 to one of 256
 * dimensions (its hash), then the vector is L2-normalised, so that the cosine of two sentences is
 * a bag-of-words cosine. Deterministic, fast, and it records every sentence asked for.
 */
final class WordHashVectors implements PairJudge.Vectors {

  static final int DIMENSION = 256;

  /** Every request, as {@code id#sentence}. */
  final List<String> requests = new ArrayList<>();

  @Override
  public float[] vector(PreparedArticle article, int sentence) {
    requests.add(article.id() + "#" + sentence);
    return of(article.text().sentenceText(sentence));
  }

  static float[] of(String text) {
    float[] v = new float[DIMENSION];
    for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!word.isEmpty()) {
        v[Math.floorMod(word.hashCode(), DIMENSION)] += 1;
      }
    }
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    for (int d = 0; d < DIMENSION; d++) {
      v[d] = norm == 0 ? 0 : (float) (v[d] / Math.sqrt(norm));
    }
    return v;
  }
}
