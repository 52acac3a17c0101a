package dev.stemma.ingest;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * An input that could not become an article: the reason and how to fix it.
 *
 * <p>Rejections are not errors that stop a run. Every one appears in {@code articles.jsonl} with
 * status {@code skipped}, so that every input is accounted for.
 *
 * @param input where it was read from
 * @param id the article id, when it could be read (a duplicate id, a missing text)
 * @param reason what is wrong, worded to follow the input ("is empty"), as {@link #message()} puts it
 * @param fix what the user can do about it
 */
public record Rejection(InputRef input, @Nullable String id, String reason, String fix) {

  public Rejection {
    requireNonNull(input, "input");
    requireNonNull(reason, "reason");
    requireNonNull(fix, "fix");
  }

  /** The message shown on the terminal: input, reason, fix. */
  public String message() {
    return input + ": " + reason + ". " + fix;
  }
}
