package dev.stemma.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into words the way HuggingFace's {@code BertPreTokenizer} does.
 *
 * <p>Whitespace (Unicode White_Space) separates words and is dropped; every punctuation code point
 * becomes a word of its own. "Punctuation" is BERT's: any ASCII punctuation or symbol ({@code
 * $ + < = > ^ ` | ~} included, though Unicode files them as symbols) and every code point in a
 * Unicode punctuation category (Pc, Pd, Ps, Pe, Pi, Pf, Po). Non-ASCII symbols such as € or ° stay
 * inside their word, as in BERT.
 */
final class BertPreTokenizer {

  private BertPreTokenizer() {}

  static List<String> split(String normalized) {
    List<String> words = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < normalized.length()) {
      int cp = normalized.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (BertNormalizer.isWhitespace(cp)) {
        if (start >= 0) {
          words.add(normalized.substring(start, i));
          start = -1;
        }
      } else if (isPunctuation(cp)) {
        if (start >= 0) {
          words.add(normalized.substring(start, i));
          start = -1;
        }
        words.add(normalized.substring(i, next));
      } else if (start < 0) {
        start = i;
      }
      i = next;
    }
    if (start >= 0) {
      words.add(normalized.substring(start));
    }
    return words;
  }

  static boolean isPunctuation(int cp) {
    if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96)
        || (cp >= 123 && cp <= 126)) {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION ->
          true;
      default -> false;
    };
  }
}
