package dev.stemma.eval.data;

import static java.util.Objects.requireNonNull;

import dev.stemma.ingest.Article;
import org.jspecify.annotations.Nullable;

/**
 * An article and the gold cluster (event, story) it belongs to.
 *
 * @param article the article as Stemma would read it
 * @param cluster the gold cluster label, or null for noise: an article that belongs to no cluster
 *     of the dataset and should be left on its own
 */
public record LabelledArticle(Article article, @Nullable String cluster) {

  public LabelledArticle {
    requireNonNull(article, "article");
    if (cluster != null && cluster.isBlank()) {
      throw new IllegalArgumentException(
          "cluster must be null (noise) or a non-blank label, got a blank one for " + article.id());
    }
  }

  public boolean noise() {
    return cluster == null;
  }
}
