package dev.stemma.clean;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An article's story text after cleaning, with the way back to the original.
 *
 * @param id the article id
 * @param headline the headline, normalised
 * @param headlineField {@code "text"} or {@code "title"}: the input field the headline came from
 * @param headlineStart where the headline starts in that field of the original
 * @param headlineEnd where it ends (exclusive)
 * @param body the story text: normalised paragraphs joined by a blank line ("\n\n")
 * @param bodyMap where each character of {@code body} came from in the original text
 * @param removed every line taken out, in order, with its rule and original offsets
 */
public record CleanArticle(
    String id,
    String headline,
    String headlineField,
    int headlineStart,
    int headlineEnd,
    String body,
    OffsetMap bodyMap,
    List<RemovedLine> removed) {

  public CleanArticle {
    requireNonNull(id, "id");
    requireNonNull(headline, "headline");
    requireNonNull(headlineField, "headlineField");
    requireNonNull(body, "body");
    requireNonNull(bodyMap, "bodyMap");
    removed = List.copyOf(requireNonNull(removed, "removed"));
    if (bodyMap.length() != body.length()) {
      throw new IllegalArgumentException(
          "body map covers " + bodyMap.length() + " characters but the body has " + body.length());
    }
  }

  /** The original span {@code [start, end)} of the body span {@code [from, to)}. */
  public int[] toOriginal(int from, int to) {
    return bodyMap.toOriginal(from, to);
  }
}
