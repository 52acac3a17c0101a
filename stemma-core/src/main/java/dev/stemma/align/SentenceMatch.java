package dev.stemma.align;

/**
 * The sentence-match decision: the probability that two sentences say the same thing (one is a
 * copy or a paraphrase of the other), from their embedding cosine and lexical features, by
 * logistic regression.
 *
 * <p>Why both: the embedding model sees meaning across rewording ("will meet next week" / "plan
 * to meet in the following week") but is loose about facts: "met in Beijing in February" and "met
 * in Moscow in March" embed close together. The lexical features hold the facts (shared content
 * stems, numbers that disagree) and recognise verbatim copies without the model.
 *
 * <p>The weights and the threshold were fitted on the training files of {@code shared/eval/}
 * (MRPC and PAN paraphrase pairs, 14,076 pairs), by {@code stemma eval paraphrase --fit}, which
 * prints them and their cross-validated scores; see docs/evaluation.md.
 *
 * @param bias the intercept
 * @param cosine the weight of the embedding cosine
 * @param words the weight of {@link LexicalFeatures#words()}
 * @param content the weight of {@link LexicalFeatures#content()}
 * @param contentOfShorter the weight of {@link LexicalFeatures#contentOfShorter()}
 * @param bigrams the weight of {@link LexicalFeatures#bigrams()}
 * @param numbersDisagree the weight of {@link LexicalFeatures#numbersDisagree()}
 * @param lengthRatio the weight of {@link LexicalFeatures#lengthRatio()}
 * @param threshold the least probability that counts as a match
 */
public record SentenceMatch(
    double bias,
    double cosine,
    double words,
    double content,
    double contentOfShorter,
    double bigrams,
    double numbersDisagree,
    double lengthRatio,
    double threshold) {

  /**
   * The largest cosine worth embedding for: a sentence pair whose lexical features would need a
   * higher cosine to match is settled as no match without the model. On the 14,076 MRPC and PAN
   * training pairs, 2 of the 7,156 pairs the decision matches needed more than 0.85 (30 more than
   * 0.8, none more than 0.9), while 2,162 of the 6,323 non-paraphrases are spared the model below
   * that cap compared with a cap of 0.95.
   */
  public static final double MAX_USEFUL_COSINE = 0.85;

  /**
   * The shipped decision, fitted on the MRPC and PAN training files (reproduce with {@code stemma
   * eval paraphrase --fit}: cross-validated F1 MRPC 83.0, PAN 89.8 with one shared threshold).
   */
  public static final SentenceMatch DEFAULT =
      new SentenceMatch(-8.171, 5.728, 3.400, 1.976, 1.020, -1.674, -0.856, 2.004, 0.38);

  public SentenceMatch {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
    }
    if (!(cosine > 0)) {
      throw new IllegalArgumentException("the cosine weight must be positive, got " + cosine);
    }
  }

  /** The logit from the lexical features alone (the cosine term left out). */
  public double lexicalLogit(LexicalFeatures f) {
    return bias
        + words * f.words()
        + content * f.content()
        + contentOfShorter * f.contentOfShorter()
        + bigrams * f.bigrams()
        + numbersDisagree * f.numbersDisagree()
        + lengthRatio * f.lengthRatio();
  }

  /** The match probability. */
  public double probability(LexicalFeatures f, double cos) {
    return sigmoid(logit(f, cos));
  }

  /**
   * The match score before the logistic function: linear in the features, so it grades how alike
   * two sentences are where the probability flattens both ends of the scale (STS is scored on it).
   */
  public double logit(LexicalFeatures f, double cos) {
    return lexicalLogit(f) + cosine * cos;
  }

  /**
   * The cosine two sentences need to match, given their lexical features: below 0 they match
   * whatever the model says (a verbatim copy), above {@link #MAX_USEFUL_COSINE} they cannot.
   */
  public double neededCosine(LexicalFeatures f) {
    double logitThreshold = Math.log(threshold / (1 - threshold));
    return (logitThreshold - lexicalLogit(f)) / cosine;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
