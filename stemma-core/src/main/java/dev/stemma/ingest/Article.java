package dev.stemma.ingest;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One news article as read from an input, before any cleaning.
 *
 * <p>Every offset that Stemma reports as evidence points into {@link #text()}, exactly as it was
 * read, so that a claim can always be shown in the original. When {@code title} is null the
 * headline is the first non-empty line of the text (the format of a folder of {@code .txt} files).
 *
 * @param id unique within a run; for a text file, its name without extension
 * @param text the article text as read (for a text file, the whole file)
 * @param title the headline when the input gives it apart from the text
 * @param meta what else is known of it: address, publisher, dates, language
 * @param input where it was read from, for messages
 */
public record Article(String id, String text, @Nullable String title, ArticleMeta meta, InputRef input) {

  public Article {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(meta, "meta");
    requireNonNull(input, "input");
    if (id.isBlank()) {
      throw new IllegalArgumentException("Article id must not be blank (" + input + ")");
    }
  }

  /** An article with only an id and a text, read from nowhere in particular (tests, the API). */
  public static Article of(String id, String text) {
    return new Article(id, text, null, ArticleMeta.NONE, InputRef.of("<memory>"));
  }
}
