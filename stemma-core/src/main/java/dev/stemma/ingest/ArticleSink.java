package dev.stemma.ingest;

/** Receives what a reader finds in an input: articles, and inputs it had to reject. */
public interface ArticleSink {

  void accept(Article article);

  void reject(Rejection rejection);

  /** Inputs that are not articles and are passed over on purpose (a WARC request record, an image). */
  default void pass(InputRef input, String why) {}

  /**
   * Something an input was read despite, that the user should know: a charset that had to be
   * guessed, bytes that could not be decoded. The article (if any) still comes through {@link
   * #accept}.
   */
  default void warn(InputRef input, String message) {}

  /** How far a long read has come, for a progress display: bytes of the file consumed so far. */
  default void progress(InputRef input, long bytesRead, long bytesTotal) {}
}
