package dev.stemma.eval.metric;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A predicted clustering scored against the gold one: every figure of {@link ClusterAgreement}, the
 * number of clusters, and where the noise went.
 *
 * <p>Noise is scored as the task asks for it: a gold noise item is a gold cluster of one, so the
 * prediction is best when it leaves noise items alone. {@link #ariClusteredOnly} is the ARI over
 * the gold clustered items only, the figure papers that drop noise report.
 *
 * @param items items scored
 * @param ari adjusted Rand index, noise as clusters of one
 * @param ariClusteredOnly adjusted Rand index over the gold clustered items only
 * @param nmi normalised mutual information, arithmetic mean of the entropies
 * @param bcubed B-cubed precision, recall, F1
 * @param goldClusters gold clusters (noise not counted)
 * @param foundClusters predicted clusters of two or more items
 * @param noisePlacement where noise and clustered items went
 */
public record ClusteringScores(
    int items,
    double ari,
    double ariClusteredOnly,
    double nmi,
    ClusterAgreement.BCubed bcubed,
    int goldClusters,
    int foundClusters,
    NoisePlacement noisePlacement) {

  public ClusteringScores {
    requireNonNull(bcubed, "bcubed");
    requireNonNull(noisePlacement, "noisePlacement");
  }

  /**
   * Scores {@code predicted} against {@code gold}, item by item.
   *
   * @param gold each item's gold cluster, null for noise
   * @param predicted each item's predicted cluster, null for an item left unclustered
   */
  public static <G, P> ClusteringScores of(List<@Nullable G> gold, List<@Nullable P> predicted) {
    Contingency table = Contingency.of(gold, predicted);
    Map<P, Integer> predictedSizes = new HashMap<>();
    for (P label : predicted) {
      if (label != null) {
        predictedSizes.merge(label, 1, Integer::sum);
      }
    }
    Set<G> goldClusters = new HashSet<>();
    List<G> clusteredGold = new ArrayList<>();
    List<@Nullable P> clusteredPredicted = new ArrayList<>();
    int noise = 0;
    int noiseAlone = 0;
    int clusteredAlone = 0;
    for (int i = 0; i < gold.size(); i++) {
      G g = gold.get(i);
      P p = predicted.get(i);
      boolean alone = p == null || predictedSizes.get(p) < 2;
      if (g == null) {
        noise++;
        if (alone) {
          noiseAlone++;
        }
      } else {
        goldClusters.add(g);
        clusteredGold.add(g);
        clusteredPredicted.add(p);
        if (alone) {
          clusteredAlone++;
        }
      }
    }
    int found = (int) predictedSizes.values().stream().filter(size -> size >= 2).count();
    return new ClusteringScores(
        gold.size(),
        ClusterAgreement.ari(table),
        ClusterAgreement.adjustedRandIndex(clusteredGold, clusteredPredicted),
        ClusterAgreement.nmi(table),
        ClusterAgreement.bcubed(table),
        goldClusters.size(),
        found,
        new NoisePlacement(noise, noiseAlone, noise - noiseAlone, clusteredAlone));
  }
}
