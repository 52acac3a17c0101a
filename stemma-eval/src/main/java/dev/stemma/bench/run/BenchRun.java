package dev.stemma.bench.run;

import static java.util.Objects.requireNonNull;

import dev.stemma.Analysis;
import dev.stemma.Progress;
import dev.stemma.RunStats;
import dev.stemma.Stemma;
import dev.stemma.eval.data.ClusterDataset;
import dev.stemma.eval.data.Datasets;
import dev.stemma.eval.data.GoldPair;
import dev.stemma.eval.data.LabelledArticle;
import dev.stemma.eval.data.Relation;
import dev.stemma.eval.data.RelationsDataset;
import dev.stemma.eval.metric.ClassScores;
import dev.stemma.eval.metric.ClusteringScores;
import dev.stemma.eval.metric.ConfusionMatrix;
import dev.stemma.eval.metric.RelationAgreement;
import dev.stemma.ingest.Corpus;
import dev.stemma.story.Story;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One benchmark run over a generated corpus: Stemma's analysis timed stage by stage, with its peak
 * heap and the sentences it embedded, its relations scored against the gold, and in the same
 * process the MinHash deduplication baseline on the same articles, timed and scored on the copies
 * it can find.
 */
public final class BenchRun {

  private BenchRun() {}

  /**
   * A stage's cost.
   *
   * @param stage its name, as the analysis reports it
   * @param millis wall time
   * @param articlesPerSecond the corpus's articles over that time
   */
  public record StageCost(String stage, long millis, double articlesPerSecond) {}

  /**
   * What MinHash found of each kind of gold copy.
   *
   * @param relation the gold relation
   * @param pairs gold pairs of that relation
   * @param found those MinHash called duplicates
   */
  public record Recall(Relation relation, long pairs, long found) {
    public double recall() {
      return pairs == 0 ? Double.NaN : (double) found / pairs;
    }
  }

  /**
   * The figures of a run.
   *
   * @param corpus the corpus folder
   * @param articles articles read
   * @param readMillis reading and gold loading
   * @param stages Stemma's stages in order
   * @param stemmaMillis Stemma's analysis, all stages
   * @param peakHeapBytes the most heap in use during the analysis
   * @param sentences sentences of the analysed articles
   * @param sentencesEmbedded sentences the model embedded
   * @param candidatePairs pairs proposed by the indexes
   * @param matrix Stemma's relations against the gold (rows gold)
   * @param stemmaRecall Stemma's recall of each gold copy kind (any copy verdict counts)
   * @param minHashMillis the baseline's whole run
   * @param minHashRecall the baseline's recall of each gold copy kind
   * @param minHashDuplicates pairs the baseline called duplicates
   * @param stories Stemma's stories against the gold stories (an article alone in its gold story
   *     is noise, one alone in Stemma's story is unclustered)
   * @param largestStory articles in Stemma's largest story
   * @param largestGoldStory articles in the largest gold story
   */
  public record Result(
      Path corpus,
      int articles,
      long readMillis,
      List<StageCost> stages,
      long stemmaMillis,
      long peakHeapBytes,
      long sentences,
      long sentencesEmbedded,
      long candidatePairs,
      ConfusionMatrix<Relation> matrix,
      List<Recall> stemmaRecall,
      long minHashMillis,
      List<Recall> minHashRecall,
      long minHashDuplicates,
      ClusteringScores stories,
      int largestStory,
      int largestGoldStory) {

    public Result {
      requireNonNull(corpus, "corpus");
      requireNonNull(stories, "stories");
      stages = List.copyOf(stages);
      stemmaRecall = List.copyOf(stemmaRecall);
      minHashRecall = List.copyOf(minHashRecall);
    }

    /** Stemma's time over MinHash's, on the same articles. */
    public double timeRatio() {
      return minHashMillis == 0 ? Double.NaN : (double) stemmaMillis / minHashMillis;
    }

    public ClassScores<Relation> scores(Relation relation) {
      return matrix.scores(relation);
    }
  }

  public static Result run(Path corpus, Stemma.Builder builder, Progress progress) throws IOException {
    long t0 = System.nanoTime();
    progress.start("read", 0);
    RelationsDataset gold = Datasets.benchRelations(corpus);
    long readMillis = (System.nanoTime() - t0) / 1_000_000;
    progress.finish(gold.articles().size() + " articles, " + gold.pairs().size() + " gold pairs");

    System.gc();
    HeapWatch.reset();
    long s0 = System.nanoTime();
    Analysis analysis;
    try (Stemma stemma = builder.progress(progress).build()) {
      analysis = stemma.analyze(Corpus.of(gold.articles()));
    }
    long stemmaMillis = (System.nanoTime() - s0) / 1_000_000;
    long peak = HeapWatch.peakBytes();
    RunStats stats = analysis.stats();
    List<StageCost> stages = new ArrayList<>();
    for (Map.Entry<String, Long> e : stats.stageMillis().entrySet()) {
      double perSecond = e.getValue() == 0 ? Double.NaN : gold.articles().size() * 1000.0 / e.getValue();
      stages.add(new StageCost(e.getKey(), e.getValue(), perSecond));
    }

    Map<String, Relation> predicted = new HashMap<>();
    for (dev.stemma.relate.Relation r : analysis.relations()) {
      predicted.put(RelationAgreement.key(r.a(), r.b()), Relation.fromLabel(r.kind().code()).orElseThrow());
    }
    ConfusionMatrix<Relation> matrix = RelationAgreement.score(gold, new HashMap<>(predicted));

    progress.start("minhash", gold.articles().size());
    long m0 = System.nanoTime();
    Set<String> duplicates = MinHashDedup.duplicates(gold.articles());
    long minHashMillis = (System.nanoTime() - m0) / 1_000_000;
    progress.finish(duplicates.size() + " duplicate pairs");

    Map<Relation, long[]> stemmaFound = new EnumMap<>(Relation.class);
    Map<Relation, long[]> minHashFound = new EnumMap<>(Relation.class);
    for (GoldPair pair : gold.pairs()) {
      Relation g = pair.relation();
      if (g == null || !g.isCopy()) {
        continue;
      }
      Relation p = predicted.get(pair.key());
      count(stemmaFound, g, p != null && p.isCopy());
      count(minHashFound, g, duplicates.contains(pair.key()));
    }

    // Read after the analysis, so that the gold's second copy of the articles is not in its peak heap.
    ClusterDataset goldStories = Datasets.clusters(corpus);
    Map<String, String> storyOf = new HashMap<>();
    int largestStory = 0;
    for (Story story : analysis.stories()) {
      largestStory = Math.max(largestStory, story.members().size());
      if (story.members().size() > 1) {
        story.members().forEach(id -> storyOf.put(id, story.id()));
      }
    }
    List<String> predictedStories = new ArrayList<>();
    Map<String, Integer> goldSizes = new HashMap<>();
    for (LabelledArticle a : goldStories.articles()) {
      predictedStories.add(storyOf.get(a.article().id()));
      if (a.cluster() != null) {
        goldSizes.merge(a.cluster(), 1, Integer::sum);
      }
    }
    ClusteringScores storyScores = ClusteringScores.of(goldStories.goldLabels(), predictedStories);
    int largestGold = goldSizes.values().stream().mapToInt(Integer::intValue).max().orElse(1);

    return new Result(
        corpus, gold.articles().size(), readMillis, stages, stemmaMillis, peak, stats.sentences(),
        stats.sentencesEmbedded(), stats.candidatePairs(), matrix, recalls(stemmaFound), minHashMillis,
        recalls(minHashFound), duplicates.size(), storyScores, largestStory, largestGold);
  }

  private static void count(Map<Relation, long[]> found, Relation gold, boolean hit) {
    long[] c = found.computeIfAbsent(gold, k -> new long[2]);
    c[0]++;
    if (hit) {
      c[1]++;
    }
  }

  private static List<Recall> recalls(Map<Relation, long[]> found) {
    Map<Relation, long[]> ordered = new LinkedHashMap<>(found);
    List<Recall> out = new ArrayList<>();
    ordered.forEach((relation, c) -> out.add(new Recall(relation, c[0], c[1])));
    return out;
  }
}
