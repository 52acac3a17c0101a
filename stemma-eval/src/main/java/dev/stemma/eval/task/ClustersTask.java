package dev.stemma.eval.task;

import static java.util.Objects.requireNonNull;

import dev.stemma.Analysis;
import dev.stemma.ArticleResult;
import dev.stemma.Progress;
import dev.stemma.Stemma;
import dev.stemma.eval.baseline.Baselines;
import dev.stemma.eval.baseline.ThresholdClustering;
import dev.stemma.eval.data.ClusterDataset;
import dev.stemma.eval.data.DatasetFormat;
import dev.stemma.eval.data.LabelledArticle;
import dev.stemma.eval.metric.ClusteringScores;
import dev.stemma.ingest.Article;
import dev.stemma.ingest.Corpus;
import dev.stemma.story.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code stemma eval clusters}: Stemma's stories against gold events, beside the baselines'
 * clusterings.
 *
 * <p>Stemma analyses the articles as one corpus ({@link Stemma#analyze}), as a user's run would;
 * each article's predicted cluster is its story, and an article alone in its story (or skipped) is
 * unclustered, the right place for a noise article. Nothing is fitted on the dataset. The baselines
 * cluster by average linkage, their cut chosen by cross-validation on the gold ({@link
 * Baselines#clusters}); they need the full similarity matrix, so they are left out above {@link
 * #MAX_BASELINE_ARTICLES} articles.
 */
public final class ClustersTask {

  /** The most articles the baselines' n-by-n similarity matrices are built for (72 MB each). */
  public static final int MAX_BASELINE_ARTICLES = 3000;

  private ClustersTask() {}

  /**
   * The figures.
   *
   * @param format how the data was read
   * @param articles articles in the dataset
   * @param goldClusters gold clusters, noise not counted
   * @param noise gold noise articles
   * @param skipped articles Stemma could not analyse (counted as unclustered)
   * @param seconds Stemma's analysis, wall time
   * @param stemma Stemma's stories scored
   * @param baselines the baselines' cross-validated clusterings; empty when left out
   * @param baselineNote why the baselines were left out, or null
   */
  public record Result(
      DatasetFormat format,
      int articles,
      int goldClusters,
      int noise,
      long skipped,
      double seconds,
      ClusteringScores stemma,
      List<ThresholdClustering.Result> baselines,
      @Nullable String baselineNote)
      implements EvalResult {

    public Result {
      requireNonNull(format, "format");
      requireNonNull(stemma, "stemma");
      baselines = List.copyOf(baselines);
    }

    @Override
    public String task() {
      return "clusters";
    }
  }

  public static Result run(
      ClusterDataset dataset, Stemma stemma, int folds, long seed, Progress progress) {
    List<Article> articles = dataset.articles().stream().map(LabelledArticle::article).toList();
    long started = System.nanoTime();
    Analysis analysis = stemma.analyze(Corpus.of(articles));
    double seconds = (System.nanoTime() - started) / 1e9;
    List<@Nullable String> predicted = storyOfEach(analysis, articles);
    ClusteringScores scores = ClusteringScores.of(dataset.goldLabels(), predicted);
    List<ThresholdClustering.Result> baselines = List.of();
    String note = null;
    if (articles.size() > MAX_BASELINE_ARTICLES) {
      note =
          "baselines left out: "
              + articles.size()
              + " articles need an n-by-n similarity matrix (at most "
              + MAX_BASELINE_ARTICLES
              + ")";
    } else if (articles.size() < folds) {
      note =
          "baselines left out: " + articles.size() + " articles are fewer than " + folds + " folds";
    } else {
      progress.start("baselines", 0);
      baselines = Baselines.clusters(dataset, folds, seed);
      progress.finish("MinHash and TF-IDF clustered, " + folds + "-fold CV");
    }
    return new Result(
        dataset.format(),
        articles.size(),
        dataset.clusterSizes().size(),
        dataset.noiseCount(),
        analysis.stats().skipped(),
        seconds,
        scores,
        baselines,
        note);
  }

  /** Each article's story, or null when it is alone in its story or was not analysed. */
  static List<@Nullable String> storyOfEach(Analysis analysis, List<Article> articles) {
    Map<String, String> storyOf = new HashMap<>();
    for (Story story : analysis.stories()) {
      if (story.members().size() >= 2) {
        for (String member : story.members()) {
          storyOf.put(member, story.id());
        }
      }
    }
    Map<String, Boolean> analysed = new HashMap<>();
    for (ArticleResult result : analysis.articles()) {
      if (result.id() != null) {
        analysed.put(result.id(), result.analysed());
      }
    }
    List<@Nullable String> predicted = new ArrayList<>(articles.size());
    for (Article article : articles) {
      boolean ok = analysed.getOrDefault(article.id(), false);
      predicted.add(ok ? storyOf.get(article.id()) : null);
    }
    return predicted;
  }
}
