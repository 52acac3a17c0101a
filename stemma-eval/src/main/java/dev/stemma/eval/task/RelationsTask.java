package dev.stemma.eval.task;

import static java.util.Objects.requireNonNull;

import dev.stemma.Analysis;
import dev.stemma.Progress;
import dev.stemma.Stemma;
import dev.stemma.clean.Cleaner;
import dev.stemma.clean.RepeatedLines;
import dev.stemma.eval.baseline.Baselines;
import dev.stemma.eval.baseline.MinHashJaccard;
import dev.stemma.eval.baseline.TfIdfModel;
import dev.stemma.eval.data.GoldPair;
import dev.stemma.eval.data.Relation;
import dev.stemma.eval.data.RelationsDataset;
import dev.stemma.eval.metric.BinaryCounts;
import dev.stemma.eval.metric.ConfusionMatrix;
import dev.stemma.eval.metric.Correlation;
import dev.stemma.eval.metric.CrossValidated;
import dev.stemma.eval.metric.CrossValidation;
import dev.stemma.eval.metric.Objective;
import dev.stemma.eval.metric.RelationAgreement;
import dev.stemma.eval.metric.Thresholds;
import dev.stemma.ingest.Article;
import dev.stemma.ingest.Corpus;
import dev.stemma.prepare.Preparer;
import dev.stemma.relate.PairJudge;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * {@code stemma eval relations}: Stemma's relations between articles against gold ones, beside the
 * baselines.
 *
 * <p>Stemma analyses all the articles as one corpus; each gold pair gets the relation Stemma wrote
 * for it, or {@code unrelated}. The confusion matrix and per-relation figures are {@link
 * RelationAgreement}'s: over the listed pairs, plus, when the gold is complete (a generated bench
 * corpus), every link Stemma made between pairs the gold leaves out, as a false link.
 *
 * <p>The baselines cannot tell a rewrite from a report of the same story; what they can do is say
 * "copy" above a similarity threshold, which is how text-dedup and its kin are used. So all three
 * systems are also scored on that binary decision (gold copy: exact, near-duplicate or rewrite), on
 * the same pairs: the listed ones, plus, for complete gold, a seeded sample of unlisted (unrelated)
 * pairs as large as the listed ones (at most {@link #MAX_SAMPLED_UNRELATED}), so that precision
 * means something. Each baseline's threshold is chosen by stratified k-fold cross-validation
 * maximising F1, and each pair decided out of fold; MinHash is also shown at {@link
 * #DEDUP_THRESHOLD}, as deduplication tools run it. The texts are title and text, as the clustering
 * baseline reads them.
 *
 * <p>Graded pairs (a {@code score}): Pearson and Spearman of Stemma's same-story score, {@link
 * dev.stemma.relate.Scores#story()} (weighted anchor overlap plus rarity-weighted content cosine,
 * in [0, 2]), against the gold score. A pair Stemma did not link gets the same measures computed
 * for it (the verdict "unrelated" still has them), so every graded pair has a score.
 */
public final class RelationsTask {

  /** The most unlisted pairs sampled as unrelated for the copy decision on complete gold. */
  public static final int MAX_SAMPLED_UNRELATED = 10_000;

  /**
   * The Jaccard threshold at which deduplication tools call two texts copies: text-dedup's default
   * is 0.5, NeMo Curator's and datatrove's bands put it near 0.8. The lowest of them is the kindest
   * to the baseline; its row shows MinHash as it is deployed, beside the threshold cross-validated
   * on the gold, which deployed tools do not have.
   */
  public static final double DEDUP_THRESHOLD = 0.5;

  /** Stemma's name in reports. */
  public static final String STEMMA = "stemma";

  private RelationsTask() {}

  /**
   * One system's copy decisions.
   *
   * @param measure the system
   * @param counts its decisions against gold copy / not copy
   * @param threshold the baseline's threshold fitted on all the pairs (NaN for Stemma, which has
   *     none to choose)
   * @param copyShare by gold relation, the share of the pairs it called a copy
   */
  public record CopyRow(
      String measure, BinaryCounts counts, double threshold, Map<Relation, Double> copyShare) {

    public CopyRow {
      requireNonNull(measure, "measure");
      requireNonNull(counts, "counts");
      copyShare = Map.copyOf(copyShare);
    }
  }

  /**
   * One system's graded scores against the gold scores.
   *
   * @param measure the system and its score
   * @param pairs graded pairs
   * @param pearson Pearson's r
   * @param spearman Spearman's rho
   */
  public record GradedRow(String measure, int pairs, double pearson, double spearman) {}

  /**
   * The figures.
   *
   * @param articles articles read
   * @param complete whether pairs not listed are unrelated
   * @param goldCounts listed pairs by gold relation
   * @param graded listed pairs with a score
   * @param sampledUnrelated unlisted pairs added as unrelated to the copy decision
   * @param skipped articles Stemma could not analyse
   * @param seconds Stemma's analysis, wall time
   * @param matrix Stemma's confusion matrix (rows gold, columns predicted)
   * @param copy the copy decision: Stemma, then the baselines
   * @param gradedRows Stemma then the baselines, when there are graded pairs
   * @param folds k of the baselines' cross-validation
   * @param seed its seed, and the sample's
   * @param note why something was left out, or null
   */
  public record Result(
      int articles,
      boolean complete,
      Map<Relation, Integer> goldCounts,
      int graded,
      int sampledUnrelated,
      long skipped,
      double seconds,
      ConfusionMatrix<Relation> matrix,
      List<CopyRow> copy,
      List<GradedRow> gradedRows,
      int folds,
      long seed,
      @Nullable String note)
      implements EvalResult {

    public Result {
      goldCounts = new EnumMap<>(goldCounts);
      requireNonNull(matrix, "matrix");
      copy = List.copyOf(copy);
      gradedRows = List.copyOf(gradedRows);
    }

    @Override
    public Map<Relation, Integer> goldCounts() {
      return new EnumMap<>(goldCounts);
    }

    @Override
    public String task() {
      return "relations";
    }
  }

  public static Result run(
      RelationsDataset gold, Stemma stemma, int folds, long seed, Progress progress) {
    List<Article> articles = gold.articles();
    long started = System.nanoTime();
    Analysis analysis = stemma.analyze(Corpus.of(articles));
    double seconds = (System.nanoTime() - started) / 1e9;
    Map<String, Relation> predicted = new HashMap<>();
    Map<String, Double> storyScore = new HashMap<>();
    for (dev.stemma.relate.Relation r : analysis.relations()) {
      String key = RelationAgreement.key(r.a(), r.b());
      predicted.put(key, Relation.fromLabel(r.kind().code()).orElseThrow());
      storyScore.put(key, r.scores().story());
    }
    ConfusionMatrix<Relation> matrix = RelationAgreement.score(gold, predicted);

    // the pairs of the copy decision: listed ones with a relation, plus sampled unlisted ones
    List<String[]> pairs = new ArrayList<>();
    List<Relation> goldRelation = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (GoldPair pair : gold.pairs()) {
      listed.add(pair.key());
      if (pair.relation() != null) {
        pairs.add(new String[] {pair.a(), pair.b()});
        goldRelation.add(pair.relation());
      }
    }
    int sampled = 0;
    if (gold.complete()) {
      List<String[]> unlisted =
          sampleUnlisted(articles, listed, Math.min(pairs.size(), MAX_SAMPLED_UNRELATED), seed);
      sampled = unlisted.size();
      for (String[] pair : unlisted) {
        pairs.add(pair);
        goldRelation.add(Relation.UNRELATED);
      }
    }
    boolean[] goldCopy = new boolean[pairs.size()];
    boolean[] stemmaCopy = new boolean[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      goldCopy[i] = goldRelation.get(i).isCopy();
      Relation p = predicted.get(RelationAgreement.key(pairs.get(i)[0], pairs.get(i)[1]));
      stemmaCopy[i] = p != null && p.isCopy();
    }
    List<CopyRow> copy = new ArrayList<>();
    copy.add(
        new CopyRow(
            STEMMA,
            BinaryCounts.of(stemmaCopy, goldCopy),
            Double.NaN,
            shares(stemmaCopy, goldRelation)));

    Map<String, Article> byId = new HashMap<>();
    for (Article article : articles) {
      byId.put(article.id(), article);
    }
    progress.start("baselines", 0);
    MinHashJaccard minHash = MinHashJaccard.standard();
    Map<String, long[]> signatures = new HashMap<>();
    TfIdfModel tfIdf = TfIdfModel.fit(articles.stream().map(Baselines::textOf).toList());
    Map<String, TfIdfModel.Vector> vectors = new HashMap<>();
    List<Similarity> measures =
        List.of(
            new Similarity(
                minHash.name(),
                (a, b) ->
                    MinHashJaccard.estimate(
                        cached(signatures, a, byId, minHash::signature),
                        cached(signatures, b, byId, minHash::signature))),
            new Similarity(
                tfIdf.name(),
                (a, b) ->
                    cached(vectors, a, byId, tfIdf::vector)
                        .cosine(cached(vectors, b, byId, tfIdf::vector))));
    String note = null;
    int k = Math.min(folds, Math.min(count(goldCopy, true), count(goldCopy, false)));
    if (k < 2) {
      note =
          "baselines' copy decision left out: it needs at least 2 copy and 2 other pairs to"
              + " cross-validate a threshold";
    }
    for (Similarity measure : measures) {
      if (k < 2) {
        break;
      }
      double[] scores = new double[pairs.size()];
      for (int i = 0; i < scores.length; i++) {
        scores[i] = measure.of(pairs.get(i)[0], pairs.get(i)[1]);
      }
      CrossValidated cv = CrossValidation.run(scores, goldCopy, k, seed, Objective.F1);
      copy.add(
          new CopyRow(
              measure.name(),
              cv.outOfFold(),
              cv.finalChoice().threshold(),
              shares(cv.predictions(), goldRelation)));
      if (measure.name().equals(minHash.name())) {
        boolean[] deployed = Thresholds.predict(scores, DEDUP_THRESHOLD);
        copy.add(
            new CopyRow(
                measure.name() + " at " + DEDUP_THRESHOLD,
                BinaryCounts.of(deployed, goldCopy),
                DEDUP_THRESHOLD,
                shares(deployed, goldRelation)));
      }
    }

    // graded pairs
    List<GoldPair> graded = gold.pairs().stream().filter(p -> p.score() != null).toList();
    List<GradedRow> gradedRows = new ArrayList<>();
    if (graded.size() >= 2) {
      double[] goldScores = graded.stream().mapToDouble(p -> requireNonNull(p.score())).toArray();
      UnlinkedScores unlinked = new UnlinkedScores(stemma, articles);
      double[] stemmaScores = new double[graded.size()];
      for (int i = 0; i < graded.size(); i++) {
        GoldPair p = graded.get(i);
        Double score = storyScore.get(p.key());
        stemmaScores[i] = score != null ? score : unlinked.story(byId.get(p.a()), byId.get(p.b()));
      }
      gradedRows.add(graded(STEMMA + " story score", stemmaScores, goldScores));
      for (Similarity measure : measures) {
        double[] scores = new double[graded.size()];
        for (int i = 0; i < scores.length; i++) {
          scores[i] = measure.of(graded.get(i).a(), graded.get(i).b());
        }
        gradedRows.add(graded(measure.name(), scores, goldScores));
      }
    }
    progress.finish("MinHash and TF-IDF scored");
    return new Result(
        articles.size(),
        gold.complete(),
        gold.relationCounts(),
        graded.size(),
        sampled,
        analysis.stats().skipped(),
        seconds,
        matrix,
        copy,
        gradedRows,
        k,
        seed,
        note);
  }

  /** Up to {@code wanted} distinct unlisted pairs, drawn with a {@link Random} of the seed. */
  static List<String[]> sampleUnlisted(
      List<Article> articles, Set<String> listed, int wanted, long seed) {
    int n = articles.size();
    long possible = (long) n * (n - 1) / 2 - listed.size();
    List<String[]> sample = new ArrayList<>();
    if (wanted <= 0 || possible <= 0) {
      return sample;
    }
    if (possible <= 2L * wanted) {
      for (int i = 0; i < n && sample.size() < wanted; i++) {
        for (int j = i + 1; j < n && sample.size() < wanted; j++) {
          String a = articles.get(i).id();
          String b = articles.get(j).id();
          if (!listed.contains(RelationAgreement.key(a, b))) {
            sample.add(new String[] {a, b});
          }
        }
      }
      return sample;
    }
    Random random = new Random(seed);
    Set<String> taken = new HashSet<>();
    while (sample.size() < wanted) {
      int i = random.nextInt(n);
      int j = random.nextInt(n);
      if (i == j) {
        continue;
      }
      String a = articles.get(i).id();
      String b = articles.get(j).id();
      String key = RelationAgreement.key(a, b);
      if (!listed.contains(key) && taken.add(key)) {
        sample.add(new String[] {a, b});
      }
    }
    return sample;
  }

  private static Map<Relation, Double> shares(boolean[] calledCopy, List<Relation> gold) {
    Map<Relation, int[]> counts = new EnumMap<>(Relation.class);
    for (int i = 0; i < calledCopy.length; i++) {
      int[] c = counts.computeIfAbsent(gold.get(i), r -> new int[2]);
      c[0] += calledCopy[i] ? 1 : 0;
      c[1]++;
    }
    Map<Relation, Double> shares = new EnumMap<>(Relation.class);
    counts.forEach((relation, c) -> shares.put(relation, (double) c[0] / c[1]));
    return shares;
  }

  private static int count(boolean[] values, boolean value) {
    int n = 0;
    for (boolean v : values) {
      if (v == value) {
        n++;
      }
    }
    return n;
  }

  private static GradedRow graded(String measure, double[] scores, double[] gold) {
    return new GradedRow(
        measure,
        gold.length,
        Correlation.pearson(scores, gold),
        Correlation.spearman(scores, gold));
  }

  private static <V> V cached(
      Map<String, V> cache, String id, Map<String, Article> byId, Function<String, V> compute) {
    return cache.computeIfAbsent(id, k -> compute.apply(Baselines.textOf(byId.get(k))));
  }

  private interface PairScore {
    double of(String a, String b);
  }

  private record Similarity(String name, PairScore score) {
    double of(String a, String b) {
      return score.of(a, b);
    }
  }

  /**
   * The same-story score of a pair Stemma did not link: the measures the judge's "unrelated"
   * verdict carries, on the articles cleaned as the corpus run cleans them (with the corpus's
   * repeated lines).
   */
  private static final class UnlinkedScores {
    private final Preparer preparer;
    private final PairJudge judge;
    private final RepeatedLines repeated;
    private final Map<String, Preparer.@Nullable Prepared> prepared = new HashMap<>();

    UnlinkedScores(Stemma stemma, List<Article> articles) {
      this.preparer = stemma.preparer();
      this.judge = stemma.judge();
      RepeatedLines.Builder lines = new RepeatedLines.Builder();
      for (Article a : articles) {
        lines.add(Cleaner.paragraphs(a));
      }
      this.repeated = lines.build();
    }

    double story(Article a, Article b) {
      Preparer.Prepared pa = prepare(a);
      Preparer.Prepared pb = prepare(b);
      if (pa == null || pb == null) {
        return 0;
      }
      return judge.unrelated(pa.article(), pb.article()).scores().story();
    }

    private Preparer.@Nullable Prepared prepare(Article article) {
      if (!prepared.containsKey(article.id())) {
        Preparer.Outcome o = preparer.prepare(article, repeated);
        prepared.put(article.id(), o instanceof Preparer.Prepared p ? p : null);
      }
      return prepared.get(article.id());
    }
  }
}
