package dev.stemma.text;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * The Porter stemmer: strips English inflectional and derivational suffixes by rule, so that
 * "connected", "connecting" and "connection" all become "connect".
 *
 * <p>This is the algorithm as published in M.F. Porter, "An algorithm for suffix stripping",
 * <i>Program</i> 14(3), 130-137, 1980, implemented from that description, not from one of the later
 * reference programs. Two differences from the often-copied ANSI C version follow from that: step 2
 * has the paper's {@code ABLI -> ABLE} (not {@code BLI -> BLE}) and no {@code LOGI -> LOG}, and
 * words of one or two letters are stemmed like any other (the paper sets no minimum length; {@code
 * "is"} becomes {@code "i"}), except that the one word the steps would strip to nothing, {@code
 * "s"}, is kept. It is not Porter2 ("English" Snowball).
 *
 * <h2>How it works</h2>
 *
 * <p>A word is read as {@code [C](VC)^m[V]}, where {@code C} is a run of consonants and {@code V} a
 * run of vowels; a {@code y} after a consonant counts as a vowel. The <em>measure</em> {@code m} of
 * a stem is the number of {@code VC} pairs: {@code tree} has m=0, {@code trouble} m=1, {@code
 * troubles} m=2. Five steps each hold rules {@code (condition) S1 -> S2}. Within a step only the
 * rule with the longest suffix {@code S1} that the word ends with is considered, and it fires only
 * if its condition holds for the stem left after removing {@code S1}; when it does not hold, no
 * shorter rule of that step is tried (so {@code rational} keeps its {@code tional}, because {@code
 * ational} matched first and its stem {@code r} has m=0). The conditions use m, {@code *v*} (the
 * stem holds a vowel), {@code *d} (it ends in a double consonant) and {@code *o} (it ends
 * consonant-vowel-consonant, the last not w, x or y).
 *
 * <p>Only plain lowercase a-z words are stemmed; any other string (digits, apostrophes, accented
 * letters) is returned as given. The method is pure and thread-safe.
 *
 * @since 0.1
 */
public final class PorterStemmer {

  private PorterStemmer() {}

  // Each table is {S1, S2}; the rules of a step are looked up by the last letter of S1 and tried
  // longest first, which gives the paper's longest-match rule.
  private static final Rules STEP2 =
      new Rules(
          new String[][] {
            {"ational", "ate"},
            {"tional", "tion"},
            {"enci", "ence"},
            {"anci", "ance"},
            {"izer", "ize"},
            {"abli", "able"},
            {"alli", "al"},
            {"entli", "ent"},
            {"eli", "e"},
            {"ousli", "ous"},
            {"ization", "ize"},
            {"ation", "ate"},
            {"ator", "ate"},
            {"alism", "al"},
            {"iveness", "ive"},
            {"fulness", "ful"},
            {"ousness", "ous"},
            {"aliti", "al"},
            {"iviti", "ive"},
            {"biliti", "ble"}
          });

  private static final Rules STEP3 =
      new Rules(
          new String[][] {
            {"icate", "ic"},
            {"ative", ""},
            {"alize", "al"},
            {"iciti", "ic"},
            {"ical", "ic"},
            {"ful", ""},
            {"ness", ""}
          });

  private static final Rules STEP4 =
      new Rules(
          new String[][] {
            {"al", ""}, {"ance", ""}, {"ence", ""}, {"er", ""}, {"ic", ""}, {"able", ""},
            {"ible", ""}, {"ant", ""}, {"ement", ""}, {"ment", ""}, {"ent", ""}, {"ion", ""},
            {"ou", ""}, {"ism", ""}, {"ate", ""}, {"iti", ""}, {"ous", ""}, {"ive", ""},
            {"ize", ""}
          });

  /** The stem of a lowercase word; the word itself when it is not made only of a-z. */
  public static String stem(String word) {
    requireNonNull(word, "word");
    int n = word.length();
    if (n == 0) {
      return word;
    }
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return word;
      }
    }
    Work w = new Work(word);
    w.step1a();
    w.step1b();
    w.step1c();
    w.replace(STEP2, 0);
    w.replace(STEP3, 0);
    w.replace(STEP4, 1);
    w.step5a();
    w.step5b();
    return w.result(word);
  }

  /** The rules of one step, indexed by the last letter of their suffix, longest first. */
  private static final class Rules {
    final String[][][] byLastLetter = new String[26][][];

    Rules(String[][] rules) {
      for (char last = 'a'; last <= 'z'; last++) {
        final char l = last;
        String[][] bucket =
            Arrays.stream(rules)
                .filter(r -> r[0].charAt(r[0].length() - 1) == l)
                .sorted((x, y) -> Integer.compare(y[0].length(), x[0].length()))
                .toArray(String[][]::new);
        byLastLetter[last - 'a'] = bucket;
      }
    }
  }

  /** One word being stemmed: a buffer and its current length. */
  private static final class Work {
    final char[] b;
    int k;
    boolean modified; // set by every change to b or k, so an unchanged word is returned as is

    Work(String word) {
      b = word.toCharArray();
      k = b.length;
    }

    String result(String original) {
      // Only "s" is stripped to nothing (step 1a); a stem must keep at least one letter.
      return modified && k > 0 ? new String(b, 0, k) : original;
    }

    /** Whether b[i] is a consonant: not a, e, i, o, u, and not a y after a consonant. */
    boolean cons(int i) {
      switch (b[i]) {
        case 'a', 'e', 'i', 'o', 'u' -> {
          return false;
        }
        case 'y' -> {
          return i == 0 || !cons(i - 1);
        }
        default -> {
          return true;
        }
      }
    }

    /** The measure m of the first len letters: the number of VC pairs in [C](VC)^m[V]. */
    int measure(int len) {
      int i = 0;
      while (i < len && cons(i)) {
        i++;
      }
      int m = 0;
      while (i < len) {
        while (i < len && !cons(i)) {
          i++;
        }
        if (i >= len) {
          break;
        }
        while (i < len && cons(i)) {
          i++;
        }
        m++;
      }
      return m;
    }

    /** *v*: the first len letters hold a vowel. */
    boolean vowelIn(int len) {
      for (int i = 0; i < len; i++) {
        if (!cons(i)) {
          return true;
        }
      }
      return false;
    }

    /** *d: the first len letters end in a double consonant. */
    boolean doubleConsonant(int len) {
      return len >= 2 && b[len - 1] == b[len - 2] && cons(len - 1);
    }

    /** *o: the first len letters end consonant-vowel-consonant, the last not w, x or y. */
    boolean cvc(int len) {
      if (len < 3 || !cons(len - 3) || cons(len - 2) || !cons(len - 1)) {
        return false;
      }
      char last = b[len - 1];
      return last != 'w' && last != 'x' && last != 'y';
    }

    boolean endsWith(String s) {
      int n = s.length();
      if (n > k) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (b[k - n + i] != s.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    /** Replaces the last {@code suffixLength} letters with {@code with}. */
    void set(int suffixLength, String with) {
      int j = k - suffixLength;
      for (int i = 0; i < with.length(); i++) {
        b[j + i] = with.charAt(i);
      }
      k = j + with.length();
      modified = true;
    }

    void shorten(int letters) {
      k -= letters;
      modified = true;
    }

    // Step 1a: SSES -> SS, IES -> I, SS -> SS, S -> (plurals).
    void step1a() {
      if (endsWith("sses") || endsWith("ies")) {
        shorten(2);
      } else if (endsWith("ss")) {
        // SS -> SS: kept, and it blocks S -> .
      } else if (endsWith("s")) {
        shorten(1);
      }
    }

    // Step 1b: (m>0) EED -> EE, (*v*) ED -> , (*v*) ING -> ; then tidy the stem left by the last
    // two.
    void step1b() {
      boolean tidy = false;
      if (endsWith("eed")) {
        if (measure(k - 3) > 0) {
          shorten(1);
        }
      } else if (endsWith("ed")) {
        if (vowelIn(k - 2)) {
          shorten(2);
          tidy = true;
        }
      } else if (endsWith("ing")) {
        if (vowelIn(k - 3)) {
          shorten(3);
          tidy = true;
        }
      }
      if (!tidy) {
        return;
      }
      if (endsWith("at")) {
        set(2, "ate");
      } else if (endsWith("bl")) {
        set(2, "ble");
      } else if (endsWith("iz")) {
        set(2, "ize");
      } else if (doubleConsonant(k)) {
        char last = b[k - 1];
        if (last != 'l' && last != 's' && last != 'z') {
          shorten(1);
        }
      } else if (measure(k) == 1 && cvc(k)) {
        b[k] = 'e';
        k += 1;
      }
    }

    // Step 1c: (*v*) Y -> I.
    void step1c() {
      if (endsWith("y") && vowelIn(k - 1)) {
        b[k - 1] = 'i';
        modified = true;
      }
    }

    // Steps 2, 3 and 4: the longest matching suffix, replaced when the stem's m > minMeasure.
    // Step 4's ION also needs the stem to end in S or T.
    void replace(Rules rules, int minMeasure) {
      if (k == 0) {
        return;
      }
      char last = b[k - 1];
      if (last < 'a' || last > 'z') {
        return;
      }
      for (String[] rule : rules.byLastLetter[last - 'a']) {
        String s1 = rule[0];
        if (!endsWith(s1)) {
          continue;
        }
        int stem = k - s1.length();
        boolean ok = measure(stem) > minMeasure;
        if (ok && rules == STEP4 && s1.equals("ion")) {
          ok = stem > 0 && (b[stem - 1] == 's' || b[stem - 1] == 't');
        }
        if (ok) {
          set(s1.length(), rule[1]);
        }
        return;
      }
    }

    // Step 5a: (m>1) E -> , (m=1 and not *o) E -> .
    void step5a() {
      if (endsWith("e")) {
        int m = measure(k - 1);
        if (m > 1 || (m == 1 && !cvc(k - 1))) {
          shorten(1);
        }
      }
    }

    // Step 5b: (m>1 and *d and *L) -> single letter.
    void step5b() {
      if (k > 0 && b[k - 1] == 'l' && doubleConsonant(k) && measure(k) > 1) {
        shorten(1);
      }
    }
  }
}
