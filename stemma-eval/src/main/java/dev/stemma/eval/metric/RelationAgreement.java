package dev.stemma.eval.metric;

import dev.stemma.eval.data.GoldPair;
import dev.stemma.eval.data.Relation;
import dev.stemma.eval.data.RelationsDataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Predicted article relations against gold ones, as a confusion matrix over the five relations.
 *
 * <p>Each gold pair with a relation is counted once: its predicted relation, or {@link
 * Relation#UNRELATED} when the prediction has no link for it. When the gold is {@linkplain
 * RelationsDataset#complete() complete} (it lists every related pair, as a generated corpus does),
 * each predicted link that the gold does not list is also counted, against gold {@code unrelated}:
 * a false link. When it is not, such links are unknown and left out. Pairs with only a graded score
 * are left out (see {@link Correlation} for those).
 */
public final class RelationAgreement {

  private RelationAgreement() {}

  /**
   * @param gold the gold pairs
   * @param predicted the predicted relation of each linked pair, keyed by {@link #key(String,
   *     String)}; unrelated pairs may be left out
   */
  public static ConfusionMatrix<Relation> score(
      RelationsDataset gold, Map<String, Relation> predicted) {
    List<Relation> goldLabels = new ArrayList<>();
    List<Relation> predictedLabels = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (GoldPair pair : gold.pairs()) {
      listed.add(pair.key());
      if (pair.relation() != null) {
        goldLabels.add(pair.relation());
        predictedLabels.add(predicted.getOrDefault(pair.key(), Relation.UNRELATED));
      }
    }
    if (gold.complete()) {
      predicted.entrySet().stream()
          .filter(e -> !listed.contains(e.getKey()) && e.getValue() != Relation.UNRELATED)
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              e -> {
                goldLabels.add(Relation.UNRELATED);
                predictedLabels.add(e.getValue());
              });
    }
    return ConfusionMatrix.of(Arrays.asList(Relation.values()), goldLabels, predictedLabels);
  }

  /** The key of an unordered pair of article ids, as {@link GoldPair#key()}. */
  public static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
  }
}
