package dev.stemma.eval.baseline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TF-IDF vectors of word unigrams and their cosine, the classic retrieval baseline, with
 * scikit-learn's {@code TfidfVectorizer(sublinear_tf=True)} weighting:
 *
 * <ul>
 *   <li>tokens: {@link WordTokens} (lowercase letter/digit runs), no stop-word list, no stemming;
 *   <li>tf: sublinear, {@code 1 + ln(count)}, so a word said five times weighs 2.6, not 5;
 *   <li>idf: smoothed, {@code ln((1 + N) / (1 + df)) + 1}, fitted on the documents given to {@link
 *       #fit} (the dataset's training side); a word the fit never saw gets the idf of {@code df =
 *       0}, the highest, where scikit-learn would drop it: a name that two test sentences share is
 *       evidence, not noise;
 *   <li>vectors L2-normalised, so the cosine is their dot product, in [0, 1].
 * </ul>
 *
 * <p>Immutable once fitted; safe to share between threads.
 */
public final class TfIdfModel implements PairSimilarity {

  private final int documents;
  private final Map<String, Integer> documentFrequency;

  private TfIdfModel(int documents, Map<String, Integer> documentFrequency) {
    this.documents = documents;
    this.documentFrequency = documentFrequency;
  }

  /** Fits the idf on the documents (each a sentence or an article). */
  public static TfIdfModel fit(Iterable<String> texts) {
    Map<String, Integer> df = new HashMap<>();
    int n = 0;
    for (String text : texts) {
      n++;
      for (String term : new HashSet<>(WordTokens.of(text))) {
        df.merge(term, 1, Integer::sum);
      }
    }
    return new TfIdfModel(n, Map.copyOf(df));
  }

  @Override
  public String name() {
    return "tfidf-cosine";
  }

  /** Documents the idf was fitted on. */
  public int documents() {
    return documents;
  }

  public double idf(String term) {
    int df = documentFrequency.getOrDefault(term, 0);
    return Math.log((1.0 + documents) / (1.0 + df)) + 1;
  }

  /** The L2-normalised vector of a text; empty for a text without words. */
  public Vector vector(String text) {
    List<String> tokens = WordTokens.of(text);
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (String token : tokens) {
      counts.merge(token, 1, Integer::sum);
    }
    String[] terms = counts.keySet().toArray(String[]::new);
    double[] weights = new double[terms.length];
    double norm = 0;
    for (int i = 0; i < terms.length; i++) {
      weights[i] = (1 + Math.log(counts.get(terms[i]))) * idf(terms[i]);
      norm += weights[i] * weights[i];
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < weights.length; i++) {
      weights[i] /= norm;
    }
    return new Vector(terms, weights);
  }

  @Override
  public double similarity(String a, String b) {
    return vector(a).cosine(vector(b));
  }

  /**
   * A sparse unit vector: terms in sorted order and their weights.
   *
   * @param terms sorted, distinct
   * @param weights same length, L2 norm 1 (or empty)
   */
  public record Vector(String[] terms, double[] weights) {

    public Vector {
      if (terms.length != weights.length) {
        throw new IllegalArgumentException(
            "terms and weights must have the same length, got "
                + terms.length
                + " and "
                + weights.length);
      }
    }

    /** The dot product of two unit vectors: their cosine; 0 when either is empty. */
    public double cosine(Vector other) {
      double dot = 0;
      int i = 0;
      int j = 0;
      while (i < terms.length && j < other.terms.length) {
        int c = terms[i].compareTo(other.terms[j]);
        if (c == 0) {
          dot += weights[i++] * other.weights[j++];
        } else if (c < 0) {
          i++;
        } else {
          j++;
        }
      }
      return Math.min(1.0, Math.max(0.0, dot));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Vector that
          && Arrays.equals(terms, that.terms)
          && Arrays.equals(weights, that.weights);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
      return "Vector" + Arrays.toString(terms);
    }
  }
}
