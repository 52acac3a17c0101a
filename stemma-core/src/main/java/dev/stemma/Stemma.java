package dev.stemma;

import dev.stemma.align.SentenceMatch;
import dev.stemma.candidate.Candidates;
import dev.stemma.clean.RepeatedLines;
import dev.stemma.embed.OnnxEncoder;
import dev.stemma.embed.SentenceEncoder;
import dev.stemma.ingest.Article;
import dev.stemma.ingest.Corpus;
import dev.stemma.live.LiveIndex;
import dev.stemma.live.LiveStore;
import dev.stemma.prepare.PreparedArticle;
import dev.stemma.prepare.Preparer;
import dev.stemma.relate.JudgePolicy;
import dev.stemma.relate.PairJudge;
import dev.stemma.relate.Relation;
import dev.stemma.story.StoryLinkPolicy;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
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

  /**
   * A live index over a store: articles added one at a time reach the same verdicts as {@link
   * #analyze} on the same articles. The index uses this instance's model; keep it open meanwhile.
   */
  public LiveIndex live(LiveStore store) {
    return new LiveIndex(store, preparer(), judge(), storyPolicy, this::encoder);
  }

  /** Analyses a corpus: every article against the others, in one run. */
  public Analysis analyze(Corpus corpus) {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return new CorpusRun(pool, preparer(), judge(), storyPolicy, this::encoder, progress).run(corpus);
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






  /** Configures a {@link Stemma}; every setting has a default tuned on shared/eval. */
  public static final class Builder {
    private Supplier<SentenceEncoder> encoderFactory = OnnxEncoder::standard;
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
