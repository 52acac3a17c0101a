package dev.stemma.clean;

import static java.util.Objects.requireNonNull;

/**
 * A line taken out of an article because it is not story text.
 *
 * @param rule the rule that took it out
 * @param field {@code "text"} or {@code "title"}: which input field the offsets point into
 * @param start where it starts in that field of the original article
 * @param end where it ends (exclusive)
 * @param text the line as it stands in the original
 */
public record RemovedLine(ChromeRule rule, String field, int start, int end, String text) {

  public RemovedLine {
    requireNonNull(rule, "rule");
    requireNonNull(field, "field");
    requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for removed line");
    }
  }
}
