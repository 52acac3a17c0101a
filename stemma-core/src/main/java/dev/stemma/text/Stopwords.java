package dev.stemma.text;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The English function words: articles, pronouns, auxiliaries, prepositions, conjunctions and
 * common adverbs.
 *
 * <p>The list lives in the resource {@code dev/stemma/text/stopwords-en.txt}, whose header gives
 * its source and the criteria for keeping a word. Function words carry no topic, so they are never
 * anchors, and a capitalized one after a period is taken as the start of a new sentence (see {@link
 * SentenceSplitter}).
 *
 * @since 0.1
 */
public final class Stopwords {

  static final String RESOURCE = "stopwords-en.txt";

  private Stopwords() {}

  /** Whether a normalized (lowercase) word is a function word. */
  public static boolean contains(String word) {
    requireNonNull(word, "word");
    return Holder.WORDS.contains(word);
  }

  /** All function words, lowercase. */
  public static Set<String> all() {
    return Holder.WORDS;
  }

  /** Loads the list once, on first use (the holder idiom makes that thread-safe). */
  private static final class Holder {
    static final Set<String> WORDS = load();
  }

  private static Set<String> load() {
    try (InputStream in = Stopwords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Stop-word list dev/stemma/text/"
                + RESOURCE
                + " is missing from the class path;"
                + " rebuild stemma-core so that its resources are packaged");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Set<String> words = new HashSet<>();
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        for (String word : trimmed.split("\\s+")) {
          if (!word.equals(word.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException(
                "Stop-word list "
                    + RESOURCE
                    + " line "
                    + lineNumber
                    + ": '"
                    + word
                    + "' is not lowercase; write it in lowercase");
          }
          words.add(word);
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the stop-word list " + RESOURCE, e);
    }
  }
}
