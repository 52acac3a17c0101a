package dev.stemma.clean;

import static java.util.Objects.requireNonNull;

/**
 * A text after Unicode normalisation, with the map back to the original it came from.
 *
 * @param text the normalised text: NFKC, straight quotes, ASCII hyphen for every dash, single
 *     spaces, lines separated by '\n' without spaces at either end
 * @param map where each character of {@code text} came from in the original
 */
public record NormalizedText(String text, OffsetMap map) {

  public NormalizedText {
    requireNonNull(text, "text");
    requireNonNull(map, "map");
    if (map.length() != text.length()) {
      throw new IllegalArgumentException(
          "offset map covers " + map.length() + " characters but the text has " + text.length());
    }
  }
}
