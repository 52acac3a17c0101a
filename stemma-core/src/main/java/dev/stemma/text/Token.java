package dev.stemma.text;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One word token of a cleaned article body: its normalized form, its Porter stem, its span and what
 * the tokenizer saw around it.
 *
 * <p>The span covers the word as written, possessive included ({@code "Russia's"}); the normalized
 * form is lowercase and drops what does not change the word: the possessive ({@code russia}),
 * digit-group commas ({@code "2,000"} gives {@code 2000}), ordinal suffixes ({@code "15th"} gives
 * {@code 15}) and the dots of an acronym ({@code "U.S."} gives {@code us}).
 *
 * @param norm the normalized lowercase form
 * @param stem the Porter stem of {@code norm}; {@code norm} itself for numbers and for words that
 *     are not plain a-z
 * @param start offset of the token's first char
 * @param end offset just past its last char (exclusive)
 * @param flags a bit set of {@link #CAPITALIZED}, {@link #SENTENCE_INITIAL}, {@link
 *     #CAPS_EXPECTED}, {@link #NUMBER}, {@link #QUOTED}, {@link #STOPWORD} and {@link #ACRONYM}
 * @since 0.1
 */
public record Token(String norm, String stem, int start, int end, int flags)
    implements Serializable {

  /** The word starts with an upper-case letter as written. */
  public static final int CAPITALIZED = 1;

  /** The word is the first token of its sentence. */
  public static final int SENTENCE_INITIAL = 1 << 1;

  /**
   * The word stands where English capitalizes any word, so its capital says nothing about it being
   * a name: the first word of a sentence, of a quotation that opens a clause, the first word after
   * a colon, and every word of a title-case line such as a heading.
   */
  public static final int CAPS_EXPECTED = 1 << 2;

  /** The word is a number: digits, with decimal points or fraction slashes between them. */
  public static final int NUMBER = 1 << 3;

  /** The word stands between double quotes. */
  public static final int QUOTED = 1 << 4;

  /**
   * The word is an English function word (see {@link Stopwords}); an acronym written in capitals or
   * with dots ({@code US}, {@code U.S.}) is not, outside an all-capitals line.
   */
  public static final int STOPWORD = 1 << 5;

  /**
   * The word is an acronym: written in capitals with at least two letters ({@code NATO}, {@code
   * SCO}) or as capitals with periods ({@code U.S.}), outside an all-capitals or title-case line,
   * where capitals say nothing.
   */
  public static final int ACRONYM = 1 << 6;

  private static final int ALL_FLAGS =
      CAPITALIZED | SENTENCE_INITIAL | CAPS_EXPECTED | NUMBER | QUOTED | STOPWORD | ACRONYM;

  public Token {
    requireNonNull(norm, "norm");
    requireNonNull(stem, "stem");
    if (norm.isEmpty()) {
      throw new IllegalArgumentException("Token norm must not be empty (at " + start + ")");
    }
    if (stem.isEmpty()) {
      throw new IllegalArgumentException(
          "Token stem must not be empty (norm '" + norm + "' at " + start + ")");
    }
    if (start < 0) {
      throw new IllegalArgumentException("Token start must be >= 0, got " + start);
    }
    if (end <= start) {
      throw new IllegalArgumentException(
          "Token end must be > start, got start " + start + " and end " + end);
    }
    if ((flags & ~ALL_FLAGS) != 0) {
      throw new IllegalArgumentException(
          "Token flags must be a combination of the Token flag constants, got 0x"
              + Integer.toHexString(flags));
    }
  }

  /** The word as written, cut from the body it was found in. */
  public String text(String body) {
    if (end > body.length()) {
      throw new IllegalArgumentException(
          "Token ["
              + start
              + ", "
              + end
              + ") lies outside a body of length "
              + body.length()
              + "; pass the body the token was read from");
    }
    return body.substring(start, end);
  }

  /** Whether the word starts with an upper-case letter as written. */
  public boolean capitalized() {
    return (flags & CAPITALIZED) != 0;
  }

  /** Whether the word is the first token of its sentence. */
  public boolean sentenceInitial() {
    return (flags & SENTENCE_INITIAL) != 0;
  }

  /** Whether the word stands where any word is capitalized; see {@link #CAPS_EXPECTED}. */
  public boolean capsExpected() {
    return (flags & CAPS_EXPECTED) != 0;
  }

  /** Whether the word is a number. */
  public boolean number() {
    return (flags & NUMBER) != 0;
  }

  /** Whether the word stands between double quotes. */
  public boolean quoted() {
    return (flags & QUOTED) != 0;
  }

  /** Whether the word is a function word. */
  public boolean stopword() {
    return (flags & STOPWORD) != 0;
  }

  /** Whether the word is an acronym; see {@link #ACRONYM}. */
  public boolean acronym() {
    return (flags & ACRONYM) != 0;
  }
}
