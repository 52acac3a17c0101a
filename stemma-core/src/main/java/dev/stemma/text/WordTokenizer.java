package dev.stemma.text;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts the sentences of a cleaned body into word tokens with char offsets, normalized forms, Porter
 * stems and flags.
 *
 * <h2>What a word is</h2>
 *
 * <p>A run of letters and digits (any script; combining marks and fraction characters such as
 * {@code ½} stay in the run). Inside a run a few characters join instead of splitting, because the
 * pieces mean nothing apart:
 *
 * <ul>
 *   <li>an apostrophe between letters ({@code don't}, {@code O'Brien}, {@code Russia's}); a final
 *       {@code 's} is dropped from the normalized form, so the possessive matches the noun ({@code
 *       russia}); contractions in {@code 's} lose it too ({@code it's} gives {@code it}), which
 *       costs nothing because both are function words;
 *   <li>a period between digits ({@code 2.5}, {@code v2.1});
 *   <li>a comma before a group of exactly three digits, which it leaves out ({@code 2,000} gives
 *       {@code 2000}; {@code 1,2} stays two tokens);
 *   <li>a slash between digits ({@code 1/2}, {@code 24/7}).
 * </ul>
 *
 * <p>Everything else splits, hyphens included: {@code state-run} gives {@code state}, {@code run}
 * and {@code 15-16} gives {@code 15}, {@code 16}, so a rewrite that drops or adds a hyphen keeps
 * its tokens. An acronym written with periods is one token without them ({@code U.S.} gives {@code
 * us}, {@code p.m.} gives {@code pm}), and an ordinal is its number ({@code 15th} gives {@code
 * 15}).
 *
 * <h2>Flags</h2>
 *
 * <p>Capitalization is read from the text as written. Quotation state comes from straight double
 * quotes (the cleaning stage has mapped curly ones): a quote after a space or at the start opens,
 * one before a space or punctuation closes, and an unclear one toggles; a quotation left open ends
 * at the paragraph break, as news style reopens it in the next paragraph. When a sentence opens a
 * quotation while one from an earlier sentence is still open, that one was never closed (a scraping
 * or typing slip) and is taken to have ended with its sentence. The words where English capitalizes
 * anyway get {@link Token#CAPS_EXPECTED}: the first word of a sentence, of a quotation that opens a
 * clause, after a colon, and every word of a title-case line (a heading or caption without terminal
 * punctuation whose content words are at least three-quarters capitalized, or a line all in
 * capitals). Outside such a line a word in capitals or in capitals with periods is an {@link
 * Token#ACRONYM}. Function words get {@link Token#STOPWORD}, except acronyms: {@code US} and {@code
 * U.S.} are a name, not the pronoun.
 *
 * <p>The tokenizer is a pure function of its input and safe to call from many threads.
 *
 * @since 0.1
 */
public final class WordTokenizer {

  private WordTokenizer() {}

  /**
   * The tokens of each sentence of {@code text}, one list per sentence in the same order.
   *
   * @param text the cleaned body
   * @param sentences spans of {@code text} in order and not overlapping, as {@link
   *     SentenceSplitter#split} returns them
   */
  public static List<List<Token>> tokenize(String text, List<Sentence> sentences) {
    requireNonNull(text, "text");
    requireNonNull(sentences, "sentences");
    Scanner scanner = new Scanner(text);
    List<List<Token>> out = new ArrayList<>(sentences.size());
    int previousEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.end() > text.length()) {
        throw new IllegalArgumentException(
            "Sentence "
                + i
                + " ["
                + s.start()
                + ", "
                + s.end()
                + ") lies outside a text of length "
                + text.length()
                + "; pass the sentences split from this text");
      }
      if (s.start() < previousEnd) {
        throw new IllegalArgumentException(
            "Sentences must be in order and must not overlap: sentence "
                + i
                + " starts at "
                + s.start()
                + " before the previous one ends at "
                + previousEnd);
      }
      scanner.gap(previousEnd, s.start());
      out.add(scanner.sentence(s.start(), s.end()));
      previousEnd = s.end();
    }
    return List.copyOf(out);
  }

  /** The scanning state for one text: quotation state and one sentence's tokens in arrays. */
  private static final class Scanner {
    private final String text;
    private final StringBuilder buf = new StringBuilder(32);
    private String norm = "";
    private boolean inQuote;
    private boolean openedInSentence;
    private boolean capsNext;

    private int count;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] flags = new int[64];
    private boolean[] acronym = new boolean[64];
    private String[] norms = new String[64];

    Scanner(String text) {
      this.text = text;
    }

    /** Text between sentences: only quotation marks and line breaks matter. */
    void gap(int from, int to) {
      count = 0;
      openedInSentence = false;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (SentenceSplitter.isLineBreak(c)) {
          inQuote = false;
        } else if (c == '"') {
          quote(i, from);
        }
      }
    }

    List<Token> sentence(int s, int e) {
      count = 0;
      capsNext = false;
      openedInSentence = false;
      int i = s;
      while (i < e) {
        int cp = text.codePointAt(i);
        if (isWordStart(cp)) {
          i = word(i, e);
          continue;
        }
        char c = text.charAt(i);
        if (c == '"') {
          quote(i, s);
        } else if (c == ':') {
          char next = i + 1 < e ? text.charAt(i + 1) : ' ';
          capsNext = next == ' ' || next == '"';
        } else if (SentenceSplitter.isLineBreak(c)) {
          inQuote = false;
        }
        i += Character.charCount(cp);
      }
      mark(s, e);
      Token[] tokens = new Token[count];
      for (int k = 0; k < count; k++) {
        String norm = norms[k];
        String stem = (flags[k] & Token.NUMBER) != 0 ? norm : PorterStemmer.stem(norm);
        tokens[k] = new Token(norm, stem, starts[k], ends[k], flags[k]);
      }
      return List.of(tokens);
    }

    /** A straight double quote at i: opens or closes a quotation. */
    private void quote(int i, int sentenceStart) {
      char prev = i > 0 ? text.charAt(i - 1) : '\n';
      char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
      boolean openSide = isBlank(prev) || "([{-/".indexOf(prev) >= 0;
      boolean closeSide = isBlank(next) || ".,;:!?)]}-".indexOf(next) >= 0;
      boolean opening = openSide != closeSide ? openSide : !inQuote;
      if (!opening) {
        inQuote = false;
        return;
      }
      if (inQuote && !openedInSentence) {
        // A second opening quote: the quotation from an earlier sentence was never closed, and
        // most likely ended with that sentence, so this sentence's words so far are not quoted.
        for (int k = 0; k < count; k++) {
          flags[k] &= ~Token.QUOTED;
        }
      }
      inQuote = true;
      openedInSentence = true;
      int b = i - 1;
      while (b >= sentenceStart && text.charAt(b) == ' ') {
        b--;
      }
      if (b < sentenceStart || text.charAt(b) == ',' || text.charAt(b) == ':') {
        capsNext = true; // a quotation that opens a clause starts with a capital anyway
      }
    }

    /** Scans the word starting at p; returns the offset past it. */
    private int word(int p, int limit) {
      int end = dottedAcronymEnd(p, limit);
      boolean dotted = end > 0;
      if (dotted) {
        buf.setLength(0);
        for (int i = p; i < end; i++) {
          char c = text.charAt(i);
          if (c != '.') {
            buf.append(Character.toLowerCase(c));
          }
        }
        norm = buf.toString();
      } else {
        end = plainWord(p, limit);
      }
      String norm = this.norm;
      boolean number = isNumber(norm);
      if (!number && isOrdinal(norm)) {
        norm = norm.substring(0, norm.length() - 2);
        number = true;
      }
      if (!number && norm.length() > 2 && norm.endsWith("'s")) {
        norm = norm.substring(0, norm.length() - 2);
      }
      int f = 0;
      int first = text.codePointAt(p);
      if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
        f |= Token.CAPITALIZED;
      }
      if (number) {
        f |= Token.NUMBER;
      }
      if (inQuote) {
        f |= Token.QUOTED;
      }
      if (capsNext) {
        f |= Token.CAPS_EXPECTED;
        capsNext = false;
      }
      if (!number && Stopwords.contains(norm)) {
        f |= Token.STOPWORD;
      }
      add(p, end, norm, f, (dotted && (f & Token.CAPITALIZED) != 0) || allCaps(p, end));
      return end;
    }

    /**
     * Scans a run of word chars and joiners from p and sets {@link #norm} to its normalized form;
     * returns the offset past it.
     */
    private int plainWord(int p, int limit) {
      int i = p;
      int group = 0; // digits since the start or the last group comma
      boolean plainDigits = true; // only digits and group commas so far
      boolean ascii = true; // only ASCII and nothing left out: the norm is the lowercased span
      while (i < limit) {
        int cp = text.codePointAt(i);
        if (isWordPart(cp)) {
          if (cp >= 0x80) {
            ascii = false;
          }
          if (Character.isDigit(cp)) {
            group++;
          } else {
            plainDigits = false;
          }
          i += Character.charCount(cp);
          continue;
        }
        if (i + 1 >= limit || i == p) {
          break;
        }
        char c = text.charAt(i);
        int prev = text.codePointBefore(i);
        int next = text.codePointAt(i + 1);
        if ((c == '\'' || c == '\u2019') && Character.isLetter(prev) && Character.isLetter(next)) {
          ascii &= c == '\'';
          plainDigits = false;
        } else if (c == '.' && isDigitLike(prev) && isDigitLike(next)) {
          plainDigits = false;
        } else if (c == ','
            && plainDigits
            && group >= 1
            && group <= 3
            && threeDigitsAt(i + 1, limit)) {
          ascii = false;
          group = 0;
        } else if ((c == '/' || c == '\u2044')
            && plainDigits
            && Character.isDigit(prev)
            && Character.isDigit(next)) {
          ascii &= c == '/';
          plainDigits = false;
        } else {
          break;
        }
        i++;
      }
      norm = ascii ? lowerAscii(p, i) : normalize(p, i);
      return i;
    }

    /** The span lowercased; one allocation, none more when it is lowercase already. */
    private String lowerAscii(int p, int end) {
      for (int i = p; i < end; i++) {
        char c = text.charAt(i);
        if (c >= 'A' && c <= 'Z') {
          buf.setLength(0);
          buf.append(text, p, i);
          for (int k = i; k < end; k++) {
            char d = text.charAt(k);
            buf.append(d >= 'A' && d <= 'Z' ? (char) (d + ('a' - 'A')) : d);
          }
          return buf.toString();
        }
      }
      return text.substring(p, end);
    }

    /** The span lowercased, group commas left out, typographic joiners made plain. */
    private String normalize(int p, int end) {
      buf.setLength(0);
      int i = p;
      while (i < end) {
        int cp = text.codePointAt(i);
        if (cp == ',') {
          // a group comma: left out
        } else if (cp == '\u2019') {
          buf.append('\'');
        } else if (cp == '\u2044') {
          buf.append('/');
        } else if (cp < 0x80) {
          buf.append((char) (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp));
        } else {
          buf.appendCodePoint(Character.toLowerCase(cp));
        }
        i += Character.charCount(cp);
      }
      return buf.toString();
    }

    /** "U.S." or "p.m." or "Ph.D.": groups of one or two letters, each closed by a period. */
    private int dottedAcronymEnd(int p, int limit) {
      int i = p;
      int groups = 0;
      while (true) {
        int g = i;
        while (i < limit && i - g < 3 && Character.isLetter(text.charAt(i))) {
          i++;
        }
        int len = i - g;
        if (len == 0 || len > 2 || i >= limit || text.charAt(i) != '.') {
          break;
        }
        i++; // the period
        groups++;
        if (i >= limit || !Character.isLetter(text.charAt(i))) {
          return groups >= 2 ? i : -1;
        }
      }
      return -1;
    }

    private boolean threeDigitsAt(int i, int limit) {
      if (i + 3 > limit) {
        return false;
      }
      for (int k = i; k < i + 3; k++) {
        if (!Character.isDigit(text.charAt(k))) {
          return false;
        }
      }
      return i + 3 == limit || !Character.isDigit(text.charAt(i + 3));
    }

    private boolean allCaps(int p, int end) {
      int letters = 0;
      for (int i = p; i < end; i++) {
        char c = text.charAt(i);
        if (Character.isLetter(c)) {
          if (!Character.isUpperCase(c)) {
            return false;
          }
          letters++;
        }
      }
      return letters >= 2;
    }

    private void add(int start, int end, String norm, int f, boolean isAcronym) {
      if (count == starts.length) {
        int size = count * 2;
        starts = Arrays.copyOf(starts, size);
        ends = Arrays.copyOf(ends, size);
        flags = Arrays.copyOf(flags, size);
        acronym = Arrays.copyOf(acronym, size);
        norms = Arrays.copyOf(norms, size);
      }
      starts[count] = start;
      ends[count] = end;
      norms[count] = norm;
      flags[count] = f;
      acronym[count] = isAcronym;
      count++;
    }

    /** Sentence-level flags: the first word, title-case lines, acronyms. */
    private void mark(int s, int e) {
      if (count == 0) {
        return;
      }
      flags[0] |= Token.SENTENCE_INITIAL | Token.CAPS_EXPECTED;
      int content = 0;
      int capitalizedContent = 0;
      int lettered = 0;
      int capitals = 0;
      for (int k = 0; k < count; k++) {
        if ((flags[k] & Token.NUMBER) != 0) {
          continue;
        }
        lettered++;
        if (acronym[k]) {
          capitals++;
        }
        if ((flags[k] & Token.STOPWORD) == 0) {
          content++;
          if ((flags[k] & Token.CAPITALIZED) != 0) {
            capitalizedContent++;
          }
        }
      }
      boolean titleCase =
          (!endsWithTerminal(s, e) && content > 0 && capitalizedContent * 4 >= content * 3)
              || (lettered >= 2 && capitals == lettered);
      for (int k = 0; k < count; k++) {
        if (titleCase) {
          flags[k] |= Token.CAPS_EXPECTED;
        } else if (acronym[k]) {
          flags[k] = (flags[k] & ~Token.STOPWORD) | Token.ACRONYM;
        }
      }
    }

    private boolean endsWithTerminal(int s, int e) {
      int j = e - 1;
      while (j > s && "\"')]".indexOf(text.charAt(j)) >= 0) {
        j--;
      }
      char c = text.charAt(j);
      return c == '.' || c == '!' || c == '?' || c == '…';
    }
  }

  private static boolean isWordStart(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.OTHER_NUMBER;
  }

  private static boolean isWordPart(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.OTHER_NUMBER
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isDigitLike(int cp) {
    return Character.isDigit(cp) || Character.getType(cp) == Character.OTHER_NUMBER;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || SentenceSplitter.isLineBreak(c);
  }

  /** Digits, with decimal points or fraction slashes between them, or fraction characters. */
  private static boolean isNumber(String norm) {
    if (!isDigitLike(norm.charAt(0))) {
      return false;
    }
    for (int i = 1; i < norm.length(); i++) {
      char c = norm.charAt(i);
      if (!isDigitLike(c) && c != '.' && c != '/') {
        return false;
      }
    }
    return true;
  }

  /** "15th", "1st", "22nd", "3rd". */
  private static boolean isOrdinal(String norm) {
    int n = norm.length();
    if (n < 3) {
      return false;
    }
    String suffix = norm.substring(n - 2);
    if (!suffix.equals("st")
        && !suffix.equals("nd")
        && !suffix.equals("rd")
        && !suffix.equals("th")) {
      return false;
    }
    for (int i = 0; i < n - 2; i++) {
      char c = norm.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
