package dev.stemma.eval.task;

import static java.util.Objects.requireNonNull;

import dev.stemma.align.LexicalFeatures;
import dev.stemma.align.SentenceMatch;
import dev.stemma.eval.metric.BinaryCounts;
import dev.stemma.eval.metric.CrossValidation;
import dev.stemma.eval.metric.Objective;
import dev.stemma.eval.metric.Thresholds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Fits the weights of the sentence-match decision ({@link SentenceMatch}) on labelled sentence
 * pairs, and measures the fit by cross-validation: how {@code SentenceMatch.DEFAULT} is made.
 *
 * <p>The model is a logistic regression of the gold label on the cosine and the six lexical
 * features, minimising the mean log-loss over the pairs plus {@code (l2 / 2) |w|^2}, the intercept
 * unpenalised ({@link LogisticRegression}, whose penalty is on the summed loss, is given {@code l2}
 * times the number of pairs). With {@link #DEFAULT_L2} = 0.001 on the 14,076 MRPC and PAN training
 * pairs it gives the shipped weights to within 0.02 each (the rest is the embedding model's last
 * digits); scikit-learn's default penalty (C = 1, on the summed loss: 1 / 14,076 here) would leave
 * the weights nearly unpenalised and let the correlated lexical features trade large weights of
 * opposite sign, for no better cross-validated F1. The threshold is the one that maximises F1 over
 * all the training pairs, rounded to two places; one threshold for all the sets, because the
 * aligner has one.
 *
 * <p>Why cross-validation: the weights and the threshold are chosen on the same pairs, so their
 * in-sample F1 flatters them. Each pair is held out once (k folds, stratified by label within each
 * set, seeded): the weights and the threshold are fitted on the other folds and decide the held-out
 * pairs. The out-of-fold decisions give each set's figure. The shipped decision is measured the
 * same way (its weights fixed, its threshold re-chosen on the other folds), so the two can be
 * compared; its weights were fitted on these same files when they are the shared training files, so
 * its figure is slightly optimistic there.
 */
public final class SentenceMatchFit {

  /** The L2 penalty on the mean log-loss that the shipped weights were fitted with. */
  public static final double DEFAULT_L2 = 0.001;

  private SentenceMatchFit() {}

  /**
   * One set of labelled, measured pairs.
   *
   * @param name the set's name, for the report
   * @param pairs the measured pairs
   * @param labels the gold labels, same order
   */
  public record LabelledPairs(String name, List<SentencePairs.Measured> pairs, boolean[] labels) {

    public LabelledPairs {
      requireNonNull(name, "name");
      pairs = List.copyOf(pairs);
      labels = Arrays.copyOf(labels, labels.length);
      if (pairs.size() != labels.length) {
        throw new IllegalArgumentException(
            name + ": " + pairs.size() + " pairs but " + labels.length + " labels");
      }
    }

    @Override
    public boolean[] labels() {
      return Arrays.copyOf(labels, labels.length);
    }
  }

  /**
   * One set's cross-validated figures.
   *
   * @param name the set
   * @param fitted the out-of-fold decisions of the weights fitted without each fold
   * @param shipped the out-of-fold decisions of the shipped weights, threshold chosen without each
   *     fold
   */
  public record SetFigures(String name, BinaryCounts fitted, BinaryCounts shipped) {}

  /**
   * The fit.
   *
   * @param match the weights and threshold fitted on all the pairs
   * @param shipped the decision it is compared with
   * @param sets each set's cross-validated figures
   * @param allFitted all pairs' out-of-fold decisions of the fitted weights
   * @param allShipped all pairs' out-of-fold decisions of the shipped weights
   * @param foldThresholds the threshold chosen without each fold, fitted weights
   * @param folds k
   * @param seed the seed of the fold assignment
   * @param l2 the penalty on the mean log-loss
   */
  public record Result(
      SentenceMatch match,
      SentenceMatch shipped,
      List<SetFigures> sets,
      BinaryCounts allFitted,
      BinaryCounts allShipped,
      List<Double> foldThresholds,
      int folds,
      long seed,
      double l2) {

    public Result {
      sets = List.copyOf(sets);
      foldThresholds = List.copyOf(foldThresholds);
    }

    /** The fitted decision as the Java line that defines {@code SentenceMatch.DEFAULT}. */
    public String javaCode() {
      return SentenceMatchFit.javaCode(match);
    }
  }

  /** The Java declaration of {@code SentenceMatch.DEFAULT} holding {@code m}. */
  public static String javaCode(SentenceMatch m) {
    return String.format(
        Locale.ROOT,
        "  public static final SentenceMatch DEFAULT =\n"
            + "      new SentenceMatch(%.3f, %.3f, %.3f, %.3f, %.3f, %.3f, %.3f, %.3f, %.2f);",
        m.bias(),
        m.cosine(),
        m.words(),
        m.content(),
        m.contentOfShorter(),
        m.bigrams(),
        m.numbersDisagree(),
        m.lengthRatio(),
        m.threshold());
  }

  /**
   * The feature row of a pair: cosine, then the lexical features in {@link SentenceMatch}'s order.
   */
  static double[] row(SentencePairs.Measured m) {
    LexicalFeatures f = m.lexical();
    return new double[] {
      m.cosine(),
      f.words(),
      f.content(),
      f.contentOfShorter(),
      f.bigrams(),
      f.numbersDisagree(),
      f.lengthRatio()
    };
  }

  /**
   * Fits on all the pairs: weights by logistic regression, threshold maximising F1.
   *
   * @param l2 the penalty on the mean log-loss
   */
  public static SentenceMatch fit(double[][] x, boolean[] y, double l2) {
    double[] w = LogisticRegression.fit(x, y, l2 * x.length);
    double[] p = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      p[i] = LogisticRegression.sigmoid(LogisticRegression.logit(w, x[i]));
    }
    double threshold = Thresholds.best(p, y, Objective.F1).threshold();
    double rounded = Math.min(0.99, Math.max(0.01, Math.round(threshold * 100) / 100.0));
    if (!(w[1] > 0)) {
      throw new IllegalStateException(
          "the fitted cosine weight is "
              + w[1]
              + ", not positive: the data say a higher cosine makes a paraphrase less likely;"
              + " fit on more (or other) labelled pairs");
    }
    return new SentenceMatch(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], rounded);
  }

  /**
   * Fits on all the sets together and cross-validates.
   *
   * @param folds k, at least 2 and at most the pairs of the smallest set
   */
  public static Result run(
      List<LabelledPairs> sets, SentenceMatch shipped, int folds, long seed, double l2) {
    if (sets.isEmpty()) {
      throw new IllegalArgumentException("Give at least one set of labelled pairs to fit on");
    }
    List<double[]> rows = new ArrayList<>();
    List<Boolean> labelList = new ArrayList<>();
    List<Integer> foldList = new ArrayList<>();
    List<Integer> setList = new ArrayList<>();
    for (int s = 0; s < sets.size(); s++) {
      LabelledPairs set = sets.get(s);
      if (set.pairs().size() < folds) {
        throw new IllegalArgumentException(
            set.name()
                + " has "
                + set.pairs().size()
                + " pairs, fewer than the "
                + folds
                + " folds");
      }
      boolean[] labels = set.labels();
      int[] foldOf = CrossValidation.assignFolds(labels, folds, seed);
      for (int i = 0; i < labels.length; i++) {
        rows.add(row(set.pairs().get(i)));
        labelList.add(labels[i]);
        foldList.add(foldOf[i]);
        setList.add(s);
      }
    }
    int n = rows.size();
    double[][] x = rows.toArray(double[][]::new);
    boolean[] y = new boolean[n];
    int[] foldOf = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = labelList.get(i);
      foldOf[i] = foldList.get(i);
    }
    double[] shippedScores = new double[n];
    for (int i = 0; i < n; i++) {
      SentencePairs.Measured m = new SentencePairs.Measured(lexical(x[i]), x[i][0]);
      shippedScores[i] = m.probability(shipped);
    }
    boolean[] fitted = new boolean[n];
    boolean[] fixed = new boolean[n];
    List<Double> thresholds = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      List<Integer> train = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (foldOf[i] != fold) {
          train.add(i);
        }
      }
      double[][] tx = new double[train.size()][];
      boolean[] ty = new boolean[train.size()];
      double[] ts = new double[train.size()];
      for (int k = 0; k < train.size(); k++) {
        tx[k] = x[train.get(k)];
        ty[k] = y[train.get(k)];
        ts[k] = shippedScores[train.get(k)];
      }
      double[] w = LogisticRegression.fit(tx, ty, l2 * tx.length);
      double[] tp = new double[train.size()];
      for (int k = 0; k < tp.length; k++) {
        tp[k] = LogisticRegression.sigmoid(LogisticRegression.logit(w, tx[k]));
      }
      double threshold = Thresholds.best(tp, ty, Objective.F1).threshold();
      double shippedThreshold = Thresholds.best(ts, ty, Objective.F1).threshold();
      thresholds.add(threshold);
      for (int i = 0; i < n; i++) {
        if (foldOf[i] == fold) {
          fitted[i] = LogisticRegression.sigmoid(LogisticRegression.logit(w, x[i])) >= threshold;
          fixed[i] = shippedScores[i] >= shippedThreshold;
        }
      }
    }
    List<SetFigures> figures = new ArrayList<>();
    for (int s = 0; s < sets.size(); s++) {
      figures.add(
          new SetFigures(
              sets.get(s).name(), counts(fitted, y, setList, s), counts(fixed, y, setList, s)));
    }
    return new Result(
        fit(x, y, l2),
        shipped,
        figures,
        BinaryCounts.of(fitted, y),
        BinaryCounts.of(fixed, y),
        thresholds,
        folds,
        seed,
        l2);
  }

  private static LexicalFeatures lexical(double[] row) {
    return new LexicalFeatures(row[1], row[2], row[3], row[4], row[5], row[6]);
  }

  private static BinaryCounts counts(
      boolean[] predicted, boolean[] gold, List<Integer> setOf, int set) {
    List<Integer> items = new ArrayList<>();
    for (int i = 0; i < gold.length; i++) {
      if (setOf.get(i) == set) {
        items.add(i);
      }
    }
    boolean[] p = new boolean[items.size()];
    boolean[] g = new boolean[items.size()];
    for (int k = 0; k < items.size(); k++) {
      p[k] = predicted[items.get(k)];
      g[k] = gold[items.get(k)];
    }
    return BinaryCounts.of(p, g);
  }
}
