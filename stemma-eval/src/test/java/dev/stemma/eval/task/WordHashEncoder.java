package dev.stemma.eval.task;

import dev.stemma.embed.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stand-in for the embedding model in unit tests: each lowercase word adds 1 to one of 64
 * dimensions (its hash), then the vector is L2-normalised, so the cosine of two sentences is a
 * bag-of-words cosine. Fast, deterministic, and it records every call, to test how the tasks batch.
 */
final class WordHashEncoder implements SentenceEncoder {

  static final int DIMENSION = 64;

  final List<List<String>> calls = new ArrayList<>();

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public float[][] encode(List<String> sentences) {
    calls.add(List.copyOf(sentences));
    float[][] out = new float[sentences.size()][];
    for (int i = 0; i < out.length; i++) {
      float[] v = new float[DIMENSION];
      for (String word : sentences.get(i).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
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
      out[i] = v;
    }
    return out;
  }

  /** Every sentence encoded, in order of the calls. */
  List<String> encoded() {
    return calls.stream().flatMap(List::stream).toList();
  }

  @Override
  public void close() {}
}
