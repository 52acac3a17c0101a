package dev.stemma.server.index;

import static java.util.Objects.requireNonNull;

import dev.stemma.ingest.Article;
import java.time.Instant;

/**
 * An article as the index keeps it: the original, as posted, and when the server received it.
 *
 * @param article the original article; every evidence offset points into its text
 * @param received when it was first added to the index
 */
public record StoredArticle(Article article, Instant received) {

  public StoredArticle {
    requireNonNull(article, "article");
    requireNonNull(received, "received");
  }

  public String id() {
    return article.id();
  }

  /** The time a story list sorts by: publication when known, otherwise arrival. */
  public Instant time() {
    Instant published = article.meta().published();
    return published != null ? published : received;
  }
}
