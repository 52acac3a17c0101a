package dev.stemma.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.text.Normalizer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  private static String norm(String s) {
    return TextNormalizer.normalize(s).text();
  }

  /** The original span of each normalised character, as "start-end" pairs. */
  private static String spans(NormalizedText n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n.text().length(); i++) {
      out.append(i == 0 ? "" : " ").append(n.map().start(i)).append('-').append(n.map().end(i));
    }
    return out.toString();
  }

  @Test
  void normalize_foldsEveryQuotationMarkToAStraightOne() {
    assertThat(norm("\u201CQuoted\u201D, \u2018single\u2019, it\u2019s, \u201Elow\u201C, \u00ABguillemets\u00BB, \u2039one\u203A, `tick`"))
        .isEqualTo("\"Quoted\", 'single', it's, \"low\", \"guillemets\", 'one', 'tick'");
  }

  @Test
  void normalize_quoteLikeCharactersThatNfkcWouldDecompose_foldToTheirQuote() {
    // NFKC turns the acute accent U+00B4 into a space and U+0301, and the double prime U+2033 into
    // two primes: the fold must come first, or "it´s" becomes "it ́s"
    NormalizedText n = TextNormalizer.normalize("it\u00B4s 5\u2033 \u2036x\u2036");
    assertThat(n.text()).isEqualTo("it's 5\" \"x\"");
    assertThat(n.map().start(2)).isEqualTo(2);
    assertThat(n.map().end(2)).isEqualTo(3);
  }

  @Test
  void normalize_foldsEveryDashAndMinusToAHyphen() {
    assertThat(norm("15\u201316 Sept \u2014 a forum \u2012 minus \u22125, non\u2011breaking, \u2015bar"))
        .isEqualTo("15-16 Sept - a forum - minus -5, non-breaking, -bar");
  }

  @Test
  void normalize_turnsEverySpaceIntoOneAndCollapsesRuns() {
    assertThat(norm("a\u00A0b\u2009c\u3000d\te \u00A0\t  f")).isEqualTo("a b c d e f");
  }

  @Test
  void normalize_appliesNfkc() {
    // full-width letters and digits, a ligature, a superscript, the Angstrom sign
    assertThat(norm("\uFF21\uFF22\uFF23\uFF11\uFF12 \uFB01nal km\u00B2 5\u212B")).isEqualTo("ABC12 final km2 5\u00C5");
  }

  @Test
  void normalize_keepsPrecomposedLettersAndOtherScripts() {
    assertThat(norm("Caf\u00E9 D\u00FCsseldorf \u6771\u4EAC \u041C\u043E\u0441\u043A\u0432\u0430")).isEqualTo("Caf\u00E9 D\u00FCsseldorf \u6771\u4EAC \u041C\u043E\u0441\u043A\u0432\u0430");
  }

  @Test
  void normalize_decomposedLettersComposeLikeWholeTextNfkc() {
    // "Café Zürich Ångström" as macOS and some sites write it: base letter, then combining mark
    String nfd = Normalizer.normalize("Caf\u00E9 Z\u00FCrich \u00C5ngstr\u00F6m", Normalizer.Form.NFD);
    assertThat(nfd).contains("e\u0301");
    assertThat(norm(nfd)).isEqualTo("Caf\u00E9 Z\u00FCrich \u00C5ngstr\u00F6m");
    NormalizedText n = TextNormalizer.normalize("e\u0301t\u00E9");
    // "été": the first 'é' comes from "e" + U+0301 at [0,2), 't' from 2, the second 'é' from 3
    assertThat(n.text()).isEqualTo("\u00E9t\u00E9");
    assertThat(spans(n)).isEqualTo("0-2 2-3 3-4");
  }

  @Test
  void normalize_vulgarFractionAfterADigit_getsASpace() {
    assertThat(norm("2\u00BD years")).isEqualTo("2 1/2 years");
    assertThat(norm("\u00BE of them")).isEqualTo("3/4 of them");
    assertThat(norm("2 \u00BD")).isEqualTo("2 1/2");
    assertThat(norm("x\u2153")).isEqualTo("x1/3");
    assertThat(norm("1\u20442")).isEqualTo("1/2");
  }

  @Test
  void normalize_fractionExpansionMapsBackToTheFractionCharacter() {
    NormalizedText n = TextNormalizer.normalize("2\u00BD y");
    // "2 1/2 y": '2' from [0,1); the space and "1/2" all from "½" at [1,2); ' ' [2,3); 'y' [3,4)
    assertThat(n.text()).isEqualTo("2 1/2 y");
    assertThat(spans(n)).isEqualTo("0-1 1-2 1-2 1-2 1-2 2-3 3-4");
  }

  @Test
  void normalize_dropsZeroWidthSoftHyphenAndControlCharacters() {
    assertThat(norm("co\u00ADoperation Xi\u200BJinping \uFEFFa\u2060b c\u0007d e\u007Ff \u200Eg")).isEqualTo("cooperation XiJinping ab cd ef g");
  }

  @Test
  void normalize_linesAreTrimmedAndBreaksUnifiedToNewline() {
    assertThat(norm("  Headline  \r\n\r\n  Body one.\t\rBody two. \n")).isEqualTo("Headline\n\nBody one.\nBody two.");
  }

  @Test
  void normalize_crlfMapsTheNewlineToTheLineFeed() {
    NormalizedText n = TextNormalizer.normalize("a\r\nb\rc");
    assertThat(n.text()).isEqualTo("a\nb\nc");
    // the '\n' of CRLF comes from the '\n' at 2; a lone '\r' at 4 stands for its own break
    assertThat(spans(n)).isEqualTo("0-1 2-3 3-4 4-5 5-6");
  }

  @Test
  void normalize_offsetsSkipWhatWasDropped() {
    NormalizedText n = TextNormalizer.normalize("  \u201CHi\u201D\u00A0 \u00A0there ");
    assertThat(n.text()).isEqualTo("\"Hi\" there");
    // '"' 2, 'H' 3, 'i' 4, '"' 5, the first of the three spaces 6, "there" 9..13
    assertThat(spans(n)).isEqualTo("2-3 3-4 4-5 5-6 6-7 9-10 10-11 11-12 12-13 13-14");
  }

  @Test
  void normalize_emptyAndBlankTexts_areEmpty() {
    assertThat(norm("")).isEmpty();
    assertThat(norm(" \r\n\t\u00A0\n")).isEmpty();
    assertThat(TextNormalizer.normalize(" \n ").map().length()).isZero();
  }

  /**
   * For every character of the normalised text, the original span it maps to is not empty, spans
   * never go backwards, and that span normalises to the character or expands to a text holding it
   * (NFKC, then the typographic folds); the one character from nowhere is the space put between a
   * digit and a vulgar fraction, which maps to the fraction.
   */
  @Test
  void normalize_everyCharacterMapsBackToWhereItCameFrom() {
    long seed = Long.getLong("tests.seed", 0x5EED_C1EAL);
    System.out.printf("TextNormalizerTest seed: 0x%X (rerun with -Dtests.seed=%d)%n", seed, seed);
    SplittableRandom random = new SplittableRandom(seed);
    String[] alphabet = {
      "a", "Z", "e", "7", "2", " ", " ", ".", ",", "\n", "\r", "\r\n", "\t", "\u00A0", "\u2009", "\u3000",
      "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "`", "\"", "'", "\u2013", "\u2014", "\u2212",
      "\u00BD", "\u00BE", "\u2153", "\u2044", "\u00B2", "\uFB01", "\uFF21", "\uFF11", "\u00AD", "\u200B",
      "\uFEFF", "\u0007", "\u0301", "\u0308", "\u00E9", "\u212B", "\uD83D\uDE00", "\u6771", "\u0416"
    };
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(25);
      for (int k = 0; k < length; k++) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String original = b.toString();
      NormalizedText n = TextNormalizer.normalize(original);
      assertThat(n.map().length()).isEqualTo(n.text().length());
      for (int i = 0; i < n.text().length(); i++) {
        int start = n.map().start(i);
        int end = n.map().end(i);
        char c = n.text().charAt(i);
        boolean ordered = start < end && end <= original.length() && (i == 0 || start >= n.map().start(i - 1));
        String source = ordered ? original.substring(start, end) : "";
        boolean fractionSpace = c == ' ' && source.length() == 1 && "\u00BD\u00BE\u2153".contains(source);
        if (!ordered || !(fractionSpace || expansion(source).indexOf(c) >= 0)) {
          fail(
              "round %d, original \"%s\", normalised \"%s\": char %d '%s' maps to [%d, %d)",
              round, escape(original), escape(n.text()), i, escape(String.valueOf(c)), start, end);
        }
      }
    }
  }

  /**
   * Normalising twice changes nothing. (Not for characters that are dropped: a soft hyphen between a
   * letter and its combining mark is removed only after the pair was folded apart, so a second pass
   * composes them. No news text puts one there.)
   */
  @Test
  void normalize_isIdempotent() {
    long seed = Long.getLong("tests.seed", 0x1DE3L);
    System.out.printf("TextNormalizerTest idempotence seed: 0x%X (rerun with -Dtests.seed=%d)%n", seed, seed);
    SplittableRandom random = new SplittableRandom(seed);
    String[] alphabet = {
      "a", "Z", "7", " ", ".", "\n", "\r\n", "\t", "\u00A0", "\u201C", "\u2019", "\u2013", "\u00BD",
      "\u2044", "\u00B2", "\uFB01", "\uFF21", "\u0301", "\u0308", "\u00E9", "\u212B", "\u0416", "\u6771"
    };
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(25);
      for (int k = 0; k < length; k++) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String once = norm(b.toString());
      assertThat(norm(once)).as("round %d, original \"%s\"", round, escape(b.toString())).isEqualTo(once);
    }
  }

  /** What a span of the original can become: NFKC, then each character folded as the normaliser does. */
  private static String expansion(String source) {
    String nfkc = Normalizer.normalize(source, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < nfkc.length(); k++) {
      char c = nfkc.charAt(k);
      out.append(c == '\r' ? '\n' : TextNormalizer.fold(c));
    }
    return out.toString();
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return out.toString();
  }
}
