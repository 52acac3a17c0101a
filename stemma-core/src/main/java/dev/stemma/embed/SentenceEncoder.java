package dev.stemma.embed;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product is their cosine similarity.
 *
 * <p>Contract, for every implementation:
 *
 * <ul>
 *   <li>{@link #encode} returns one vector per input sentence, in input order, each of length
 *       {@link #dimension()} and L2-normalised (norm 1 within float rounding), so that the dot
 *       product of two vectors is their cosine, in [-1, 1].
 *   <li>Any string is accepted, the empty one included; null sentences are rejected with a {@link
 *       NullPointerException} that names their index.
 *   <li>Deterministic: the same list gives bit-identical vectors on the same machine with the
 *       same library versions. A sentence's vector may depend on the other sentences of the same
 *       call when an implementation batches them (each implementation says how much); callers
 *       that need one vector per sentence text for a whole run go through an {@link
 *       EmbeddingCache}.
 *   <li>Thread-safe: {@link #encode} may be called from several threads at once. {@link #close}
 *       must not race with {@link #encode}: call it once every call has returned.
 * </ul>
 */
public interface SentenceEncoder extends AutoCloseable {

  /** The length of every vector this encoder returns. */
  int dimension();

  /**
   * The unit vectors of {@code sentences}, in the same order.
   *
   * @throws NullPointerException if the list or one of its sentences is null
   * @throws IllegalStateException if the encoder was closed
   */
  float[][] encode(List<String> sentences);

  /** Releases the model; the encoder cannot be used afterwards. */
  @Override
  void close();
}
