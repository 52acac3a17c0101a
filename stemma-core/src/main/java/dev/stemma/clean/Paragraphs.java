package dev.stemma.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a normalised text into paragraphs.
 *
 * <p>A blank line always separates paragraphs. Between two non-blank lines it depends: scraped
 * text often hard-wraps a paragraph ("Find the best jobs now and" / "be notified by email."), so a
 * line that does not end like a sentence and is followed by one starting in lower case is joined
 * to it; otherwise each line is a paragraph of its own (JSON inputs often put one paragraph a line).
 */
public final class Paragraphs {

  private Paragraphs() {}

  public static List<Paragraph> split(String normalized) {
    List<Paragraph> paragraphs = new ArrayList<>();
    int n = normalized.length();
    int start = -1; // start of the paragraph being built
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = normalized.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      boolean blank = lineEnd == lineStart;
      if (blank) {
        if (start >= 0) {
          paragraphs.add(paragraph(normalized, start, lineStart - 1));
          start = -1;
        }
      } else if (start < 0) {
        start = lineStart;
      } else if (!softWrap(normalized, lineStart - 1)) {
        paragraphs.add(paragraph(normalized, start, lineStart - 1));
        start = lineStart;
      }
      lineStart = lineEnd + 1;
    }
    if (start >= 0) {
      paragraphs.add(paragraph(normalized, start, n));
    }
    return paragraphs;
  }

  /** Whether the line break at {@code newline} continues a sentence onto the next line. */
  private static boolean softWrap(String text, int newline) {
    char before = text.charAt(newline - 1);
    char after = newline + 1 < text.length() ? text.charAt(newline + 1) : 'X';
    boolean endsSentence = ".!?:;\"')]".indexOf(before) >= 0;
    return !endsSentence && Character.isLowerCase(after);
  }

  private static Paragraph paragraph(String text, int start, int end) {
    return new Paragraph(start, end, text.substring(start, end).replace('\n', ' '));
  }
}
