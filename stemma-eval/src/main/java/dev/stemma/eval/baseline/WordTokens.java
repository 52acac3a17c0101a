package dev.stemma.eval.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lowercase word tokens as the deduplication tools cut them: maximal runs of letters and digits
 * (any script), everything else a separator. text-dedup splits on {@code [^A-Za-z_0-9]}; this is
 * the same rule made Unicode-aware, so "don't" gives "don", "t" and "U.S." gives "u", "s".
 */
public final class WordTokens {

  private WordTokens() {}

  public static List<String> of(String text) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i <= text.length()) {
      int cp = i < text.length() ? text.codePointAt(i) : ' ';
      boolean word = i < text.length() && Character.isLetterOrDigit(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        tokens.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    return tokens;
  }
}
