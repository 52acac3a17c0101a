package dev.stemma;

import dev.stemma.align.SentenceMatch;
import dev.stemma.candidate.Candidates;
import dev.stemma.clean.Cleaner;
import dev.stemma.clean.RepeatedLines;
import dev.stemma.embed.MiniLmEncoder;
import dev.stemma.embed.SentenceEncoder;
import dev.stemma.ingest.Article;
import dev.stemma.ingest.Corpus;
import dev.stemma.ingest.Rejection;
import dev.stemma.minhash.CandidatePairs;
import dev.stemma.prepare.PreparedArticle;
import dev.stemma.prepare.Preparer;
import dev.stemma.relate.JudgePolicy;
import dev.stemma.relate.PairJudge;
import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import dev.stemma.story.Family;
import dev.stemma.story.Member;
import dev.stemma.story.Stories;
import dev.stemma.story.Story;
import dev.stemma.story.StoryLinkPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The entry point to Stemma: analyses a corpus of news articles into relations, copy families
 * and stories, or compares two articles.
 *
 * <pre>{@code
 * try (Stemma stemma = Stemma.builder().build()) {
 *   Analysis analysis = stemma.analyze(Inputs.installed().read(List.of(Path.of("articles/"))));
 * }
 * }</pre>
 *
 * <p>The same input gives the same output, byte for byte: hash families are seeded, work done in
 * parallel is put back in a fixed order, and scores are rounded. The stages are pure functions of
 * an article ({@link Preparer}) or of a pair ({@link PairJudge}), so that a Spark job or a server
 * can call them one by one and reach the same verdicts. An instance holds the embedding model once
 * it is needed; close it to free the model.
 */
public final class Stemma implements AutoCloseable {

  private final Supplier<SentenceEncoder> encoderFactory;
  private final SentenceMatch match;
  private final JudgePolicy policy;
  private final StoryLinkPolicy storyPolicy;
  private final int threads;
  private final Progress progress;
  private @Nullable SentenceEncoder encoder;

  private Stemma(Builder b) {
    this.encoderFactory = b.encoderFactory;
    this.match = b.match;
    this.policy = b.policy;
    this.storyPolicy = b.storyPolicy;
    this.threads = b.threads;
    this.progress = b.progress;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The per-article stages, for callers that drive the pipeline themselves (server, Spark). */
  public Preparer preparer() {
    return new Preparer(Candidates.shingleHasher(), Candidates.anchorHasher());
  }

  /** The pair verdict, for callers that drive the pipeline themselves. */
  public PairJudge judge() {
    return new PairJudge(match, policy);
  }

  public StoryLinkPolicy storyPolicy() {
    return storyPolicy;
  }

  /** Analyses a corpus: every article against the others, in one run. */
  public Analysis analyze(Corpus corpus) {
    Map<String, Long> millis = new LinkedHashMap<>();
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      // 1. repeated lines, a corpus statistic the cleaner needs
      long t0 = System.nanoTime();
      List<Article> articles = corpus.articles();
      progress.start("clean", articles.size());
      RepeatedLines.Builder lines = new RepeatedLines.Builder();
      for (Article a : articles) {
        lines.add(Cleaner.paragraphs(a));
      }
      RepeatedLines repeated = lines.build();

      // 2. the per-article stages, in parallel, results in input order
      Preparer preparer = preparer();
      AtomicLong done = new AtomicLong();
      List<Preparer.Outcome> outcomes = submit(pool, () -> articles.parallelStream()
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
          + (repeated.size() > 0 ? ", " + repeated.size() + " repeated lines" : ""));
      millis.put("clean+text", ms(t0));

      // 3. exact copies: one representative per cleaned body
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

      // 4. candidates from the LSH indexes
      progress.start("candidates", reps.size());
      Candidates.Found found = Candidates.find(reps);
      progress.finish(found.pairs().length + " candidate pairs");
      millis.put("exact+candidates", ms(t0));

      // 5. judge each pair as far as the words go
      t0 = System.nanoTime();
      PairJudge judge = judge();
      long[] pairs = found.pairs();
      progress.start("judge", pairs.length);
      AtomicLong judged = new AtomicLong();
      List<PairJudge.Step> steps = submit(pool, () -> IntStream.range(0, pairs.length).parallel()
          .mapToObj(k -> {
            PairJudge.Step s = judge.plan(
                reps.get(CandidatePairs.Result.first(pairs[k])), reps.get(CandidatePairs.Result.second(pairs[k])));
            progress.advance(judged.incrementAndGet());
            return s;
          })
          .toList());
      progress.finish(steps.stream().filter(s -> s instanceof PairJudge.Pending).count() + " pairs need the model");
      millis.put("judge", ms(t0));

      // 6. embed, in one batch, the sentences the pending pairs need
      t0 = System.nanoTime();
      SentenceVectors vectors = new SentenceVectors();
      for (PairJudge.Step s : steps) {
        if (s instanceof PairJudge.Pending p) {
          vectors.request(p.a(), p.sentencesA());
          vectors.request(p.b(), p.sentencesB());
        }
      }
      long embedded = vectors.requested();
      if (embedded > 0) {
        progress.start("embed", embedded);
        vectors.compute(encoder(), progress);
        progress.finish(embedded + " sentences embedded");
      }
      millis.put("embed", ms(t0));

      // 7. finish the pending pairs: align with the model's help
      t0 = System.nanoTime();
      long pending = steps.stream().filter(s -> s instanceof PairJudge.Pending).count();
      progress.start("align", pending);
      AtomicLong aligned = new AtomicLong();
      List<Optional<Relation>> verdicts = submit(pool, () -> steps.parallelStream()
          .map(s -> {
            if (s instanceof PairJudge.Decided d) {
              return d.relation();
            }
            Optional<Relation> r = judge.finish((PairJudge.Pending) s, vectors);
            progress.advance(aligned.incrementAndGet());
            return r;
          })
          .toList());
      progress.finish("");
      List<Relation> repRelations = verdicts.stream().flatMap(Optional::stream).toList();
      List<Relation> relations = expand(repRelations, groupOf, judge);
      millis.put("align", ms(t0));

      // 8. stories, families, origins
      t0 = System.nanoTime();
      progress.start("stories", prepared.size());
      List<Member> members = prepared.stream().map(Stemma::member).toList();
      List<Story> stories = Stories.build(members, relations, storyPolicy);
      progress.finish(stories.size() + " stories");
      millis.put("stories", ms(t0));

      List<ArticleResult> results = results(corpus, prepared, unusable, stories, vectors);
      long skipped = results.stream().filter(r -> !r.analysed()).count();
      RunStats stats = new RunStats(
          articles.size() + corpus.rejections().size(),
          prepared.size(),
          skipped,
          corpus.passed(),
          exactGroups,
          pairs.length,
          pending,
          sentences,
          embedded,
          found.skippedBuckets(),
          millis);
      return new Analysis(results, relations, stories, stats);
    } finally {
      pool.shutdown();
    }
  }

  /** Compares two articles: their relation (UNRELATED when none) with its evidence. */
  public Relation compare(Article first, Article second) {
    if (first.id().equals(second.id())) {
      throw new IllegalArgumentException("compare needs two different ids, got '" + first.id() + "' twice");
    }
    Preparer preparer = preparer();
    PreparedArticle a = prepareOrThrow(preparer, first);
    PreparedArticle b = prepareOrThrow(preparer, second);
    PairJudge judge = judge();
    PairJudge.Step step = judge.plan(a, b);
    Optional<Relation> relation;
    if (step instanceof PairJudge.Pending p) {
      SentenceVectors vectors = new SentenceVectors();
      vectors.request(p.a(), p.sentencesA());
      vectors.request(p.b(), p.sentencesB());
      vectors.compute(encoder(), Progress.NONE);
      relation = judge.finish(p, vectors);
    } else {
      relation = ((PairJudge.Decided) step).relation();
    }
    return relation.orElseGet(() -> judge.unrelated(a, b));
  }

  private static PreparedArticle prepareOrThrow(Preparer preparer, Article article) {
    Preparer.Outcome o = preparer.prepare(article, RepeatedLines.NONE);
    if (o instanceof Preparer.Unusable u) {
      throw new IllegalArgumentException(article.input() + ": " + u.reason() + ". " + u.fix());
    }
    return ((Preparer.Prepared) o).article();
  }

  private synchronized SentenceEncoder encoder() {
    if (encoder == null) {
      encoder = encoderFactory.get();
    }
    return encoder;
  }

  @Override
  public synchronized void close() {
    if (encoder != null) {
      try {
        encoder.close();
      } catch (Exception e) {
        throw new IllegalStateException("could not close the embedding model", e);
      }
      encoder = null;
    }
  }

  /**
   * Relations among representatives of exact-copy groups, spread to every member of the groups,
   * plus the exact relations within each group. The bodies of a group are the same, so sentence
   * indices carry over; offsets are mapped through each member's own text.
   */
  private static List<Relation> expand(
      List<Relation> repRelations, Map<String, List<PreparedArticle>> groupOf, PairJudge judge) {
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

  private static Member member(PreparedArticle p) {
    int quoted = 0;
    for (var sentence : p.text().tokens()) {
      for (var token : sentence) {
        if (token.quoted()) {
          quoted++;
        }
      }
    }
    return new Member(
        p.id(), p.clean().headline(), p.article().meta().published(), p.agencyCredit(), p.clean().removed().size(),
        quoted, p.contentStems());
  }

  private static List<ArticleResult> results(
      Corpus corpus,
      List<PreparedArticle> prepared,
      Map<String, Preparer.Unusable> unusable,
      List<Story> stories,
      SentenceVectors vectors) {
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

  private static <T> T submit(ForkJoinPool pool, java.util.concurrent.Callable<T> task) {
    try {
      return pool.submit(task).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /** Configures a {@link Stemma}; every setting has a default tuned on shared/eval. */
  public static final class Builder {
    private Supplier<SentenceEncoder> encoderFactory = MiniLmEncoder::load;
    private SentenceMatch match = SentenceMatch.DEFAULT;
    private JudgePolicy policy = JudgePolicy.DEFAULT;
    private StoryLinkPolicy storyPolicy = StoryLinkPolicy.DEFAULT;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Progress progress = Progress.NONE;

    private Builder() {}

    /** The sentence-embedding model, loaded the first time a pair needs it. */
    public Builder encoder(Supplier<SentenceEncoder> factory) {
      this.encoderFactory = factory;
      return this;
    }

    public Builder sentenceMatch(SentenceMatch match) {
      this.match = match;
      return this;
    }

    public Builder policy(JudgePolicy policy) {
      this.policy = policy;
      return this;
    }

    public Builder storyPolicy(StoryLinkPolicy storyPolicy) {
      this.storyPolicy = storyPolicy;
      return this;
    }

    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    public Builder progress(Progress progress) {
      this.progress = progress;
      return this;
    }

    public Stemma build() {
      return new Stemma(this);
    }
  }
}
