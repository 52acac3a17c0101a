package dev.stemma.eval.task;

import static java.util.Objects.requireNonNull;

import dev.stemma.Progress;
import dev.stemma.align.LexicalFeatures;
import dev.stemma.align.SentenceMatch;
import dev.stemma.align.SentenceProfile;
import dev.stemma.clean.TextNormalizer;
import dev.stemma.embed.SentenceEncoder;
import dev.stemma.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Measures sentence pairs the way the aligner measures two articles' sentences, so that a
 * paraphrase or STS figure is a figure of the decision the pipeline makes.
 *
 * <p>Each sentence goes through the steps an article's sentence goes through: Unicode normalisation
 * as the cleaner does it ({@link TextNormalizer}), the text stage ({@link TextAnalyzer}: tokens,
 * stems, stop words), one {@link SentenceProfile} of all its tokens (a labelled "sentence" the
 * splitter would cut in two is still one item), the {@link LexicalFeatures} of the pair, and the
 * cosine of the two normalised texts' vectors from the shipped encoder. The probability is then {@link
 * SentenceMatch#probability}.
 *
 * <p>Why distinct sentences are embedded once, sorted by length: MRPC and PAN repeat sentences
 * across pairs, and the encoder pads each batch to its longest sentence, so sorting all texts by
 * length before cutting them into calls keeps the padding (the wasted work) small. On two cores the
 * model embeds about 150 sentences a second, so the 28,000 sentences of the MRPC and PAN training
 * files take about three minutes; progress is reported per chunk.
 */
public final class SentencePairs {

  /**
   * Sentences per encoder call: small enough for steady progress, large enough for full batches.
   */
  static final int CHUNK = 256;

  private SentencePairs() {}

  /**
   * One measured pair.
   *
   * @param lexical the lexical features of the two sentences
   * @param cosine the cosine of their embeddings, in [-1, 1]
   */
  public record Measured(LexicalFeatures lexical, double cosine) {

    public Measured {
      requireNonNull(lexical, "lexical");
      if (Double.isNaN(cosine)) {
        throw new IllegalArgumentException("cosine must be a number, got NaN");
      }
    }

    /** The match probability under {@code match}. */
    public double probability(SentenceMatch match) {
      return match.probability(lexical, cosine);
    }

    /** The match score on its linear scale, before the logistic function. */
    public double logit(SentenceMatch match) {
      return match.logit(lexical, cosine);
    }
  }

  /** The text the pipeline would compare: the sentence after the cleaner's normalisation. */
  public static String normalize(String sentence) {
    return TextNormalizer.normalize(sentence).text();
  }

  /** The profile the aligner would build of a normalised sentence: all its tokens. */
  public static SentenceProfile profile(String normalized) {
    return SentenceProfile.of(TextAnalyzer.analyze(normalized).allTokens());
  }

  /**
   * Measures {@code first.get(i)} against {@code second.get(i)} for every i.
   *
   * @param progress hears the stage {@code embed}, with the number of distinct sentences
   */
  public static List<Measured> measure(
      List<String> first, List<String> second, SentenceEncoder encoder, Progress progress) {
    if (first.size() != second.size()) {
      throw new IllegalArgumentException(
          "first and second must have the same length, got "
              + first.size()
              + " and "
              + second.size());
    }
    List<String> a = first.stream().map(SentencePairs::normalize).toList();
    List<String> b = second.stream().map(SentencePairs::normalize).toList();
    LinkedHashSet<String> distinct = new LinkedHashSet<>(a);
    distinct.addAll(b);
    Map<String, SentenceProfile> profiles = new HashMap<>();
    for (String text : distinct) {
      profiles.put(text, profile(text));
    }
    Map<String, float[]> vectors = embed(List.copyOf(distinct), encoder, progress);
    List<Measured> measured = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      LexicalFeatures f = LexicalFeatures.of(profiles.get(a.get(i)), profiles.get(b.get(i)));
      measured.add(new Measured(f, dot(vectors.get(a.get(i)), vectors.get(b.get(i)))));
    }
    return measured;
  }

  /** The vector of each distinct text, embedded in calls of {@link #CHUNK}, shortest first. */
  static Map<String, float[]> embed(
      List<String> texts, SentenceEncoder encoder, Progress progress) {
    List<String> order = new ArrayList<>(texts);
    order.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    Map<String, float[]> vectors = new HashMap<>();
    progress.start("embed", order.size());
    for (int from = 0; from < order.size(); from += CHUNK) {
      List<String> chunk = order.subList(from, Math.min(order.size(), from + CHUNK));
      float[][] out = encoder.encode(chunk);
      for (int k = 0; k < chunk.size(); k++) {
        vectors.put(chunk.get(k), out[k]);
      }
      progress.advance(from + chunk.size());
    }
    progress.finish(order.size() + " distinct sentences embedded");
    return vectors;
  }

  /** The cosine of two unit vectors. */
  static double dot(float[] x, float[] y) {
    double dot = 0;
    for (int k = 0; k < x.length; k++) {
      dot += x[k] * y[k];
    }
    return dot;
  }
}
