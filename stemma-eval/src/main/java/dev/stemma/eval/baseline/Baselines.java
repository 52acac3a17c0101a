package dev.stemma.eval.baseline;

import static java.util.Objects.requireNonNull;

import dev.stemma.eval.data.ClusterDataset;
import dev.stemma.eval.data.GradedPair;
import dev.stemma.eval.data.LabelledArticle;
import dev.stemma.eval.data.ParaphraseDataset;
import dev.stemma.eval.data.ParaphrasePair;
import dev.stemma.eval.data.StsDataset;
import dev.stemma.eval.metric.BinaryCounts;
import dev.stemma.eval.metric.Correlation;
import dev.stemma.eval.metric.CrossValidated;
import dev.stemma.eval.metric.CrossValidation;
import dev.stemma.eval.metric.Objective;
import dev.stemma.eval.metric.Thresholds;
import dev.stemma.ingest.Article;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The standard baselines on each evaluation task, the figures printed beside Stemma's; the one
 * entry point of this package.
 *
 * <p>Two measures, always both: word 5-gram MinHash Jaccard ({@link MinHashJaccard#standard()}) and
 * TF-IDF cosine ({@link TfIdfModel}) with its idf fitted on the training side: the training file's
 * sentences for paraphrase, the file's own sentences for STS (which has no training side; no label
 * is used), the dataset's own articles for clustering (unsupervised).
 *
 * @since 0.1.0
 */
public final class Baselines {

  /** Folds of the threshold cross-validation when the caller has no reason to choose. */
  public static final int DEFAULT_FOLDS = 10;

  /**
   * Folds of the clustering cross-validation: fewer than for pairs, because each held-out fold is
   * clustered on its own and must keep enough articles of each event (WikiRef220: 44 a fold).
   */
  public static final int DEFAULT_CLUSTER_FOLDS = 5;

  /** Seed of the fold assignment when the caller has no reason to choose. */
  public static final long DEFAULT_SEED = 42;

  private Baselines() {}

  /**
   * One measure on a paraphrase task.
   *
   * @param measure the measure's name
   * @param train the training file's cross-validated figures (out of fold) and its final threshold
   * @param test the test file's decisions at the final threshold, or null without a test file
   */
  public record ParaphraseFigures(
      String measure, CrossValidated train, @Nullable BinaryCounts test) {

    public ParaphraseFigures {
      requireNonNull(measure, "measure");
      requireNonNull(train, "train");
    }
  }

  /**
   * One measure on one graded file.
   *
   * @param measure the measure's name
   * @param dataset the file's name
   * @param pairs pairs scored
   * @param pearson Pearson's r of the measure against the gold scores
   * @param spearman Spearman's rho
   */
  public record CorrelationFigures(
      String measure, String dataset, int pairs, double pearson, double spearman) {}

  /**
   * Both measures on a paraphrase task: the threshold of each is chosen by {@code folds}-fold
   * stratified cross-validation on {@code train} maximising F1, and applied to {@code test} when
   * given: the test file never chooses its own threshold.
   */
  public static List<ParaphraseFigures> paraphrase(
      ParaphraseDataset train, @Nullable ParaphraseDataset test, int folds, long seed) {
    return paraphrase(train, test, folds, seed, Objective.F1);
  }

  /**
   * As {@link #paraphrase(ParaphraseDataset, ParaphraseDataset, int, long)}, maximising {@code
   * objective}.
   */
  public static List<ParaphraseFigures> paraphrase(
      ParaphraseDataset train,
      @Nullable ParaphraseDataset test,
      int folds,
      long seed,
      Objective objective) {
    List<String> trainSentences = new ArrayList<>();
    for (ParaphrasePair pair : train.pairs()) {
      trainSentences.add(pair.first());
      trainSentences.add(pair.second());
    }
    List<ParaphraseFigures> figures = new ArrayList<>();
    for (PairSimilarity measure :
        List.of(MinHashJaccard.standard(), TfIdfModel.fit(trainSentences))) {
      CrossValidated cv =
          CrossValidation.run(score(measure, train), train.labels(), folds, seed, objective);
      BinaryCounts onTest =
          test == null
              ? null
              : Thresholds.evaluate(
                  score(measure, test), test.labels(), cv.finalChoice().threshold());
      figures.add(new ParaphraseFigures(measure.name(), cv, onTest));
    }
    return figures;
  }

  /** Both measures' correlation with the gold scores of one graded file. */
  public static List<CorrelationFigures> sts(StsDataset dataset) {
    List<String> sentences = new ArrayList<>();
    for (GradedPair pair : dataset.pairs()) {
      sentences.add(pair.first());
      sentences.add(pair.second());
    }
    double[] gold = dataset.scores();
    List<CorrelationFigures> figures = new ArrayList<>();
    for (PairSimilarity measure : List.of(MinHashJaccard.standard(), TfIdfModel.fit(sentences))) {
      double[] scores = new double[gold.length];
      for (int i = 0; i < scores.length; i++) {
        GradedPair pair = dataset.pairs().get(i);
        scores[i] = measure.similarity(pair.first(), pair.second());
      }
      figures.add(
          new CorrelationFigures(
              measure.name(),
              dataset.name(),
              gold.length,
              Correlation.pearson(scores, gold),
              Correlation.spearman(scores, gold)));
    }
    return figures;
  }

  /**
   * Both measures as an average-linkage clustering of the articles, cut at a threshold chosen by
   * cross-validation ({@link ThresholdClustering}). The text of an article is its title (when given
   * apart) and its text.
   */
  public static List<ThresholdClustering.Result> clusters(
      ClusterDataset dataset, int folds, long seed) {
    List<String> texts = new ArrayList<>();
    List<@Nullable String> gold = new ArrayList<>();
    for (LabelledArticle labelled : dataset.articles()) {
      texts.add(textOf(labelled.article()));
      gold.add(labelled.cluster());
    }
    List<ThresholdClustering.Result> results = new ArrayList<>();
    MinHashJaccard minHash = MinHashJaccard.standard();
    List<long[]> signatures = texts.stream().map(minHash::signature).toList();
    results.add(
        ThresholdClustering.crossValidate(
            minHash.name(),
            matrix(
                texts.size(),
                (i, j) -> MinHashJaccard.estimate(signatures.get(i), signatures.get(j))),
            gold,
            folds,
            seed));
    TfIdfModel tfIdf = TfIdfModel.fit(texts);
    List<TfIdfModel.Vector> vectors = texts.stream().map(tfIdf::vector).toList();
    results.add(
        ThresholdClustering.crossValidate(
            tfIdf.name(),
            matrix(texts.size(), (i, j) -> vectors.get(i).cosine(vectors.get(j))),
            gold,
            folds,
            seed));
    return results;
  }

  /** The text the baselines compare of an article: its title, when given apart, and its text. */
  public static String textOf(Article article) {
    String title = article.title();
    return title == null ? article.text() : title + "\n\n" + article.text();
  }

  private static double[] score(PairSimilarity measure, ParaphraseDataset dataset) {
    double[] scores = new double[dataset.pairs().size()];
    for (int i = 0; i < scores.length; i++) {
      ParaphrasePair pair = dataset.pairs().get(i);
      scores[i] = measure.similarity(pair.first(), pair.second());
    }
    return scores;
  }

  private interface Entry {
    double at(int i, int j);
  }

  private static double[][] matrix(int n, Entry entry) {
    double[][] matrix = new double[n][n];
    for (int i = 0; i < n; i++) {
      matrix[i][i] = 1.0;
      for (int j = i + 1; j < n; j++) {
        matrix[i][j] = entry.at(i, j);
        matrix[j][i] = matrix[i][j];
      }
    }
    return matrix;
  }
}
