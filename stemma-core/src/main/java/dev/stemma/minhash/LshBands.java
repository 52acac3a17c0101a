package dev.stemma.minhash;

import java.util.Locale;

/**
 * Locality-sensitive hashing by banding (Indyk & Motwani 1998; Leskovec, Rajaraman & Ullman,
 * <i>Mining of Massive Datasets</i>, ch. 3.4): a signature of {@code bands × rows} MinHash values
 * is cut into bands of {@code rows} values, and two sets become candidates when any band agrees
 * whole. Sets of Jaccard similarity s agree on one band with probability s^rows, so they become
 * candidates with probability
 *
 * <pre>P(s) = 1 - (1 - s^rows)^bands</pre>
 *
 * an S-curve whose steep part sits near (1/bands)^(1/rows). {@link #curve()} prints it; the
 * parameters Stemma uses, and why, are documented where they are chosen ({@code Stemma}).
 */
public record LshBands(int bands, int rows) {

  public LshBands {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "LSH needs at least one band of one row, got " + bands + " bands of " + rows + " rows");
    }
  }

  /** The MinHash size these bands need. */
  public int signatureSize() {
    return bands * rows;
  }

  /** The probability that two sets of Jaccard similarity {@code s} become candidates. */
  public double probability(double s) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }

  /** The similarity where the curve is steepest, about (1/bands)^(1/rows). */
  public double threshold() {
    return Math.pow(1.0 / bands, 1.0 / rows);
  }

  /** One key per band: the band's index and its values hashed together. */
  public long[] keys(long[] signature) {
    if (signature.length != signatureSize()) {
      throw new IllegalArgumentException(
          "signature has " + signature.length + " values, but " + bands + " bands of " + rows
              + " rows need " + signatureSize());
    }
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = b + 1;
      for (int r = 0; r < rows; r++) {
        h = Hashing.combine(h, signature[b * rows + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** The match-probability curve as a small table, for documentation and {@code --explain}. */
  public String curve() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%d bands x %d rows%n", bands, rows));
    for (int pct = 10; pct <= 100; pct += 10) {
      out.append(String.format(Locale.ROOT, "  J=%.1f  P=%.3f%n", pct / 100.0, probability(pct / 100.0)));
    }
    return out.toString();
  }
}
