package dev.stemma.relate;

import dev.stemma.align.LexicalFeatures;
import dev.stemma.align.MonotoneAligner;
import dev.stemma.align.SentenceMatch;
import dev.stemma.align.SentenceProfile;
import dev.stemma.minhash.Shingles;
import dev.stemma.prepare.PreparedArticle;
import dev.stemma.text.Sentence;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The verdict on one candidate pair: exact copy, near-duplicate, rewrite, same story or nothing.
 *
 * <p>Cheapest evidence first. The body hash settles exact copies, shingle overlap near-duplicates;
 * anchor and content similarity decide whether the pair is worth aligning at all. Only then are
 * sentences compared, and the embedding model, the one expensive step, is asked only for the
 * sentences whose verdict depends on it: the lexical features of each sentence pair bound the
 * cosine it would need ({@link SentenceMatch#neededCosine}); a pair that matches without the model
 * (a verbatim copy) or could not match with any realistic cosine is settled lexically, and when
 * even the best case cannot reach a rewrite's coverage, nothing is embedded. So the judge works in
 * two steps, {@link #plan} and {@link #finish}, letting the caller embed what all pending pairs
 * need in one batch.
 */
public final class PairJudge {

  /** What {@link #plan} found: a verdict, or the sentences whose embeddings would settle it. */
  public sealed interface Step permits Decided, Pending {}

  /** A verdict; empty when the pair is unrelated. */
  public record Decided(Optional<Relation> relation) implements Step {}

  /** A pair waiting for the embeddings of some of its sentences. */
  public record Pending(
      PreparedArticle a,
      PreparedArticle b,
      Scores partial,
      double[][] lexicalLogit,
      byte[][] state,
      int[] sentencesA,
      int[] sentencesB) implements Step {}

  /** Where the embeddings of sentences come from once computed. */
  public interface Vectors {
    float[] vector(PreparedArticle article, int sentence);
  }

  private static final byte IMPOSSIBLE = 0;
  private static final byte CERTAIN = 1;
  private static final byte NEEDS_MODEL = 2;

  /** Words Jaccard at or above which an aligned pair is shown as verbatim rather than reworded. */
  static final double VERBATIM = 0.8;

  /**
   * The cosine assumed for a sentence pair that matches on its words alone and was not embedded:
   * a verbatim or near-verbatim pair, for which the model gives 0.9 or more.
   */
  static final double VERBATIM_COSINE = 0.9;

  private final SentenceMatch match;
  private final JudgePolicy policy;

  public PairJudge(SentenceMatch match, JudgePolicy policy) {
    this.match = match;
    this.policy = policy;
  }

  public SentenceMatch match() {
    return match;
  }

  public JudgePolicy policy() {
    return policy;
  }

  /** Judges a pair as far as it can without embeddings. */
  public Step plan(PreparedArticle first, PreparedArticle second) {
    PreparedArticle a = first.id().compareTo(second.id()) < 0 ? first : second;
    PreparedArticle b = a == first ? second : first;
    if (a.bodyHash().equals(b.bodyHash())) {
      return new Decided(Optional.of(exact(a, b)));
    }
    double anchors = PairMeasures.anchors(a, b);
    double content = PairMeasures.content(a, b);
    boolean enoughShingles = Math.min(a.shingles().length, b.shingles().length) >= policy.minShingles();
    // A pair below the same-story bar can only be a near-duplicate: its 5-gram overlap is counted
    // only as far as it could still reach the near-duplicate bar (most candidates at scale stop
    // there). Every pair with a verdict gets its exact overlap.
    boolean storyPossible = anchors + content >= policy.sameStory();
    int common = Shingles.intersectionAtLeast(
        a.shingles(), b.shingles(), storyPossible ? 0 : nearBar(a.shingles().length, b.shingles().length, enoughShingles));
    if (common < 0) {
      return new Decided(Optional.empty());
    }
    double jaccard = Shingles.jaccard(common, a.shingles().length, b.shingles().length);
    double containment = Shingles.containment(common, a.shingles().length, b.shingles().length);
    if (jaccard >= policy.nearJaccard() || (enoughShingles && containment >= policy.nearContainment())) {
      return new Decided(Optional.of(nearDuplicate(a, b, jaccard, containment, anchors, content)));
    }
    if (!storyPossible) {
      return new Decided(Optional.empty());
    }
    if (content < policy.rewriteContent()) {
      Scores scores = new Scores(jaccard, containment, anchors, content, 0, 0, 0);
      return new Decided(withinStoryWindow(a, b)
          ? Optional.of(relation(a, b, RelationKind.SAME_STORY, round(scores), List.of()))
          : Optional.empty());
    }
    int m = a.sentenceCount();
    int n = b.sentenceCount();
    double[][] logit = new double[m][n];
    byte[][] state = new byte[m][n];
    TreeSet<Integer> needA = new TreeSet<>();
    TreeSet<Integer> needB = new TreeSet<>();
    for (int i = 0; i < m; i++) {
      SentenceProfile pa = a.profiles().get(i);
      for (int j = 0; j < n; j++) {
        SentenceProfile pb = b.profiles().get(j);
        LexicalFeatures f = LexicalFeatures.of(pa, pb);
        logit[i][j] = match.lexicalLogit(f);
        double needed = match.neededCosine(f);
        if (needed <= 0) {
          state[i][j] = CERTAIN;
        } else if (needed > SentenceMatch.MAX_USEFUL_COSINE) {
          state[i][j] = IMPOSSIBLE;
        } else {
          state[i][j] = NEEDS_MODEL;
        }
      }
    }
    Scores partial = new Scores(jaccard, containment, anchors, content, 0, 0, 0);
    // The best case: every pair that could match does. No one alignment has the most pairs and the
    // most of each article's words at once, so each measure is bounded by the alignment that
    // maximises it; whatever the model says, the final alignment does no better on any of them.
    List<int[]> mostPairs = MonotoneAligner.align(bestCase(state, a, b, 1, 0, 0), 0.5);
    List<int[]> mostOfA = MonotoneAligner.align(bestCase(state, a, b, 0, 1, 0), 0.5);
    List<int[]> mostOfB = MonotoneAligner.align(bestCase(state, a, b, 0, 0, 1), 0.5);
    List<int[]> mostOfBoth = MonotoneAligner.align(bestCase(state, a, b, 0, 1, 1), 0.5);
    boolean rewritePossible = mostPairs.size() >= policy.rewriteMinAligned()
        && (Math.max(coverageOf(a, mostOfA, 0), coverageOf(b, mostOfB, 1)) >= policy.rewriteCoverage()
            || (coverageOf(a, mostOfBoth, 0) + coverageOf(b, mostOfBoth, 1)) / 2 >= policy.rewriteMeanCoverage());
    boolean modelNeeded = false;
    for (List<int[]> best : List.of(mostPairs, mostOfA, mostOfB, mostOfBoth)) {
      for (int[] p : best) {
        modelNeeded |= state[p[0]][p[1]] == NEEDS_MODEL;
      }
    }
    if (!rewritePossible || !modelNeeded) {
      return new Decided(decide(a, b, partial, score(logit, state, null, a, b)));
    }
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        if (state[i][j] == NEEDS_MODEL) {
          needA.add(i);
          needB.add(j);
        }
      }
    }
    return new Pending(
        a, b, partial, logit, state,
        needA.stream().mapToInt(Integer::intValue).toArray(),
        needB.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * Weights for the best-case alignments: -1 where a pair cannot match; elsewhere {@code pairs}
   * for each pair plus {@code wordsA} times the share of a's words in its sentence plus {@code
   * wordsB} times b's share, scaled to whole numbers (a's words times b's total and the reverse),
   * so that every pair with some words weighs at least 1.
   */
  private static double[][] bestCase(
      byte[][] state, PreparedArticle a, PreparedArticle b, int pairs, int wordsA, int wordsB) {
    long totalA = 0;
    for (SentenceProfile p : a.profiles()) {
      totalA += p.length();
    }
    long totalB = 0;
    for (SentenceProfile p : b.profiles()) {
      totalB += p.length();
    }
    double[][] weight = new double[state.length][];
    for (int i = 0; i < state.length; i++) {
      weight[i] = new double[state[i].length];
      for (int j = 0; j < state[i].length; j++) {
        weight[i][j] = state[i][j] == IMPOSSIBLE
            ? -1
            : pairs
                + wordsA * (double) a.profiles().get(i).length() * totalB
                + wordsB * (double) b.profiles().get(j).length() * totalA;
      }
    }
    return weight;
  }

  /** Finishes a pending pair once the embeddings of its sentences are available. */
  public Optional<Relation> finish(Pending p, Vectors vectors) {
    return decide(p.a(), p.b(), p.partial(), score(p.lexicalLogit(), p.state(), vectors, p.a(), p.b()));
  }

  private double[][] score(
      double[][] logit, byte[][] state, Vectors vectors, PreparedArticle a, PreparedArticle b) {
    int m = logit.length;
    int n = m == 0 ? 0 : logit[0].length;
    double[][] score = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        score[i][j] = switch (state[i][j]) {
          case CERTAIN -> sigmoid(logit[i][j] + match.cosine() * VERBATIM_COSINE);
          case NEEDS_MODEL -> vectors == null
              ? -1
              : sigmoid(logit[i][j] + match.cosine() * cosine(vectors.vector(a, i), vectors.vector(b, j)));
          default -> -1;
        };
      }
    }
    return score;
  }

  private Optional<Relation> decide(PreparedArticle a, PreparedArticle b, Scores partial, double[][] score) {
    List<int[]> aligned = MonotoneAligner.align(score, match.threshold());
    double coverageA = coverageOf(a, aligned, 0);
    double coverageB = coverageOf(b, aligned, 1);
    Scores scores = new Scores(
        partial.jaccard(), partial.containment(), partial.anchors(), partial.content(),
        coverageA, coverageB, aligned.size());
    RelationKind kind;
    if (aligned.size() >= policy.rewriteMinAligned() && isRewrite(coverageA, coverageB)) {
      kind = RelationKind.REWRITE;
    } else if (partial.story() >= policy.sameStory() && withinStoryWindow(a, b)) {
      kind = RelationKind.SAME_STORY;
    } else {
      return Optional.empty();
    }
    return Optional.of(relation(a, b, kind, scores, evidence(a, b, aligned, score)));
  }

  /** The verdict on two articles with the same cleaned body. */
  public Relation exactCopy(PreparedArticle first, PreparedArticle second) {
    if (!first.bodyHash().equals(second.bodyHash())) {
      throw new IllegalArgumentException(
          "'" + first.id() + "' and '" + second.id() + "' are not exact copies: their bodies differ");
    }
    return first.id().compareTo(second.id()) < 0 ? exact(first, second) : exact(second, first);
  }

  /**
   * A lower bound on the shared 5-grams of a near-duplicate pair of these sizes: Jaccard c / (m + n
   * - c) >= J needs c >= J (m + n) / (1 + J), containment c / min(m, n) >= C needs c >= C min(m, n).
   * One less than the smaller, so that rounding in either division can never drop a pair the
   * verdict would keep.
   */
  int nearBar(int m, int n, boolean containmentCounts) {
    double byJaccard = policy.nearJaccard() * (m + n) / (1 + policy.nearJaccard());
    double bar = containmentCounts ? Math.min(byJaccard, policy.nearContainment() * Math.min(m, n)) : byJaccard;
    return Math.max(0, (int) Math.floor(bar) - 1);
  }

  /** The "no relation" verdict with the pair's measures, for a comparison the user asked for. */
  public Relation unrelated(PreparedArticle first, PreparedArticle second) {
    PreparedArticle a = first.id().compareTo(second.id()) < 0 ? first : second;
    PreparedArticle b = a == first ? second : first;
    Scores scores = new Scores(
        Shingles.jaccard(a.shingles(), b.shingles()), Shingles.containment(a.shingles(), b.shingles()),
        PairMeasures.anchors(a, b), PairMeasures.content(a, b), 0, 0, 0);
    return relation(a, b, RelationKind.UNRELATED, scores, List.of());
  }

  /**
   * A relation found between two articles, carried over to exact copies of them: x has the same
   * cleaned body as the relation's {@code a}, y as its {@code b}, so sentence indices carry over
   * and only the offsets into each original text change.
   */
  public Relation remap(Relation r, PreparedArticle x, PreparedArticle y) {
    if (x.id().equals(r.a()) && y.id().equals(r.b())) {
      return r;
    }
    boolean swap = x.id().compareTo(y.id()) > 0;
    PreparedArticle first = swap ? y : x;
    PreparedArticle second = swap ? x : y;
    List<Evidence> evidence = new ArrayList<>();
    for (Evidence e : r.evidence()) {
      int i = swap ? e.bSentence() : e.aSentence();
      int j = swap ? e.aSentence() : e.bSentence();
      evidence.add(evidence(first, second, i, j, e.similarity(), "verbatim".equals(e.match())));
    }
    Scores s = r.scores();
    Scores scores = swap
        ? new Scores(s.jaccard(), s.containment(), s.anchors(), s.content(), s.coverageB(), s.coverageA(), s.aligned())
        : s;
    return relation(first, second, r.kind(), scores, evidence);
  }

  private Relation exact(PreparedArticle a, PreparedArticle b) {
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < a.sentenceCount(); i++) {
      evidence.add(evidence(a, b, i, i, 1.0, true));
    }
    Scores scores = new Scores(1, 1, PairMeasures.anchors(a, b), PairMeasures.content(a, b), 1, 1, a.sentenceCount());
    return relation(a, b, RelationKind.EXACT, scores, evidence);
  }

  private Relation nearDuplicate(
      PreparedArticle a, PreparedArticle b, double jaccard, double containment, double anchors, double content) {
    int m = a.sentenceCount();
    int n = b.sentenceCount();
    double[][] words = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        words[i][j] = LexicalFeatures.of(a.profiles().get(i), b.profiles().get(j)).words();
      }
    }
    List<int[]> aligned = MonotoneAligner.align(words, 0.5);
    Scores scores = new Scores(
        jaccard, containment, anchors, content, coverageOf(a, aligned, 0), coverageOf(b, aligned, 1), aligned.size());
    List<Evidence> evidence = new ArrayList<>();
    for (int[] p : aligned) {
      evidence.add(evidence(a, b, p[0], p[1], words[p[0]][p[1]], words[p[0]][p[1]] >= VERBATIM));
    }
    return relation(a, b, RelationKind.NEAR_DUPLICATE, scores, evidence);
  }

  private List<Evidence> evidence(PreparedArticle a, PreparedArticle b, List<int[]> aligned, double[][] score) {
    List<Evidence> evidence = new ArrayList<>();
    for (int[] p : aligned) {
      boolean verbatim =
          LexicalFeatures.of(a.profiles().get(p[0]), b.profiles().get(p[1])).words() >= VERBATIM;
      evidence.add(evidence(a, b, p[0], p[1], score[p[0]][p[1]], verbatim));
    }
    return evidence;
  }

  private static Evidence evidence(
      PreparedArticle a, PreparedArticle b, int i, int j, double similarity, boolean verbatim) {
    Sentence sa = a.text().sentences().get(i);
    Sentence sb = b.text().sentences().get(j);
    int[] oa = a.clean().toOriginal(sa.start(), sa.end());
    int[] ob = b.clean().toOriginal(sb.start(), sb.end());
    double rounded = Math.round(Math.min(1, Math.max(0, similarity)) * 1000) / 1000.0;
    return new Evidence(i, j, oa[0], oa[1], ob[0], ob[1], rounded, verbatim ? "verbatim" : "reworded");
  }

  private static Relation relation(
      PreparedArticle a, PreparedArticle b, RelationKind kind, Scores scores, List<Evidence> evidence) {
    String source = null;
    String basis = null;
    Instant pa = a.article().meta().published();
    Instant pb = b.article().meta().published();
    if (kind.isCopy() && pa != null && pb != null && !pa.equals(pb)) {
      source = pa.isBefore(pb) ? a.id() : b.id();
      basis = "published";
    }
    return new Relation(a.id(), b.id(), kind, round(scores), source, basis, evidence);
  }

  /** Scores rounded to 4 decimals, so that output is byte-identical across platforms. */
  private static Scores round(Scores s) {
    return new Scores(r4(s.jaccard()), r4(s.containment()), r4(s.anchors()), r4(s.content()),
        r4(s.coverageA()), r4(s.coverageB()), s.aligned());
  }

  private static double r4(double x) {
    return Math.round(x * 10_000) / 10_000.0;
  }

  /** Whether two articles are close enough in time to report one event (or are not both dated). */
  private boolean withinStoryWindow(PreparedArticle a, PreparedArticle b) {
    Instant pa = a.article().meta().published();
    Instant pb = b.article().meta().published();
    return pa == null || pb == null
        || Duration.between(pa, pb).abs().compareTo(Duration.ofDays(policy.sameStoryDays())) <= 0;
  }

  private boolean isRewrite(double coverageA, double coverageB) {
    return Math.max(coverageA, coverageB) >= policy.rewriteCoverage()
        || (coverageA + coverageB) / 2 >= policy.rewriteMeanCoverage();
  }

  /** The share of an article's words that lie in aligned sentences (headings weigh little). */
  private static double coverageOf(PreparedArticle article, List<int[]> aligned, int side) {
    int total = 0;
    for (SentenceProfile p : article.profiles()) {
      total += p.length();
    }
    int covered = 0;
    for (int[] pair : aligned) {
      covered += article.profiles().get(pair[side]).length();
    }
    return total == 0 ? 0 : (double) covered / total;
  }

  static double cosine(float[] x, float[] y) {
    double dot = 0;
    for (int k = 0; k < x.length; k++) {
      dot += x[k] * y[k];
    }
    return dot; // the encoder returns unit vectors
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
