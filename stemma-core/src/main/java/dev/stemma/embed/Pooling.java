package dev.stemma.embed;

/** How a transformer's per-token vectors become one sentence vector. */
public enum Pooling {
  /**
   * The average of the token vectors under the attention mask, [CLS] and [SEP] included: the
   * sentence-transformers recipe that all-MiniLM-L6-v2 was trained with.
   */
  MEAN,
  /** The vector of the first token, [CLS]: what BGE models were trained with. */
  CLS
}
