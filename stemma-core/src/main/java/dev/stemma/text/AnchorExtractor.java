package dev.stemma.text;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Finds the anchors of one article: the tokens that rewriters rarely change, which are names,
 * numbers, dates, quoted words and rare words.
 *
 * <h2>Why these</h2>
 *
 * <p>A rewriter ("spinner") swaps common words for synonyms and reorders clauses, but it cannot
 * change who did what, when, and how many, or what was said, without changing the story; and a
 * thesaurus has no synonyms for rare words. So two articles that share many anchors but few word
 * n-grams are likely one text rewritten, and two that share few are likely independent reports.
 * Automatic obfuscation, as used to build the PAN plagiarism corpus (Potthast et al., "An
 * Evaluation Framework for Plagiarism Detection", COLING 2010), works the same way: it shuffles
 * words and swaps them for WordNet synonyms, which leaves names and numbers in place.
 *
 * <h2>The rules</h2>
 *
 * <ul>
 *   <li>{@link AnchorKind#DATE}: a capitalized month or weekday name, an abbreviation of one
 *       followed by a period or a number (read as the full name, so "Sept." and "September" are one
 *       term), and a year: four plain digits from 1900 to 2099 ("2,000" is a number, not a year).
 *       "May" counts only where a capital is not expected or next to a number, since it is also the
 *       modal verb.
 *   <li>{@link AnchorKind#NUMBER}: numeric tokens in their normalized form ("2,000" is {@code
 *       2000}), and spelled-out numbers (see {@code NumberWords}; "two" is {@code 2}).
 *   <li>{@link AnchorKind#NAME}: a capitalized content word (not a function word, not a number)
 *       that stands where a capital is not expected; and one that stands where it is expected (a
 *       sentence start, a heading) if the same word appears as a name elsewhere in the text. So
 *       "Putin" opening a sentence is a name, "The" or "Both" is not (function words), and "Asked"
 *       opening a sentence is not unless the text also writes "Asked" mid-sentence. An acronym
 *       ("NATO", "U.S.") is a name wherever it stands, since a position explains one capital but
 *       not all of them.
 *   <li>{@link AnchorKind#QUOTED}: a content word inside double quotes.
 *   <li>{@link AnchorKind#RARE}: a content word that {@link WordRarity} calls rare.
 * </ul>
 *
 * <p>Terms are the tokens' normalized lowercase forms, not stems. Names must keep their letters
 * (Porter turns "Ukraine" into "ukrain" and would merge unrelated names); quoted words are anchors
 * because rewriters copy them verbatim; rare words are anchors because a spinner cannot swap them,
 * and a change of inflection ("pledging" to "pledged") is a rewrite that a stem would hide.
 * Unstemmed terms are also what a report can show a reader. A caller that wants looser matching can
 * stem the terms with {@link PorterStemmer}.
 *
 * <p>A term's {@link Anchor#count()} is the number of its occurrences that qualified, and its kind
 * is the first in {@link AnchorKind} order among all the kinds they qualified as.
 *
 * @since 0.1
 */
public final class AnchorExtractor {

  private AnchorExtractor() {}

  private static final AnchorKind[] KINDS = AnchorKind.values();

  /** A mask bit past the kinds: some occurrence is a content word, so the term may be rare. */
  private static final int RARE_CANDIDATE = 1 << KINDS.length;

  /**
   * The anchors of a text.
   *
   * @param text the cleaned body the tokens were read from
   * @param sentences the tokens of each sentence, as {@link WordTokenizer#tokenize} returns them
   */
  public static AnchorSet extract(String text, List<List<Token>> sentences) {
    requireNonNull(text, "text");
    requireNonNull(sentences, "sentences");
    Set<String> names = new HashSet<>();
    for (List<Token> tokens : sentences) {
      for (Token t : tokens) {
        if (isContent(t) && t.capitalized() && !t.capsExpected()) {
          names.add(t.norm());
        }
      }
    }
    // term -> {occurrences that qualified, occurrences that qualify only if rare, mask of kinds}.
    // Rarity is a property of the term, so it is looked up once per term, at the end.
    Map<String, int[]> found = new HashMap<>();
    for (List<Token> tokens : sentences) {
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        String term = t.norm();
        int mask = 0;
        @Nullable String date = dateTerm(text, tokens, k);
        @Nullable String spelled = t.number() || t.stopword() ? null : NumberWords.term(term);
        if (date != null) {
          term = date;
          mask |= bit(AnchorKind.DATE);
        } else if (t.number()) {
          mask |=
              bit(
                  DateWords.isYear(term, t.end() - t.start())
                      ? AnchorKind.DATE
                      : AnchorKind.NUMBER);
        } else if (spelled != null) {
          term = spelled;
          mask |= bit(AnchorKind.NUMBER);
        }
        boolean content = isContent(t);
        if (content
            && t.capitalized()
            && (!t.capsExpected() || t.acronym() || names.contains(t.norm()))) {
          mask |= bit(AnchorKind.NAME);
        }
        if (t.quoted() && !t.stopword()) {
          mask |= bit(AnchorKind.QUOTED);
        }
        boolean rareCandidate = content && date == null && spelled == null;
        if (mask == 0 && !rareCandidate) {
          continue;
        }
        int[] entry = found.computeIfAbsent(term, x -> new int[3]);
        if (mask != 0) {
          entry[0]++;
          entry[2] |= mask;
        } else {
          entry[1]++;
        }
        if (rareCandidate) {
          entry[2] |= RARE_CANDIDATE;
        }
      }
    }
    TreeMap<String, Anchor> anchors = new TreeMap<>();
    for (Map.Entry<String, int[]> e : found.entrySet()) {
      int[] entry = e.getValue();
      int mask = entry[2];
      int count = entry[0];
      if ((mask & RARE_CANDIDATE) != 0 && WordRarity.isRare(e.getKey())) {
        mask |= bit(AnchorKind.RARE);
        count += entry[1];
      }
      if (count == 0) {
        continue;
      }
      EnumSet<AnchorKind> kinds = EnumSet.noneOf(AnchorKind.class);
      for (AnchorKind kind : KINDS) {
        if ((mask & bit(kind)) != 0) {
          kinds.add(kind);
        }
      }
      anchors.put(e.getKey(), new Anchor(e.getKey(), kinds.iterator().next(), kinds, count));
    }
    return new AnchorSet(anchors);
  }

  private static boolean isContent(Token t) {
    return !t.stopword() && !t.number();
  }

  /** The full month or weekday name a token stands for, or null. */
  private static @Nullable String dateTerm(String text, List<Token> tokens, int k) {
    Token t = tokens.get(k);
    if (!t.capitalized() || t.number()) {
      return null;
    }
    String full = DateWords.full(t.norm());
    if (full != null) {
      if (full.equals("may") && t.capsExpected() && !nextToNumber(tokens, k)) {
        return null;
      }
      return full;
    }
    String abbreviated = DateWords.abbreviated(t.norm());
    if (abbreviated != null) {
      boolean period = t.end() < text.length() && text.charAt(t.end()) == '.';
      boolean beforeNumber = k + 1 < tokens.size() && tokens.get(k + 1).number();
      return period || beforeNumber ? abbreviated : null;
    }
    return null;
  }

  private static boolean nextToNumber(List<Token> tokens, int k) {
    return (k > 0 && tokens.get(k - 1).number())
        || (k + 1 < tokens.size() && tokens.get(k + 1).number());
  }

  private static int bit(AnchorKind kind) {
    return 1 << kind.ordinal();
  }
}
