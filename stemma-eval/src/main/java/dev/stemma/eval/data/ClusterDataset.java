package dev.stemma.eval.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Articles with gold clusters (events or stories), noise articles included.
 *
 * @param source the folder or file read
 * @param format how it was read
 * @param articles the articles in a stable order (WikiRef220: the order of {@code labels.tsv})
 */
public record ClusterDataset(Path source, DatasetFormat format, List<LabelledArticle> articles) {

  public ClusterDataset {
    requireNonNull(source, "source");
    requireNonNull(format, "format");
    articles = List.copyOf(articles);
  }

  /** The gold label of each article in order, null for noise. */
  public List<@Nullable String> goldLabels() {
    List<@Nullable String> labels = new ArrayList<>(articles.size());
    for (LabelledArticle article : articles) {
      labels.add(article.cluster());
    }
    return labels;
  }

  /** Cluster label to its number of articles, sorted by label; noise left out. */
  public Map<String, Integer> clusterSizes() {
    Map<String, Integer> sizes = new TreeMap<>();
    for (LabelledArticle article : articles) {
      String cluster = article.cluster();
      if (cluster != null) {
        sizes.merge(cluster, 1, Integer::sum);
      }
    }
    return sizes;
  }

  /** How many articles are noise. */
  public int noiseCount() {
    return (int) articles.stream().filter(LabelledArticle::noise).count();
  }
}
