package dev.stemma.ingest;

import static java.util.Objects.requireNonNull;

/**
 * Where an article, or a rejected input, came from: a file, and a line or record within it.
 *
 * @param location a path or other name of the input, as given by the user
 * @param line 1-based line (JSON Lines) or record number (WARC), or 0 for a whole file
 */
public record InputRef(String location, long line) {

  public InputRef {
    requireNonNull(location, "location");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, got " + line);
    }
  }

  public static InputRef of(String location) {
    return new InputRef(location, 0);
  }

  @Override
  public String toString() {
    return line == 0 ? location : location + ":" + line;
  }
}
