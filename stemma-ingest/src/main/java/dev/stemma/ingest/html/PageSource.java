package dev.stemma.ingest.html;

import static java.util.Objects.requireNonNull;

import dev.stemma.ingest.InputRef;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a page came from, as its reader knows it.
 *
 * @param id the id its article gets
 * @param input the file (and record) it was read from, for messages
 * @param address the address it was fetched from (a WARC record's target URI); null for a file
 * @param httpCharset the charset of the HTTP Content-Type header; null when there was none
 * @param captured when it was fetched (WARC-Date); null for a file
 */
public record PageSource(
    String id, InputRef input, @Nullable String address, @Nullable String httpCharset, @Nullable Instant captured) {

  public PageSource {
    requireNonNull(id, "id");
    requireNonNull(input, "input");
    if (id.isBlank()) {
      throw new IllegalArgumentException("Page id must not be blank (" + input + ")");
    }
  }

  /** A page read from a file of its own. */
  public static PageSource file(String id, InputRef input) {
    return new PageSource(id, input, null, null, null);
  }
}
