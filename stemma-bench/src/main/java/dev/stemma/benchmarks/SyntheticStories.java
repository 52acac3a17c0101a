package dev.stemma.benchmarks;

import dev.stemma.ingest.Article;
import dev.stemma.ingest.ArticleMeta;
import dev.stemma.ingest.InputRef;
import dev.stemma.text.WordRarity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * A seeded corpus of news-like articles grouped in stories, for benchmarks that need thousands of
 * articles with the shape of a news crawl: mostly unrelated articles, and small stories of up to
 * five, whose members are near-copies, rewrites or independent reports of one event.
 *
 * <p>How: words are drawn from the word frequencies of a source corpus (the example articles),
 * leaving out the words {@link WordRarity} calls rare, so common words are common and 5-grams are
 * mostly new; each story draws its own cast (two-word names and places built from syllables,
 * numbers, a date, rare words), and its articles put cast members into about one word in eight,
 * and people and numbers of their own into one in forty, so that the members of a story share
 * anchors, as reports of one event do, while unrelated stories share only common words, the odd
 * month and small numbers. A near-copy changes one word in twenty and drops its last one or two
 * sentences; a rewrite replaces a third of the words that are
 * not anchors and swaps two sentences; an independent report is new text with the same cast.
 * Ids are {@code s} and a number, in shuffled order.
 *
 * <p>This is not the evaluation corpus (stemma-eval's generator, with human paraphrases and a
 * gold standard): it only needs the bucket sizes and pair counts of the candidate indexes to be
 * those of a news corpus, not judgements to be scored.
 */
public final class SyntheticStories {

  private static final Pattern WORD = Pattern.compile("[a-z]+(?:'[a-z]+)?");
  private static final String[] SYLLABLES = {
    "ka", "ve", "lin", "dor", "mund", "sa", "ri", "to", "bel", "ham", "os", "tre", "vi", "no", "gar", "len",
    "mi", "ro", "sta", "fen", "qu", "al", "der", "im", "po", "zet", "lu", "ner", "ha", "wick"
  };
  private static final String[] PLACE_ENDINGS = {"ton", "ville", "port", "burg", "field", " Bay", " Heights"};
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December"
  };

  private final SplittableRandom random;
  private final String[] words;

  private SyntheticStories(long seed, List<String> words) {
    this.random = new SplittableRandom(seed);
    this.words = words.toArray(String[]::new);
  }

  /**
   * {@code n} articles in stories of one to five.
   *
   * @param source articles whose word frequencies the text follows
   */
  public static List<Article> generate(int n, long seed, List<Article> source) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, got " + n);
    }
    List<String> words = new ArrayList<>();
    for (Article a : source) {
      var m = WORD.matcher(a.text().toLowerCase(Locale.ROOT));
      while (m.find()) {
        if (!WordRarity.isRare(m.group())) {
          words.add(m.group()); // rare words are anchors: each story draws its own
        }
      }
    }
    if (words.size() < 1000) {
      throw new IllegalArgumentException(
          "the source articles hold " + words.size() + " words; give at least 1,000 to draw text from");
    }
    return new SyntheticStories(seed, words).articles(n);
  }

  private List<Article> articles(int n) {
    List<String[]> texts = new ArrayList<>(n); // {title, text}
    while (texts.size() < n) {
      int size = Math.min(n - texts.size(), storySize());
      List<String> cast = cast();
      List<List<String>> base = article(cast);
      texts.add(render(base, cast));
      for (int k = 1; k < size; k++) {
        int kind = random.nextInt(10);
        List<List<String>> member = kind < 3 ? nearCopy(base) : kind < 6 ? rewrite(base, cast) : article(cast);
        texts.add(render(member, cast));
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new java.util.Random(random.nextLong()));
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String[] t = texts.get(order.get(i));
      out.add(new Article(String.format(Locale.ROOT, "s%06d", i), t[1], t[0], ArticleMeta.NONE,
          InputRef.of("synthetic")));
    }
    return out;
  }

  /** Half the stories are a single article; the rest have two to five. */
  private int storySize() {
    return random.nextBoolean() ? 1 : 2 + random.nextInt(4);
  }

  /** A story's cast: five people, three places, four numbers, a date and four rare words. */
  private List<String> cast() {
    List<String> cast = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      cast.add(person());
    }
    for (int i = 0; i < 3; i++) {
      cast.add(capitalize(name(3)) + PLACE_ENDINGS[random.nextInt(PLACE_ENDINGS.length)]);
    }
    for (int i = 0; i < 4; i++) {
      cast.add(number());
    }
    cast.add(MONTHS[random.nextInt(12)] + " " + (1 + random.nextInt(28)));
    for (int i = 0; i < 4; i++) {
      cast.add(name(3) + (i % 2 == 0 ? "" : "s"));
    }
    return cast;
  }

  private String person() {
    return capitalize(name(3)) + " " + capitalize(name(3));
  }

  private String number() {
    return Integer.toString(random.nextBoolean() ? 10 + random.nextInt(990) : 1000 + random.nextInt(90_000));
  }

  private String name(int syllables) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return sb.toString();
  }

  /**
   * An article as sentences of words: 10 to 18 sentences of 10 to 24 words, one word in eight a
   * member of the story's cast, one in forty a person or number of this article's own (a
   * witness, a figure only this report gives).
   */
  private List<List<String>> article(List<String> cast) {
    List<String> own = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      own.add(person());
      own.add(number());
    }
    int sentences = 10 + random.nextInt(9);
    List<List<String>> out = new ArrayList<>();
    for (int s = 0; s < sentences; s++) {
      int length = 10 + random.nextInt(15);
      List<String> sentence = new ArrayList<>();
      for (int w = 0; w < length; w++) {
        int draw = random.nextInt(40);
        sentence.add(draw < 5 ? cast.get(random.nextInt(cast.size())) : draw == 5 ? own.get(random.nextInt(own.size()))
            : word());
      }
      out.add(sentence);
    }
    return out;
  }

  private String word() {
    return words[random.nextInt(words.length)];
  }

  private List<List<String>> nearCopy(List<List<String>> base) {
    List<List<String>> out = new ArrayList<>();
    int keep = base.size() - 1 - random.nextInt(2);
    for (int s = 0; s < keep; s++) {
      List<String> sentence = new ArrayList<>(base.get(s));
      for (int w = 0; w < sentence.size(); w++) {
        if (random.nextInt(20) == 0) {
          sentence.set(w, word());
        }
      }
      out.add(sentence);
    }
    return out;
  }

  private List<List<String>> rewrite(List<List<String>> base, List<String> cast) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> s : base) {
      List<String> sentence = new ArrayList<>(s);
      for (int w = 0; w < sentence.size(); w++) {
        if (!cast.contains(sentence.get(w)) && random.nextInt(3) == 0) {
          sentence.set(w, word());
        }
      }
      out.add(sentence);
    }
    int i = random.nextInt(out.size() - 1);
    Collections.swap(out, i, i + 1);
    return out;
  }

  /** Title and text: a headline from the first sentence's words, paragraphs of one to three sentences. */
  private String[] render(List<List<String>> sentences, List<String> cast) {
    List<String> first = sentences.get(0);
    String title = capitalize(cast.get(random.nextInt(3)) + " " + String.join(" ", first.subList(0, 6)));
    StringBuilder text = new StringBuilder();
    int inParagraph = 0;
    int paragraphLength = 1 + random.nextInt(3);
    for (List<String> s : sentences) {
      if (inParagraph == paragraphLength) {
        text.append("\n\n");
        inParagraph = 0;
        paragraphLength = 1 + random.nextInt(3);
      } else if (inParagraph > 0) {
        text.append(' ');
      }
      text.append(capitalize(String.join(" ", s))).append('.');
      inParagraph++;
    }
    return new String[] {title, text.toString()};
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
