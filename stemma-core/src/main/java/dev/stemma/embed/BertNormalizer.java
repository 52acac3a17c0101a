package dev.stemma.embed;

import java.text.Normalizer;

/**
 * The normalisation step of BERT's tokenizer, as HuggingFace's {@code BertNormalizer} does it.
 *
 * <p>Why each step, in HuggingFace's order (tokenizers, {@code normalizers/bert.rs}; Devlin et al.
 * 2019, {@code tokenization.py} of google-research/bert):
 *
 * <ol>
 *   <li>clean text: drop NUL, U+FFFD and every control, format, surrogate and private-use code
 *       point (Unicode categories Cc, Cf, Cs, Co) except tab, newline and carriage return; then
 *       turn every White_Space code point into a plain space. Unassigned code points (Cn) stay:
 *       HuggingFace's comment says it drops them, but the {@code unicode_categories} crate it
 *       calls has no table for Cn, and its tokenizer keeps U+0378 (checked against it).
 *       Zero-width and soft-hyphen characters (Cf) vanish, so "co\u00ADop" and "coop" tokenize
 *       alike.
 *   <li>Chinese characters: put spaces around each CJK Unified Ideograph so that each becomes a
 *       word (the ranges are BERT's; Hangul, Hiragana and Katakana are not in them on purpose).
 *   <li>strip accents (when configured, or by default when lowercasing): decompose to NFD and drop
 *       the non-spacing marks (Mn), so "café" becomes "cafe".
 *   <li>lowercase, one code point at a time (Rust's {@code char::to_lowercase}, which knows no
 *       context: a final capital sigma becomes σ, not ς).
 * </ol>
 *
 * <p>"Whitespace" is Unicode's White_Space property, as Rust's {@code char::is_whitespace}; it
 * differs from {@link Character#isWhitespace}, which leaves out no-break spaces.
 *
 * @param cleanText drop control characters and unify whitespace
 * @param handleChineseChars put spaces around CJK ideographs
 * @param stripAccents remove combining marks after NFD
 * @param lowercase lowercase every code point
 */
record BertNormalizer(
    boolean cleanText, boolean handleChineseChars, boolean stripAccents, boolean lowercase) {

  /** BERT uncased: every step on. */
  static final BertNormalizer UNCASED = new BertNormalizer(true, true, true, true);

  String normalize(String text) {
    String s = text;
    if (cleanText) {
      s = clean(s);
    }
    if (handleChineseChars) {
      s = spaceChineseChars(s);
    }
    if (stripAccents) {
      s = stripAccents(s);
    }
    if (lowercase) {
      s = lowercase(s);
    }
    return s;
  }

  private static String clean(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                return;
              }
              if (isWhitespace(cp)) {
                out.append(' ');
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  private static String spaceChineseChars(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    s.codePoints()
        .forEach(
            cp -> {
              if (isChineseChar(cp)) {
                out.append(' ').appendCodePoint(cp).append(' ');
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  private static String stripAccents(String s) {
    String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(nfd.length());
    nfd.codePoints()
        .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static String lowercase(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              if (cp == 0x130) {
                // The one unconditional multi-character lowercase mapping in SpecialCasing.txt:
                // İ becomes i followed by a combining dot above, as in Rust.
                out.append("i\u0307");
              } else {
                out.appendCodePoint(Character.toLowerCase(cp));
              }
            });
    return out.toString();
  }

  /** Unicode's White_Space property, plus nothing: Rust's {@code char::is_whitespace}. */
  static boolean isWhitespace(int cp) {
    return (cp >= 0x09 && cp <= 0x0D)
        || cp == 0x20
        || cp == 0x85
        || cp == 0xA0
        || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A)
        || cp == 0x2028
        || cp == 0x2029
        || cp == 0x202F
        || cp == 0x205F
        || cp == 0x3000;
  }

  /** Cc, Cf, Cs and Co, except the three whitespace controls BERT keeps; not Cn (see above). */
  private static boolean isControl(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.PRIVATE_USE;
  }

  private static boolean isChineseChar(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x20000 && cp <= 0x2A6DF)
        || (cp >= 0x2A700 && cp <= 0x2B73F)
        || (cp >= 0x2B740 && cp <= 0x2B81F)
        || (cp >= 0x2B920 && cp <= 0x2CEAF)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0x2F800 && cp <= 0x2FA1F);
  }
}
