package dev.stemma;

import dev.stemma.candidate.Candidates;
import dev.stemma.clean.Cleaner;
import dev.stemma.clean.RepeatedLines;
import dev.stemma.embed.SentenceEncoder;
import dev.stemma.ingest.Article;
import dev.stemma.ingest.Corpus;
import dev.stemma.ingest.Rejection;
import dev.stemma.minhash.CandidatePairs;
import dev.stemma.prepare.PreparedArticle;
import dev.stemma.prepare.Preparer;
import dev.stemma.relate.PairJudge;
import dev.stemma.relate.Relation;
import dev.stemma.story.Family;
import dev.stemma.story.Member;
import dev.stemma.story.Stories;
import dev.stemma.story.Story;
import dev.stemma.story.StoryLinkPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * One batch analysis of a corpus, stage by stage: prepare every article, group exact copies,
 * propose pairs from the LSH indexes, judge them (embedding in one batch what the pending pairs
 * need), then judge the pairs the indexes missed but that share a related article (two reports
 * both related to a third are worth comparing: it closes the triangles of a story, at a cost of the
 * sum over articles of the square of their number of relations, not of the corpus's size), and
 * cluster the stories.
 *
 * <p>Every relation is a function of its pair, and the set of pairs judged is defined by pairwise
 * facts (an LSH band shared, a related article shared), so a live index that adds the same
 * articles one by one, in any order, judges the same pairs and reaches the same stories.
 */
final class CorpusRun {

  private final ForkJoinPool pool;
  private final Preparer preparer;
  private final PairJudge judge;
  private final StoryLinkPolicy storyPolicy;
  private final Supplier<SentenceEncoder> encoder;
  private final Progress progress;
  private final Map<String, Long> millis = new LinkedHashMap<>();
  private final SentenceVectors vectors = new SentenceVectors();
  private long alignedPairs;
  private long candidatePairs;
  private long skippedBuckets;

  CorpusRun(
      ForkJoinPool pool,
      Preparer preparer,
      PairJudge judge,
      StoryLinkPolicy storyPolicy,
      Supplier<SentenceEncoder> encoder,
      Progress progress) {
    this.pool = pool;
    this.preparer = preparer;
    this.judge = judge;
    this.storyPolicy = storyPolicy;
    this.encoder = encoder;
    this.progress = progress;
  }

  Analysis run(Corpus corpus) {
    List<Article> articles = corpus.articles();

    long t0 = System.nanoTime();
    progress.start("clean", articles.size());
    RepeatedLines.Builder lines = new RepeatedLines.Builder();
    for (Article a : articles) {
      lines.add(Cleaner.paragraphs(a));
    }
    RepeatedLines repeated = lines.build();
    AtomicLong done = new AtomicLong();
    List<Preparer.Outcome> outcomes = submit(() -> articles.parallelStream()
        .map(a -> {
          Preparer.Outcome o = preparer.prepare(a, repeated);
          progress.advance(done.incrementAndGet());
          return o;
        })
        .toList());
    List<PreparedArticle> prepared = new ArrayList<>();
    Map<String, Preparer.Unusable> unusable = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      if (outcomes.get(i) instanceof Preparer.Prepared p) {
        prepared.add(p.article());
      } else if (outcomes.get(i) instanceof Preparer.Unusable u) {
        unusable.put(articles.get(i).id(), u);
      }
    }
    prepared.sort(Comparator.comparing(PreparedArticle::id));
    long sentences = prepared.stream().mapToLong(PreparedArticle::sentenceCount).sum();
    progress.finish(prepared.size() + " articles, " + sentences + " sentences"
        + (repeated.size() > 0 ? ", " + repeated.size() + " repeated lines removed" : ""));
    millis.put("clean+text", ms(t0));

    // exact copies: one representative per cleaned body; pairs are judged between representatives
    t0 = System.nanoTime();
    Map<String, List<PreparedArticle>> byBody = new TreeMap<>();
    for (PreparedArticle p : prepared) {
      byBody.computeIfAbsent(p.bodyHash(), k -> new ArrayList<>()).add(p);
    }
    List<PreparedArticle> reps = new ArrayList<>();
    Map<String, List<PreparedArticle>> groupOf = new HashMap<>();
    for (List<PreparedArticle> group : byBody.values()) {
      reps.add(group.get(0));
      groupOf.put(group.get(0).id(), group);
    }
    reps.sort(Comparator.comparing(PreparedArticle::id));
    long exactGroups = byBody.values().stream().filter(g -> g.size() > 1).count();
    progress.start("candidates", reps.size());
    Candidates.Found found = Candidates.find(reps);
    candidatePairs = found.pairs().length;
    skippedBuckets = found.skippedBuckets();
    progress.finish(found.pairs().length + " candidate pairs among " + reps.size() + " distinct bodies");
    millis.put("exact+candidates", ms(t0));

    List<Relation> repRelations = new ArrayList<>(judge(reps, found.pairs(), "judge"));
    long[] extra = sharedNeighbourPairs(reps, repRelations, found.pairs());
    if (extra.length > 0) {
      repRelations.addAll(judge(reps, extra, "complete"));
    }
    candidatePairs += extra.length;
    List<Relation> relations = expand(repRelations, groupOf);

    t0 = System.nanoTime();
    progress.start("stories", prepared.size());
    List<Story> stories = Stories.build(prepared.stream().map(Member::of).toList(), relations, storyPolicy);
    progress.finish(stories.size() + " stories");
    millis.put("stories", ms(t0));

    List<ArticleResult> results = results(corpus, prepared, unusable, stories);
    long skipped = results.stream().filter(r -> !r.analysed()).count();
    RunStats stats = new RunStats(
        articles.size() + corpus.rejections().size(), prepared.size(), skipped, corpus.passed(), exactGroups,
        candidatePairs, alignedPairs, sentences, vectors.requested(), skippedBuckets, millis);
    return new Analysis(results, relations, stories, stats);
  }

  /** Pairs judged together; a chunk's steps are kept only when they hold a verdict or wait. */
  private static final int CHUNK = 1 << 18;

  /**
   * Judges pairs of representatives: lexically, then in one embedding batch, then aligned. Pairs
   * are planned in chunks and only the verdicts and the pending pairs are kept, so that tens of
   * millions of candidate pairs, most of them settled as unrelated at once, fit in memory.
   */
  private List<Relation> judge(List<PreparedArticle> reps, long[] pairs, String stage) {
    long t0 = System.nanoTime();
    progress.start(stage, pairs.length);
    AtomicLong judged = new AtomicLong();
    List<Relation> decided = new ArrayList<>();
    List<PairJudge.Pending> pending = new ArrayList<>();
    for (int from = 0; from < pairs.length; from += CHUNK) {
      int start = from;
      int end = Math.min(pairs.length, from + CHUNK);
      List<PairJudge.Step> steps = submit(() -> IntStream.range(start, end).parallel()
          .mapToObj(k -> {
            PairJudge.Step s = judge.plan(
                reps.get(CandidatePairs.Result.first(pairs[k])), reps.get(CandidatePairs.Result.second(pairs[k])));
            long n = judged.incrementAndGet();
            if ((n & 1023) == 0) {
              progress.advance(n);
            }
            return s;
          })
          .filter(s -> !(s instanceof PairJudge.Decided d) || d.relation().isPresent())
          .toList());
      for (PairJudge.Step s : steps) {
        if (s instanceof PairJudge.Pending p) {
          vectors.request(p.a(), p.sentencesA());
          vectors.request(p.b(), p.sentencesB());
          pending.add(p);
        } else {
          decided.add(((PairJudge.Decided) s).relation().orElseThrow());
        }
      }
    }
    progress.finish(pairs.length + " pairs, " + pending.size() + " need the embedding model");
    millis.merge(stage, ms(t0), Long::sum);

    t0 = System.nanoTime();
    long missing = vectors.missing();
    if (missing > 0) {
      progress.start("embed", missing);
      int distinct = vectors.compute(encoder.get(), progress);
      progress.finish(missing + " sentences embedded (" + distinct + " distinct texts)");
    }
    millis.merge("embed", ms(t0), Long::sum);

    t0 = System.nanoTime();
    alignedPairs += pending.size();
    List<Optional<Relation>> verdicts =
        submit(() -> pending.parallelStream().map(p -> judge.finish(p, vectors)).toList());
    List<Relation> out = new ArrayList<>(decided);
    verdicts.forEach(v -> v.ifPresent(out::add));
    millis.merge("align", ms(t0), Long::sum);
    return out;
  }

  /** The pairs of representatives that share a related article and were not judged yet, sorted. */
  private static long[] sharedNeighbourPairs(List<PreparedArticle> reps, List<Relation> relations, long[] judged) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < reps.size(); i++) {
      index.put(reps.get(i).id(), i);
    }
    Map<Integer, List<Integer>> neighbours = new TreeMap<>();
    for (Relation r : relations) {
      int a = index.get(r.a());
      int b = index.get(r.b());
      neighbours.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
      neighbours.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
    }
    java.util.Set<Long> extra = new java.util.HashSet<>();
    for (List<Integer> around : neighbours.values()) {
      for (int x = 0; x < around.size(); x++) {
        for (int y = x + 1; y < around.size(); y++) {
          int i = Math.min(around.get(x), around.get(y));
          int j = Math.max(around.get(x), around.get(y));
          long pair = ((long) i << 32) | j;
          if (Arrays.binarySearch(judged, pair) < 0) {
            extra.add(pair);
          }
        }
      }
    }
    return extra.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  /**
   * Relations among representatives of exact-copy groups, spread to every member of the groups,
   * plus the exact relations within each group. The bodies of a group are the same, so sentence
   * indices carry over; offsets are mapped through each member's own text.
   */
  private List<Relation> expand(List<Relation> repRelations, Map<String, List<PreparedArticle>> groupOf) {
    List<Relation> out = new ArrayList<>();
    for (List<PreparedArticle> group : groupOf.values()) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          out.add(judge.exactCopy(group.get(i), group.get(j)));
        }
      }
    }
    for (Relation r : repRelations) {
      for (PreparedArticle x : groupOf.get(r.a())) {
        for (PreparedArticle y : groupOf.get(r.b())) {
          out.add(judge.remap(r, x, y));
        }
      }
    }
    out.sort(Comparator.comparing(Relation::a).thenComparing(Relation::b));
    return out;
  }

  private List<ArticleResult> results(
      Corpus corpus, List<PreparedArticle> prepared, Map<String, Preparer.Unusable> unusable, List<Story> stories) {
    Map<String, Story> storyOf = new HashMap<>();
    Map<String, Family> familyOf = new HashMap<>();
    for (Story s : stories) {
      for (Family f : s.families()) {
        for (String id : f.members()) {
          storyOf.put(id, s);
          familyOf.put(id, f);
        }
      }
    }
    List<ArticleResult> results = new ArrayList<>();
    for (PreparedArticle p : prepared) {
      Family f = familyOf.get(p.id());
      results.add(new ArticleResult(
          p.id(), p.article().input(), ArticleResult.ANALYSED, null, null, p.clean().headline(),
          storyOf.get(p.id()).id(), f.id(), f.origin().equals(p.id()), p.sentenceCount(), vectors.embeddedFor(p.id()),
          p.clean().removed(), corpus.warnings().getOrDefault(p.id(), List.of())));
    }
    for (Article a : corpus.articles()) {
      Preparer.Unusable u = unusable.get(a.id());
      if (u != null) {
        results.add(new ArticleResult(
            a.id(), a.input(), ArticleResult.SKIPPED, u.reason(), u.fix(), null, null, null, false, 0, 0,
            u.clean().removed(), corpus.warnings().getOrDefault(a.id(), List.of())));
      }
    }
    for (Rejection r : corpus.rejections()) {
      results.add(new ArticleResult(
          r.id(), r.input(), ArticleResult.SKIPPED, r.reason(), r.fix(), null, null, null, false, 0, 0,
          List.of(), List.of()));
    }
    return results;
  }

  private <T> T submit(Callable<T> task) {
    try {
      return pool.submit(task).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
