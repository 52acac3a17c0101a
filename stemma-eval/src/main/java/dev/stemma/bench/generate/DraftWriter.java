package dev.stemma.bench.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes the drafts of original articles: independent reports from the sentence chain, originals of
 * rewrites mostly from the source sides of human paraphrase pairs, and headlines from the headline
 * chain, all filled with the story's cast.
 *
 * <p>Generated sentences have no topic of their own, only the cast's anchors. To give the reports
 * of one story some shared vocabulary beyond names, each story draws a topic (the content words of
 * a few training sentences) and each generated sentence is the best of a few candidates by the
 * number of topic words it holds.
 */
final class DraftWriter {

  static final int SENTENCE_RUN = 8;
  static final int HEADLINE_RUN = 6;
  private static final int ATTEMPTS = 30;
  private static final int CANDIDATES = 4;
  private static final Set<String> STOP_WORDS =
      Set.of(
          "about", "after", "also", "been", "before", "being", "could", "from", "have", "into",
          "more", "most", "other", "over", "said", "says", "some", "than", "that", "their", "them",
          "then", "there", "these", "they", "this", "those", "were", "what", "when", "where",
          "which", "while", "will", "with", "would", "year", "years", "your", "last", "first",
          "told", "just", "only", "very", "such", "because", "since", "until", "under", "still");

  private final MarkovChain sentences;
  private final MarkovChain headlines;
  private final List<List<String>> trainingTemplates;
  private final List<List<String>> pairSources;
  private final List<List<String>> pairRewrites;

  /** Each sentence-chain token's word, for the topic score. */
  private final String[] words;

  DraftWriter(
      MarkovChain sentences,
      MarkovChain headlines,
      List<List<String>> trainingTemplates,
      List<List<String>> pairSources,
      List<List<String>> pairRewrites) {
    this.sentences = sentences;
    this.headlines = headlines;
    this.words = new String[sentences.vocabularySize()];
    for (int id = 1; id < words.length; id++) {
      words[id] = word(sentences.token(id));
    }
    this.trainingTemplates = trainingTemplates;
    this.pairSources = pairSources;
    this.pairRewrites = pairRewrites;
  }

  /** A story's topic words: the content words of three training sentences. */
  Set<String> topic(SplittableRandom random) {
    Set<String> topic = new HashSet<>();
    for (int i = 0; i < 3; i++) {
      for (String token : trainingTemplates.get(random.nextInt(trainingTemplates.size()))) {
        String word = word(token);
        if (word.length() >= 4 && !STOP_WORDS.contains(word)) {
          topic.add(word);
        }
      }
    }
    return topic;
  }

  /** An independent report: 10 to 25 generated sentences in paragraphs. */
  Draft report(Filler filler, Set<String> topic, SplittableRandom random) {
    int count = 10 + random.nextInt(16);
    List<Sentence> body = newSentences(filler, topic, count, random);
    return new Draft(headline(filler, random), paragraphs(body, random));
  }

  /**
   * An original to be rewritten: 10 to 16 sentences, about four in five of them the source sides of
   * paraphrase pairs from the pool (the lede always), the rest generated.
   */
  Draft paraphraseReport(
      Filler filler, Set<String> topic, ParaphrasePool pool, SplittableRandom random) {
    int count = 10 + random.nextInt(7);
    List<Sentence> body = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      if (i == 0 || random.nextInt(5) != 0) {
        int pair = pool.next();
        String[] filled = filler.fillPair(pairSources.get(pair), pairRewrites.get(pair));
        body.add(new Sentence(filled[0], filled[1], pair));
      } else {
        body.addAll(newSentences(filler, topic, 1, random));
      }
    }
    return new Draft(headline(filler, random), paragraphs(body, random));
  }

  /** Sentences a paraphrase report needs from the pool, at most. */
  static int maxPairsPerReport() {
    return 16;
  }

  List<Sentence> newSentences(
      Filler filler, Set<String> topic, int count, SplittableRandom random) {
    List<Sentence> out = new ArrayList<>(count);
    while (out.size() < count) {
      int[] best = null;
      int bestScore = -1;
      for (int c = 0; c < CANDIDATES; c++) {
        int[] candidate = sentences.generateIds(random, ATTEMPTS);
        if (candidate == null) {
          continue;
        }
        int score = 0;
        for (int id : candidate) {
          if (topic.contains(words[id])) {
            score++;
          }
        }
        if (score > bestScore) {
          best = candidate;
          bestScore = score;
        }
      }
      if (best != null) {
        out.add(Sentence.generated(filler.fill(sentences.tokens(best))));
      }
    }
    return out;
  }

  String headline(Filler filler, SplittableRandom random) {
    for (int i = 0; i < 10; i++) {
      List<String> template = headlines.generate(random, ATTEMPTS);
      if (template != null) {
        String headline = filler.fill(template);
        if (headline.endsWith(".")) {
          headline = headline.substring(0, headline.length() - 1);
        }
        return Character.toUpperCase(headline.charAt(0)) + headline.substring(1);
      }
    }
    throw new IllegalStateException("The headline chain produced no headline in 10 tries");
  }

  /** A lede of one or two sentences, then paragraphs of one to four. */
  static List<List<Sentence>> paragraphs(List<Sentence> body, SplittableRandom random) {
    List<List<Sentence>> paragraphs = new ArrayList<>();
    int i = 0;
    boolean first = true;
    while (i < body.size()) {
      int size = first ? 1 + random.nextInt(2) : paragraphSize(random);
      first = false;
      paragraphs.add(new ArrayList<>(body.subList(i, Math.min(body.size(), i + size))));
      i += size;
    }
    return paragraphs;
  }

  private static int paragraphSize(SplittableRandom random) {
    int roll = random.nextInt(20);
    return roll < 4 ? 1 : roll < 11 ? 2 : roll < 17 ? 3 : 4;
  }

  /** A token's letters without the punctuation around them, in lower case. */
  static String word(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && !Character.isLetter(token.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetter(token.charAt(end - 1))) {
      end--;
    }
    return token.substring(start, end).toLowerCase(Locale.ROOT);
  }

  MarkovChain sentenceChain() {
    return sentences;
  }

  MarkovChain headlineChain() {
    return headlines;
  }
}
