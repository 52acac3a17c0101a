package dev.stemma.eval.baseline;

import dev.stemma.eval.metric.ClusteringScores;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The baseline clustering: average linkage over a similarity matrix, cut at the threshold that
 * maximises the adjusted Rand index, chosen by seeded, stratified k-fold cross-validation.
 *
 * <p>For each fold, the threshold is the one whose cut of the dendrogram of the other folds' items
 * scores the best ARI against their gold; the fold's own items are then clustered on their own and
 * cut at that threshold, and scored. The mean over folds is the honest figure. A clustering of a
 * fold is of fewer items than the whole, so its ARI is noisier; the final threshold, fit on all
 * items, gives the in-sample figure (an upper bound for this baseline) and the clustering to show.
 * Folds are stratified by gold cluster, noise a stratum of its own.
 */
public final class ThresholdClustering {

  private ThresholdClustering() {}

  /**
   * The cross-validated result.
   *
   * @param measure the similarity's name
   * @param folds k
   * @param seed the seed of the fold assignment
   * @param foldThresholds per fold, the threshold chosen on the other folds
   * @param foldAri per fold, the ARI of its own items clustered at that threshold
   * @param meanFoldAri the mean of {@code foldAri}
   * @param finalThreshold the threshold fit on all items
   * @param inSample all items clustered at the final threshold, scored
   * @param clusters each item's cluster at the final threshold, null when alone
   */
  public record Result(
      String measure,
      int folds,
      long seed,
      List<Double> foldThresholds,
      List<Double> foldAri,
      double meanFoldAri,
      double finalThreshold,
      ClusteringScores inSample,
      List<@Nullable Integer> clusters) {

    public Result {
      foldThresholds = List.copyOf(foldThresholds);
      foldAri = List.copyOf(foldAri);
      clusters = Collections.unmodifiableList(new ArrayList<>(clusters));
    }
  }

  /**
   * @param measure the similarity's name, for the result
   * @param similarity all items' pairwise similarity, symmetric
   * @param gold each item's gold cluster, null for noise
   */
  public static <G> Result crossValidate(
      String measure, double[][] similarity, List<@Nullable G> gold, int folds, long seed) {
    int n = gold.size();
    if (similarity.length != n) {
      throw new IllegalArgumentException(
          "The similarity matrix has " + similarity.length + " rows for " + n + " items");
    }
    if (folds < 2 || folds > n) {
      throw new IllegalArgumentException(
          "folds must be between 2 and the number of items (" + n + "), got " + folds);
    }
    int[] foldOf = assignFolds(gold, folds, seed);
    List<Double> thresholds = new ArrayList<>();
    List<Double> aris = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      List<Integer> train = new ArrayList<>();
      List<Integer> held = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        (foldOf[i] == fold ? held : train).add(i);
      }
      double threshold = bestThreshold(sub(similarity, train), pick(gold, train));
      int[] cut = AverageLinkage.cluster(sub(similarity, held)).cut(threshold);
      thresholds.add(threshold);
      aris.add(ClusteringScores.of(pick(gold, held), Dendrogram.labels(cut)).ari());
    }
    double finalThreshold = bestThreshold(similarity, gold);
    List<@Nullable Integer> clusters =
        Dendrogram.labels(AverageLinkage.cluster(similarity).cut(finalThreshold));
    double mean = aris.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    return new Result(
        measure,
        folds,
        seed,
        thresholds,
        aris,
        mean,
        finalThreshold,
        ClusteringScores.of(gold, clusters),
        clusters);
  }

  /** The threshold whose cut scores the best ARI; the highest among equals. */
  public static <G> double bestThreshold(double[][] similarity, List<@Nullable G> gold) {
    Dendrogram dendrogram = AverageLinkage.cluster(similarity);
    double best = Double.NEGATIVE_INFINITY;
    double bestThreshold = Double.POSITIVE_INFINITY;
    for (double threshold : dendrogram.candidateThresholds()) {
      double ari = ClusteringScores.of(gold, Dendrogram.labels(dendrogram.cut(threshold))).ari();
      if (ari > best) {
        best = ari;
        bestThreshold = threshold;
      }
    }
    return bestThreshold;
  }

  /**
   * Folds stratified by gold label (noise a stratum), each stratum shuffled with the seed and dealt
   * in turn.
   */
  static <G> int[] assignFolds(List<@Nullable G> gold, int folds, long seed) {
    Map<@Nullable G, List<Integer>> strata = new LinkedHashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      strata.computeIfAbsent(gold.get(i), k -> new ArrayList<>()).add(i);
    }
    Random random = new Random(seed);
    int[] foldOf = new int[gold.size()];
    int next = 0;
    for (List<Integer> stratum : strata.values()) {
      Collections.shuffle(stratum, random);
      for (int i : stratum) {
        foldOf[i] = next++ % folds;
      }
    }
    return foldOf;
  }

  private static double[][] sub(double[][] matrix, List<Integer> rows) {
    double[][] sub = new double[rows.size()][rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < rows.size(); j++) {
        sub[i][j] = matrix[rows.get(i)][rows.get(j)];
      }
    }
    return sub;
  }

  private static <T> List<@Nullable T> pick(List<@Nullable T> values, List<Integer> rows) {
    List<@Nullable T> picked = new ArrayList<>(rows.size());
    for (int row : rows) {
      picked.add(values.get(row));
    }
    return picked;
  }
}
