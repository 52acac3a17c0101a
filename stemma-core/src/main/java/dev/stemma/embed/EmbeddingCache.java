package dev.stemma.embed;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the vector of each sentence text, so that a sentence is embedded once however many
 * pairs need it.
 *
 * <p>Why the key is the sentence text, not an article id and a sentence index: copies share
 * sentences word for word, so a text key embeds a copied sentence once for all its copies, and
 * identical texts always get the identical vector. With a batching encoder whose output moves with
 * the batch (up to 0.05 in a pair's cosine for {@link OnnxEncoder}), that is what keeps two
 * copies of a sentence at cosine 1 wherever they were first met. The text itself is the key (no
 * hash digest), so two texts never collide.
 *
 * <p>Why bounded: a run may stream any number of articles, and an entry costs about 1.8 KB (384
 * floats plus the key), so an unbounded map would grow with the corpus. Reuse is local (an article
 * meets its candidates close together), so least-recently-used eviction keeps what is needed;
 * {@link #DEFAULT_MAX_SENTENCES} entries take about 180 MB. A sentence that was evicted and is
 * asked for again is encoded again, and with a batching encoder may then differ slightly from its
 * first vector.
 *
 * <p>Thread-safe. The encoder runs outside the lock, so two threads may encode the same new text
 * at once; the first vector stored wins and both get it.
 */
public final class EmbeddingCache {

  /** Enough for the sentences of several thousand news articles. */
  public static final int DEFAULT_MAX_SENTENCES = 100_000;

  private final SentenceEncoder encoder;
  private final int maxSentences;
  private final LinkedHashMap<String, float[]> vectors;
  private long hits;
  private long misses;

  /**
   * A cache in front of {@code encoder}, which it does not close.
   *
   * @param maxSentences how many vectors to keep, at least 1
   */
  public EmbeddingCache(SentenceEncoder encoder, int maxSentences) {
    this.encoder = requireNonNull(encoder, "encoder");
    if (maxSentences < 1) {
      throw new IllegalArgumentException("maxSentences must be at least 1, got " + maxSentences);
    }
    this.maxSentences = maxSentences;
    this.vectors =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > EmbeddingCache.this.maxSentences;
          }
        };
  }

  /** A cache of {@link #DEFAULT_MAX_SENTENCES} sentences in front of {@code encoder}. */
  public EmbeddingCache(SentenceEncoder encoder) {
    this(encoder, DEFAULT_MAX_SENTENCES);
  }

  /** The length of every vector, the encoder's {@link SentenceEncoder#dimension()}. */
  public int dimension() {
    return encoder.dimension();
  }

  /**
   * The unit vectors of {@code sentences}, in order, as {@link SentenceEncoder#encode} returns
   * them; the texts not cached yet are encoded together in one call. The arrays are the caller's
   * own copies.
   */
  public float[][] embed(List<String> sentences) {
    requireNonNull(sentences, "sentences");
    int n = sentences.size();
    float[][] out = new float[n][];
    List<String> missing = new ArrayList<>();
    synchronized (vectors) {
      Map<String, Integer> firstMiss = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        String s = sentences.get(i);
        if (s == null) {
          throw new NullPointerException("sentence " + i + " of " + n + " is null");
        }
        float[] v = vectors.get(s);
        if (v != null) {
          out[i] = v;
          hits++;
        } else if (firstMiss.putIfAbsent(s, i) == null) {
          missing.add(s);
          misses++;
        } else {
          hits++;
        }
      }
    }
    if (!missing.isEmpty()) {
      float[][] computed = encoder.encode(missing);
      Map<String, float[]> fresh = new LinkedHashMap<>();
      synchronized (vectors) {
        for (int k = 0; k < missing.size(); k++) {
          float[] stored = vectors.putIfAbsent(missing.get(k), computed[k]);
          fresh.put(missing.get(k), stored != null ? stored : computed[k]);
        }
      }
      for (int i = 0; i < n; i++) {
        if (out[i] == null) {
          out[i] = fresh.get(sentences.get(i));
        }
      }
    }
    for (int i = 0; i < n; i++) {
      out[i] = out[i].clone();
    }
    return out;
  }

  /** How many vectors are held now. */
  public int size() {
    synchronized (vectors) {
      return vectors.size();
    }
  }

  /** How many sentences were answered without encoding, duplicates within a call included. */
  public long hits() {
    synchronized (vectors) {
      return hits;
    }
  }

  /** How many sentence texts were sent to the encoder. */
  public long misses() {
    synchronized (vectors) {
      return misses;
    }
  }
}
