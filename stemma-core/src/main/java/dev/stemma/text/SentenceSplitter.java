package dev.stemma.text;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a cleaned article body into sentences, by rule, in one pass over its chars.
 *
 * <h2>Why rules</h2>
 *
 * <p>Statistical splitters learn where periods end sentences from their training text, and the
 * stock English models get news wrong in just the places news is dense: OpenNLP's splits after
 * "Sen.", "Corp." and "p.m.". A news body needs a few dozen abbreviations and one test on the next
 * word, which rules state exactly, run in linear time and keep deterministic (the same code runs in
 * Spark). The design follows the classic abbreviation-list splitters (Grefenstette &amp;
 * Tapanainen, "What is a word, what is a sentence?", 1994) and Punkt's observation that the word
 * after a period decides most ambiguous cases (Kiss &amp; Strunk, "Unsupervised Multilingual
 * Sentence Boundary Detection", Computational Linguistics 32(4), 2006).
 *
 * <h2>The rules</h2>
 *
 * <p>A paragraph break (any run of line breaks) always ends a sentence, so a heading or caption
 * without terminal punctuation ("The Meeting") is a sentence of its own. Inside a paragraph a
 * sentence can end only at a run of {@code . ! ?} (or an ellipsis) followed, after any closing
 * quotes and brackets, by a space; the closers belong to the sentence they close, so {@code He
 * said, "We are ready." Then he left.} splits after the quote. A period followed by a letter or
 * digit ("3.5", "v2.1", the inner periods of "U.S.") is never a candidate. At a candidate the word
 * before the period and the word after it decide:
 *
 * <ul>
 *   <li><b>Titles never end a sentence</b> (Mr. Mrs. Ms. Dr. Prof. Sen. Rep. Gov. Gen. Lt. Col.
 *       Sgt. Capt. Rev. Pres. Amb. and a few more, "vs."): they exist to stand before a name.
 *   <li><b>Number prefixes</b> (No. Vol. Fig. Art. p. pp.) do not end a sentence before a digit
 *       ("No. 3"); before anything else they are ordinary words ("He said no. Then...").
 *   <li><b>Abbreviations that may end a sentence</b>: acronyms written with periods ("U.S.",
 *       "p.m.", "a.m.", "e.g.", "J.K."), single capital initials ("F."), company suffixes (Corp.
 *       Inc. Ltd. Co. LLC Plc Bros.), month abbreviations (Jan. Sept. ...), "Jr.", "Sr.", "St."
 *       (Saint or Street), US state abbreviations in AP style (Calif. Ill. ...), "et al.". Each of
 *       them ends a sentence as often as not ("...against the U.S. The next day"), so the next word
 *       decides: the sentence ends only when the next word is a capitalized function word ({@link
 *       Stopwords}: "The", "He", "But", "Meanwhile") or opens with a quote. A capitalized content
 *       word after them is what continues a sentence: a name or a title ("U.S. Embassy", "U.S.
 *       President", "John F. Kennedy", "J.K. Rowling", "St. Petersburg", "5 p.m. Friday"), and a
 *       lowercase word or a digit always continues it ("p.m. local time", "Sept. 15"). The cost is
 *       a missed split when a new sentence starts with a name right after such an abbreviation
 *       ("...against the U.S. Putin said"), which is rarer in news than the names and titles that
 *       follow them.
 *   <li><b>Any other word</b> ends the sentence at its period unless the next word starts in
 *       lowercase or with punctuation (",", ";", ")"), which marks an abbreviation we do not list
 *       or a scraping slip ("free speech. , minority rights"). "etc." is such a word: it ends a
 *       sentence before a capital and continues it before lowercase.
 *   <li><b>{@code ?} and {@code !}</b> end the sentence unless the next word starts in lowercase
 *       ({@code "Are we ready?" she asked.}) or, after a closing quote, is a capitalized name
 *       followed within two words by a reporting verb ({@code "Why?" Putin asked.}).
 *   <li><b>An ellipsis</b> ends the sentence only before a capital letter.
 * </ul>
 *
 * <p>Spaces at either end are not part of a sentence. The splitter reads only {@code ' '} and line
 * breaks as white space: the cleaning stage has mapped every other space to {@code ' '}.
 *
 * @since 0.1
 */
public final class SentenceSplitter {

  private SentenceSplitter() {}

  /** Titles: they stand before a name, so a period after them never ends a sentence. */
  private static final Set<String> TITLES =
      words(
          "Mr Mrs Ms Mmes Messrs Dr Drs Prof Profs Sen Sens Rep Reps Gov Govs Gen Gens Lt Col Maj"
              + " Sgt Capt Cmdr Cmdt Adm Brig Cpl Pvt Rev Pres Amb Hon Fr Supt Insp Det Atty vs Vs"
              + " v");

  /** Prefixes of a number: no sentence end before a digit. */
  private static final Set<String> NUMBER_PREFIXES =
      words(
          "No Nos no nos Vol Vols vol vols Fig Figs fig figs Art art Ch ch Sec sec Para para p pp"
              + " Nr nr");

  /** Abbreviations that may end a sentence: the next word decides. */
  private static final Set<String> MAY_END =
      words(
          // company suffixes
          "Corp Inc Ltd Co Cos LLC Llc Plc PLC Bros Assn Dept Univ"
              // name suffixes and places
              + " Jr Sr St Ste Mt Ft Ave Blvd Rd"
              // month abbreviations (May, June and July are not abbreviated)
              + " Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
              // weekday abbreviations that are not also common words ("Sun.", "Wed.")
              + " Tue Tues Thu Thur Thurs Fri"
              // US states in AP style (the two-letter postal codes are written without periods)
              + " Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn"
              + " Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo"
              // lowercase ones
              + " al approx est cf ca");

  /** Verbs that report speech: {@code "Why?" Putin asked.} is one sentence. */
  private static final Set<String> REPORTING_VERBS =
      words(
          "said says asked asks added adds told tells replied replies wrote writes shouted"
              + " continued explained insisted noted recalled wondered demanded cried exclaimed"
              + " answered quipped declared");

  private static Set<String> words(String spaceSeparated) {
    return Set.of(spaceSeparated.split(" "));
  }

  /** The sentences of a cleaned body, in order, as char spans into it. */
  public static List<Sentence> split(String text) {
    requireNonNull(text, "text");
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int p = 0;
    while (p < n) {
      int q = p;
      while (q < n && !isLineBreak(text.charAt(q))) {
        q++;
      }
      splitParagraph(text, p, q, out);
      p = q;
      while (p < n && isLineBreak(text.charAt(p))) {
        p++;
      }
    }
    return List.copyOf(out);
  }

  private static void splitParagraph(String t, int from, int to, List<Sentence> out) {
    int start = from;
    int i = from;
    while (i < to) {
      char c = t.charAt(i);
      if (!isTerminal(c)) {
        i++;
        continue;
      }
      // A run of terminal marks: "?!", "...", a '…'.
      int runEnd = i;
      boolean question = false;
      int dots = 0;
      while (runEnd < to && isTerminal(t.charAt(runEnd))) {
        char r = t.charAt(runEnd);
        if (r == '!' || r == '?') {
          question = true;
        } else if (r == '.') {
          dots++;
        } else {
          dots += 3; // '…'
        }
        runEnd++;
      }
      int end = runEnd;
      boolean quoteClosed = false;
      while (end < to && isCloser(t.charAt(end))) {
        quoteClosed |= t.charAt(end) == '"' || t.charAt(end) == '\'';
        end++;
      }
      if (end < to && t.charAt(end) != ' ') {
        i = runEnd; // "3.5", "U.S.-China", "end.Next": not a candidate
        continue;
      }
      boolean split;
      if (question) {
        split = endsAfterQuestion(t, end, to, quoteClosed);
      } else if (dots > 1) {
        split = endsAfterEllipsis(t, end, to);
      } else {
        split = endsAfterPeriod(t, from, i, end, to);
      }
      if (split) {
        emit(t, start, end, out);
        start = end;
      }
      i = end;
    }
    emit(t, start, to, out);
  }

  private static boolean endsAfterQuestion(String t, int end, int to, boolean quoteClosed) {
    int k = nextWordStart(t, end, to);
    if (k >= to) {
      return true;
    }
    char f = t.charAt(k);
    if (continuesSentence(f)) {
      return false;
    }
    if (quoteClosed && Character.isUpperCase(f) && reportingVerbFollows(t, k, to)) {
      return false;
    }
    return true;
  }

  private static boolean endsAfterEllipsis(String t, int end, int to) {
    int k = nextWordStart(t, end, to);
    return k >= to || Character.isUpperCase(t.charAt(k));
  }

  /** The period at {@code dot}; {@code end} is past it and any closers. */
  private static boolean endsAfterPeriod(String t, int from, int dot, int end, int to) {
    int k = nextWordStart(t, end, to);
    if (k >= to) {
      return true;
    }
    char f = t.charAt(k);
    boolean opensQuote = k > end && isOpener(t.charAt(k - 1));
    // The word before the period: letters, digits, inner periods and apostrophes.
    int ws = dot;
    while (ws > from) {
      char w = t.charAt(ws - 1);
      if (Character.isLetterOrDigit(w) || w == '.' || w == '\'') {
        ws--;
      } else {
        break;
      }
    }
    if (ws < dot && end == dot + 1) {
      String word = t.substring(ws, dot);
      if (TITLES.contains(word)) {
        return false;
      }
      if (NUMBER_PREFIXES.contains(word) && Character.isDigit(f)) {
        return false;
      }
      if (MAY_END.contains(word) || isDottedAcronym(word) || isInitial(word)) {
        return opensQuote || (Character.isUpperCase(f) && nextWordIsFunctionWord(t, k, to));
      }
    }
    return !continuesSentence(f);
  }

  /** "U.S" or "p.m" or "Ph.D": letter groups of one to three letters joined by periods. */
  private static boolean isDottedAcronym(String word) {
    int group = 0;
    boolean dotted = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '.') {
        if (group == 0) {
          return false;
        }
        dotted = true;
        group = 0;
      } else if (Character.isLetter(c)) {
        if (++group > 3) {
          return false;
        }
      } else {
        return false;
      }
    }
    return dotted && group > 0;
  }

  /** "F" in "John F. Kennedy": one capital letter. */
  private static boolean isInitial(String word) {
    return word.length() == 1 && Character.isUpperCase(word.charAt(0));
  }

  private static boolean nextWordIsFunctionWord(String t, int k, int to) {
    int e = wordEnd(t, k, to);
    return Stopwords.contains(t.substring(k, e).toLowerCase(Locale.ROOT));
  }

  /** After {@code "...?"}: a capitalized word or two, then a reporting verb. */
  private static boolean reportingVerbFollows(String t, int k, int to) {
    int w = k;
    for (int words = 0; words < 3 && w < to; words++) {
      int e = wordEnd(t, w, to);
      if (e == w) {
        return false;
      }
      String word = t.substring(w, e);
      if (words > 0) {
        if (REPORTING_VERBS.contains(word)) {
          return true;
        }
        if (!Character.isUpperCase(word.charAt(0))) {
          return false;
        }
      }
      if (e >= to || t.charAt(e) != ' ') {
        return false;
      }
      w = e + 1;
    }
    return false;
  }

  private static int wordEnd(String t, int k, int to) {
    int e = k;
    while (e < to && (Character.isLetterOrDigit(t.charAt(e)) || t.charAt(e) == '\'')) {
      e++;
    }
    return e;
  }

  /** Skips spaces and opening quotes or brackets; returns {@code to} when nothing follows. */
  private static int nextWordStart(String t, int k, int to) {
    while (k < to && t.charAt(k) == ' ') {
      k++;
    }
    while (k < to && isOpener(t.charAt(k))) {
      k++;
    }
    return k;
  }

  /** A next word that starts like this continues the sentence. */
  private static boolean continuesSentence(char f) {
    return Character.isLowerCase(f) || ",;:.!?)]}…".indexOf(f) >= 0;
  }

  private static void emit(String t, int s, int e, List<Sentence> out) {
    while (s < e && isSpace(t.charAt(s))) {
      s++;
    }
    while (e > s && isSpace(t.charAt(e - 1))) {
      e--;
    }
    if (s < e) {
      out.add(new Sentence(s, e));
    }
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '\'' || c == '(' || c == '[';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }
}
