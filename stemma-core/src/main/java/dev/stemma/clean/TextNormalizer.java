package dev.stemma.clean;

import java.text.Normalizer;

/**
 * Unicode normalisation that remembers where every character came from.
 *
 * <p>Copies of one story differ in invisible ways: curly or straight quotes, an en dash or a
 * hyphen, a no-break space, a full-width digit. NFKC folds compatibility characters; on top of
 * it, every quotation mark becomes {@code '} or {@code "}, every dash and minus {@code -}, every
 * space {@code ' '}; zero-width and control characters go; runs of spaces collapse and lines are
 * trimmed. So two copies that differ only in typography normalise to the same text.
 *
 * <p>NFKC is applied per cluster (a base character with its combining marks) rather than to the
 * whole text, so that every output character can be mapped to the original characters it came
 * from ({@link OffsetMap}); composition never crosses a base character, so the result equals
 * whole-text NFKC for the scripts of news text. One deliberate difference: a vulgar fraction after
 * a digit gets a space, so "2½" becomes "2 1/2" and not "21/2".
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  public static NormalizedText normalize(String original) {
    StringBuilder out = new StringBuilder(original.length());
    OffsetMap.Builder map = new OffsetMap.Builder();
    int i = 0;
    int n = original.length();
    while (i < n) {
      int cp = original.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (cp == '\r') {
        if (next < n && original.charAt(next) == '\n') {
          i = next; // the '\n' of a CRLF pair stands for the line break
          continue;
        }
        emit(out, map, '\n', i, next);
      } else if (cp < 0x80 && cp != '\t' && cp != '`' && !(next < n && isCombining(original.codePointAt(next)))) {
        // ASCII stands for itself, unless a combining mark follows: "e" + U+0301 (NFD text) is a
        // cluster that NFKC composes to "é"
        if (cp >= 0x20 || cp == '\n') {
          emit(out, map, (char) cp, i, next);
        }
      } else if (isVulgarFraction(cp)) {
        if (out.length() > 0 && Character.isDigit(out.charAt(out.length() - 1))) {
          emit(out, map, ' ', i, next);
        }
        emitMapped(out, map, Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC), i, next);
      } else if (Character.isBmpCodePoint(cp) && fold((char) cp) != cp) {
        // quotes, dashes, spaces and invisibles fold before NFKC, which would turn "´" into a space
        // and a combining accent, and a double prime into two single ones
        emit(out, map, (char) cp, i, next);
      } else {
        int end = next;
        while (end < n && isCombining(original.codePointAt(end))) {
          end += Character.charCount(original.codePointAt(end));
        }
        String cluster = original.substring(i, end);
        String folded = Normalizer.isNormalized(cluster, Normalizer.Form.NFKC)
            ? cluster
            : Normalizer.normalize(cluster, Normalizer.Form.NFKC);
        emitMapped(out, map, folded, i, end);
        next = end;
      }
      i = next;
    }
    // a trailing space or line break at the very end carries nothing
    while (out.length() > 0 && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\n')) {
      out.setLength(out.length() - 1);
      map.removeLast();
    }
    return new NormalizedText(out.toString(), map.build());
  }

  /** Emits each character of an NFKC result, folded to the typographic canon, all from [from, to). */
  private static void emitMapped(StringBuilder out, OffsetMap.Builder map, String s, int from, int to) {
    for (int k = 0; k < s.length(); k++) {
      char c = fold(s.charAt(k));
      if (c != 0) {
        emit(out, map, c, from, to);
      }
    }
  }

  /** The canonical form of one character, or 0 to drop it. */
  static char fold(char c) {
    switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2035', '\u00B4', '`', '\u02BC', '\u02B9':
        return '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u2036', '\u00AB', '\u00BB', '\u2039', '\u203A',
          '\u300C', '\u300D':
        return c == '\u2039' || c == '\u203A' ? '\'' : '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u2E3A', '\u2E3B', '\uFE58',
          '\uFE63', '\uFF0D':
        return '-';
      case '\u2044':
        return '/';
      case '\t':
        return ' ';
      case '\u00AD', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF':
        return 0;
      default:
        break;
    }
    if (Character.isSpaceChar(c)) {
      return ' ';
    }
    if (c != '\n' && Character.isISOControl(c)) {
      return 0;
    }
    int type = Character.getType(c);
    if (type == Character.FORMAT) {
      return 0;
    }
    return c;
  }

  /** Appends one character, collapsing spaces and trimming lines as it goes. */
  private static void emit(StringBuilder out, OffsetMap.Builder map, char c, int from, int to) {
    c = c == '\n' ? '\n' : fold(c);
    if (c == 0) {
      return;
    }
    int len = out.length();
    char last = len == 0 ? '\n' : out.charAt(len - 1);
    if (c == ' ' && (last == ' ' || last == '\n')) {
      return;
    }
    if (c == '\n' && last == ' ') {
      out.setLength(len - 1);
      map.removeLast();
    }
    out.append(c);
    map.add(from, to);
  }

  private static boolean isCombining(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isVulgarFraction(int cp) {
    return (cp >= 0x00BC && cp <= 0x00BE) || (cp >= 0x2150 && cp <= 0x215E);
  }
}
