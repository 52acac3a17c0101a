package dev.stemma.server.index;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a story page shows of one article without reading its text.
 *
 * @param id the article id
 * @param headline its title, or the first line of its text
 * @param source the publisher, when known
 * @param url where it was published, when known
 * @param published when it was published, when known
 * @param received when the server received it
 */
public record MemberInfo(
    String id, String headline, @Nullable String source, @Nullable String url, @Nullable Instant published,
    Instant received) {

  public MemberInfo {
    requireNonNull(id, "id");
    requireNonNull(headline, "headline");
    requireNonNull(received, "received");
  }

  /** Publication when known, otherwise arrival: what "newest" means in a story list. */
  public Instant time() {
    return published != null ? published : received;
  }
}
