package dev.stemma.ingest;

/** Receives what a reader finds in an input: articles, and inputs it had to reject or pass over. */
public interface ArticleSink {

  void accept(Article article);

  void reject(Rejection rejection);

  /** Inputs that are not articles and are passed over on purpose (a WARC request record, an image). */
  default void pass(InputRef input, String why) {}

  /** Something wrong that did not stop the article from being read (an unparsable date). */
  default void warn(InputRef input, String message) {}

  /** How far a long read has come, for a progress display: bytes of the file consumed so far. */
  default void progress(InputRef input, long bytesRead, long bytesTotal) {}
}
