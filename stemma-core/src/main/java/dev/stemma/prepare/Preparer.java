package dev.stemma.prepare;

import dev.stemma.align.SentenceProfile;
import dev.stemma.clean.CleanArticle;
import dev.stemma.clean.Cleaner;
import dev.stemma.clean.RepeatedLines;
import dev.stemma.exact.BodyHash;
import dev.stemma.ingest.Article;
import dev.stemma.minhash.Hashing;
import dev.stemma.minhash.MinHasher;
import dev.stemma.minhash.Shingles;
import dev.stemma.text.Anchor;
import dev.stemma.text.AnchorKind;
import dev.stemma.text.TextAnalysis;
import dev.stemma.text.TextAnalyzer;
import dev.stemma.text.WordRarity;
import dev.stemma.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs the per-article stages (clean, text, exact hash, MinHash signatures, sentence profiles) on
 * one article: a pure function of the article and the corpus's {@link RepeatedLines}, safe to call
 * from many threads and from a Spark executor.
 */
public final class Preparer {

  /** Word 5-grams, as text-dedup, datatrove and NeMo Curator shingle. */
  public static final int SHINGLE_SIZE = 5;

  private final MinHasher shingleHasher;
  private final MinHasher anchorHasher;

  public Preparer(MinHasher shingleHasher, MinHasher anchorHasher) {
    this.shingleHasher = shingleHasher;
    this.anchorHasher = anchorHasher;
  }

  /** Why an article cannot be analysed, or the prepared article. */
  public sealed interface Outcome permits Prepared, Unusable {}

  public record Prepared(PreparedArticle article) implements Outcome {}

  public record Unusable(CleanArticle clean, String reason, String fix) implements Outcome {}

  public Outcome prepare(Article article, RepeatedLines repeated) {
    CleanArticle clean = Cleaner.clean(article, repeated);
    if (clean.body().isBlank()) {
      return new Unusable(
          clean,
          "no story text left after removing " + clean.removed().size() + " line(s) of site chrome",
          "Check that the input holds the article's text, not only its page furniture.");
    }
    TextAnalysis text = TextAnalyzer.analyze(clean.body());
    if (text.sentences().isEmpty() || text.tokenCount() == 0) {
      return new Unusable(clean, "no words in the story text", "Give the article's text.");
    }
    List<String> words = new ArrayList<>(text.tokenCount());
    List<SentenceProfile> profiles = new ArrayList<>(text.sentences().size());
    Map<Long, Integer> content = new TreeMap<>();
    Map<Long, Double> rarity = new TreeMap<>();
    for (List<Token> sentence : text.tokens()) {
      profiles.add(SentenceProfile.of(sentence));
      for (Token t : sentence) {
        words.add(t.norm());
        if (!t.stopword()) {
          long stem = Hashing.token(t.stem());
          content.merge(stem, 1, Integer::sum);
          rarity.putIfAbsent(stem, rarity(t.norm()));
        }
      }
    }
    long[] shingles = Shingles.of(words, SHINGLE_SIZE);

    Map<Long, Double> anchorWeights = new TreeMap<>();
    for (Anchor a : text.anchors().anchors()) {
      double w = weight(a);
      if (w > 0) {
        anchorWeights.merge(Hashing.token(a.term()), w, Math::max);
      }
    }
    long[] anchorTerms = new long[anchorWeights.size()];
    double[] weights = new double[anchorWeights.size()];
    int k = 0;
    for (Map.Entry<Long, Double> e : anchorWeights.entrySet()) {
      anchorTerms[k] = e.getKey();
      weights[k] = e.getValue();
      k++;
    }
    long[] stems = new long[content.size()];
    double[] contentWeights = new double[content.size()];
    k = 0;
    for (Map.Entry<Long, Integer> e : content.entrySet()) {
      stems[k] = e.getKey();
      contentWeights[k] = (1 + Math.log(e.getValue())) * rarity.get(e.getKey());
      k++;
    }
    Optional<String> credit = AgencyCredit.find(clean.body());
    return new Prepared(
        new PreparedArticle(
            article,
            clean,
            text,
            BodyHash.of(clean.body()),
            shingles,
            shingleHasher.signature(shingles),
            anchorTerms,
            anchorHasher.signature(distinctive(anchorTerms, weights)),
            weights,
            stems,
            contentWeights,
            profiles,
            credit.orElse(null)));
  }

  /**
   * The anchors that go into the candidate index: names, rare words and numbers of two digits or
   * more. Months, weekdays, years and quoted common words recur in most news of a season, so a
   * band made of them would propose pairs of unrelated articles; they still count, with their
   * lower weights, when a proposed pair is measured ({@code PairMeasures.anchors}).
   */
  static long[] distinctive(long[] terms, double[] weights) {
    long[] out = new long[terms.length];
    int n = 0;
    for (int i = 0; i < terms.length; i++) {
      if (weights[i] >= 0.8) {
        out[n++] = terms[i];
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * How much a shared anchor says about two articles telling one story. Names and rare words say
   * most; numbers are specific but small ones recur everywhere; a month or a year says least.
   */
  static double weight(Anchor a) {
    double w = 0;
    for (AnchorKind kind : a.kinds()) {
      w = Math.max(w, switch (kind) {
        case NAME, RARE -> 1.0;
        case QUOTED -> 0.6;
        case NUMBER -> a.term().length() >= 2 ? 0.8 : 0.0;
        case DATE -> 0.4;
      });
    }
    return w;
  }

  /**
   * How much a shared word says: ln(1 + rank / 1000), where rank is the word's place in the
   * embedding model's frequency-ordered vocabulary (Wikipedia and BooksCorpus; see {@link
   * WordRarity}), and a word absent from it ranks last. "said" (rank ~2,000) weighs 1.1, "summit"
   * (~8,600) 2.3, "Samarkand" (absent) 3.4. A fixed stand-in for inverse document frequency: on
   * WikiRef220 it separates same-topic from other pairs better than the corpus's own IDF, and it
   * keeps every measure a function of the two articles alone, as a live index needs.
   */
  static double rarity(String word) {
    return Math.log(1 + WordRarity.rank(word).orElse(WordRarity.VOCABULARY_SIZE) / 1000.0);
  }
}
