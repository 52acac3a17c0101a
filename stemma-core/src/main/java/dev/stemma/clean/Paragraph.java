package dev.stemma.clean;

import static java.util.Objects.requireNonNull;

/**
 * One paragraph of a normalised text: a run of lines, soft line breaks turned into spaces.
 *
 * @param start where it starts in the normalised text
 * @param end where it ends in the normalised text (exclusive); {@code text} has the same length
 * @param text the paragraph, one line
 */
public record Paragraph(int start, int end, String text) {

  public Paragraph {
    requireNonNull(text, "text");
    if (end - start != text.length()) {
      throw new IllegalArgumentException(
          "paragraph span [" + start + ", " + end + ") does not match its text of length " + text.length());
    }
  }

  /** Words, counted as runs of letters or digits. */
  public int words() {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !inWord) {
        count++;
      }
      inWord = w;
    }
    return count;
  }

  /** Whether it ends the way a sentence does, with . ! ? or a closing quote or bracket after one. */
  public boolean endsLikeSentence() {
    int i = text.length() - 1;
    while (i >= 0 && (text.charAt(i) == '"' || text.charAt(i) == '\'' || text.charAt(i) == ')')) {
      i--;
    }
    return i >= 0 && (text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?');
  }
}
