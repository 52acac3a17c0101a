package dev.stemma.ingest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What is known of an article besides its text; every field may be unknown.
 *
 * @param url where it was published (canonical URL of a page, target URI of a WARC record)
 * @param source the publisher or site name
 * @param author the byline
 * @param published when it was published; a date without a time is its start in UTC. It decides a
 *     copy family's origin when known.
 * @param captured when a crawler fetched it (WARC-Date): later than or equal to publication, so a
 *     weaker clue to the origin than {@code published}
 * @param lang an ISO 639-1 language code
 */
public record ArticleMeta(
    @Nullable String url,
    @Nullable String source,
    @Nullable String author,
    @Nullable Instant published,
    @Nullable Instant captured,
    @Nullable String lang) {

  public static final ArticleMeta NONE = new ArticleMeta(null, null, null, null, null, null);
}
