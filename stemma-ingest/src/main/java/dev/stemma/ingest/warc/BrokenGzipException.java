package dev.stemma.ingest.warc;

import java.io.IOException;

/** The gzip data of a member cannot be inflated, or the file ends inside it. */
final class BrokenGzipException extends IOException {

  private final boolean endOfFile;

  BrokenGzipException(String message, boolean endOfFile) {
    super(message);
    this.endOfFile = endOfFile;
  }

  /** Whether the file ends inside the member (cut short) rather than holding damaged data. */
  boolean endOfFile() {
    return endOfFile;
  }
}
