package dev.stemma.eval.data;

import static java.util.Objects.requireNonNull;

import dev.stemma.ingest.Article;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Articles and the gold relations of some of their pairs.
 *
 * <p>Pairs not listed are unrelated when the gold is {@linkplain #complete() complete} (the
 * generated corpus lists every copy pair and every same-story pair); otherwise they are unknown and
 * only the listed pairs can be scored.
 *
 * @param relationsFile the gold file read
 * @param articlesSource the articles file or folder read
 * @param articles the articles in file order
 * @param pairs the gold pairs in file order
 * @param complete whether unlisted pairs are unrelated
 */
public record RelationsDataset(
    Path relationsFile,
    Path articlesSource,
    List<Article> articles,
    List<GoldPair> pairs,
    boolean complete) {

  public RelationsDataset {
    requireNonNull(relationsFile, "relationsFile");
    requireNonNull(articlesSource, "articlesSource");
    articles = List.copyOf(articles);
    pairs = List.copyOf(pairs);
  }

  /**
   * How many pairs carry each relation, in the order of {@link Relation}; scored-only pairs left
   * out.
   */
  public Map<Relation, Integer> relationCounts() {
    Map<Relation, Integer> counts = new EnumMap<>(Relation.class);
    for (GoldPair pair : pairs) {
      Relation relation = pair.relation();
      if (relation != null) {
        counts.merge(relation, 1, Integer::sum);
      }
    }
    return counts;
  }
}
