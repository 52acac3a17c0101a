package dev.stemma.server.index;

import dev.stemma.Stemma;
import dev.stemma.ingest.Article;
import dev.stemma.live.LiveIndex;
import dev.stemma.prepare.PreparedArticle;
import dev.stemma.relate.Relation;
import dev.stemma.story.Family;
import dev.stemma.story.Story;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The server's index: the core's {@link LiveIndex} over a {@link LuceneStore}, with story ids that
 * stay put and views of the last commit for readers.
 *
 * <p>Writes ({@link #add}, {@link #remove}, {@link #compare}) run one at a time on one writer thread; each
 * ends with one Lucene commit, so a write that returned is durable. Reads ({@link #article},
 * {@link #story}, {@link #stories}) never take the lock: they see the last commit through Lucene's
 * searcher and through story views published after each commit.
 *
 * <p>When a write fails half way (an I/O error, a bug), the uncommitted writes are rolled back and
 * the index is reopened from the last commit, so what was acknowledged before is kept.
 */
public final class ArticleIndex implements AutoCloseable {

  /** What happened to one posted article. */
  public record AddResult(
      String id, boolean added, boolean replaced, @Nullable String reason, @Nullable String fix,
      @Nullable String story, List<Relation> relations, Timing timing) {}

  /**
   * Where the time of one addition went, in milliseconds.
   *
   * @param match matching it against the index, its story included, without embedding
   * @param embed running the sentence-embedding model for its pairs
   * @param stories giving the stories it touched their ids and views (once per request)
   * @param commit making the request durable (once per request)
   */
  public record Timing(double match, double embed, double stories, double commit) {}

  /** One page of the story list. */
  public record StoryPage(List<StoryView> stories, int page, int pageSize, int total) {}

  /** A retired story id and the story that took its articles over (null: none). */
  public record Retired(String id, @Nullable String mergedInto) {}

  private static final int SEARCH_LIMIT = 10_000;

  /** Lucene reports its vectorisation set-up at INFO on stderr; a server's log needs only warnings. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  static {
    LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  private final Path folder;
  private final Stemma stemma;
  private final EmbedClock clock;
  private final int cacheSize;
  private final ReentrantLock lock = new ReentrantLock();

  /**
   * The one thread that writes. Its stack is large because the embedding model (ONNX Runtime) runs
   * on the calling thread and needs more native stack than a server's request thread has (1 MiB
   * by default): on a request thread it overflowed the stack and crashed the process.
   */
  private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(null, r, "stemma-writer", WRITER_STACK_BYTES);
    t.setDaemon(true);
    return t;
  });

  private static final long WRITER_STACK_BYTES = 64L << 20;

  // writer state
  private LuceneStore store;
  private LiveIndex live;
  private final Map<String, StoryRecord> records = new HashMap<>();
  private final Map<String, String> memberOf = new HashMap<>();
  private final Map<String, MemberInfo> info = new HashMap<>();

  // published after each commit, for readers
  private final ConcurrentHashMap<String, StoryView> views = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> retired = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> storyOfArticle = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<String, StoryView> newest = new ConcurrentSkipListMap<>();
  private final ConcurrentHashMap<String, String> newestKey = new ConcurrentHashMap<>();

  private ArticleIndex(Path folder, Stemma stemma, EmbedClock clock, int cacheSize) {
    this.folder = folder;
    this.stemma = stemma;
    this.clock = clock;
    this.cacheSize = cacheSize;
  }

  /**
   * Opens the index in a folder (creating it when empty), rebuilding what the live index keeps in
   * memory from the stored articles.
   *
   * @param stemma the pipeline; keep it open while the index is
   * @param clock the clock of the embedding model {@code stemma} was built with, for timings
   * @param cacheSize prepared articles (and their vectors) kept in memory
   */
  public static ArticleIndex open(Path folder, Stemma stemma, EmbedClock clock, int cacheSize) throws IOException {
    ArticleIndex index = new ArticleIndex(folder, stemma, clock, cacheSize);
    index.load();
    return index;
  }

  private void load() throws IOException {
    store = LuceneStore.open(folder, cacheSize);
    live = stemma.live(store);
    store.reviveWith(live::prepareStored);
    records.clear();
    memberOf.clear();
    info.clear();
    List<Article> toPrepare = new ArrayList<>();
    store.forEachCommitted(stored -> {
      live.recall(stored.article());
      info.put(stored.id(), info(stored.article(), stored.received()));
      if (toPrepare.size() < cacheSize) {
        toPrepare.add(stored.article());
      }
    });
    // Rebuilding the stories below reads every article prepared. Preparing is a pure function of
    // the article and the repeated-line statistic, which is complete and no longer changes here, so
    // the articles are prepared on every core first (about 1.3 ms each: 130 s for 100,000 on one).
    store.cachePrepared(toPrepare.parallelStream().map(live::prepareStored).toList());
    for (StoryRecord r : store.committedStories()) {
      records.put(r.id(), r);
      r.members().forEach(m -> memberOf.put(m, r.id()));
    }
    views.clear();
    retired.clear();
    storyOfArticle.clear();
    newest.clear();
    newestKey.clear();
    for (StoryRecord r : records.values()) {
      if (r.retired()) {
        retired.put(r.id(), r.mergedInto() == null ? "" : r.mergedInto());
      }
    }
    Changes changes = restory(new LinkedHashSet<>(store.ids()), Set.of());
    if (changes.persisted) {
      store.commit();
    }
    publish(changes);
  }

  /** Adds articles in order, replacing stored ones with the same id, and commits once. */
  public List<AddResult> add(List<Article> articles) {
    return write(() -> addNow(articles));
  }

  private List<AddResult> addNow(List<Article> articles) {
    lock.lock();
    try {
      List<AddResult> results = new ArrayList<>();
      Set<String> touched = new LinkedHashSet<>();
      Set<String> gone = new HashSet<>();
      List<long[]> times = new ArrayList<>();
      List<LiveIndex.Outcome> outcomes = new ArrayList<>();
      List<Boolean> replacedFlags = new ArrayList<>();
      Instant now = Instant.now();
      for (Article a : articles) {
        boolean replaced = store.contains(a.id());
        if (replaced) {
          touched.addAll(oldStory(a.id()));
          gone.add(a.id());
        }
        store.arriving(a.id(), now);
        long e0 = clock.nanos();
        long t0 = System.nanoTime();
        LiveIndex.Outcome outcome = live.add(a);
        long total = System.nanoTime() - t0;
        long embed = clock.nanos() - e0;
        times.add(new long[] {total - embed, embed});
        outcomes.add(outcome);
        replacedFlags.add(replaced);
        if (outcome instanceof LiveIndex.Added added) {
          touched.add(a.id());
          gone.remove(a.id());
          info.put(a.id(), info(a, store.receivedAt(a.id()).orElse(now)));
          for (String r : added.recleaned()) {
            touched.add(r);
            touched.addAll(oldStory(r));
          }
        } else {
          info.remove(a.id());
          store.forget(a.id());
        }
      }
      long s0 = System.nanoTime();
      Changes changes = restory(touched, gone);
      long storiesNs = System.nanoTime() - s0;
      long c0 = System.nanoTime();
      store.commit();
      long commitNs = System.nanoTime() - c0;
      publish(changes);
      for (int i = 0; i < articles.size(); i++) {
        Article a = articles.get(i);
        Timing timing = new Timing(ms(times.get(i)[0]), ms(times.get(i)[1]), ms(storiesNs), ms(commitNs));
        if (outcomes.get(i) instanceof LiveIndex.Added added) {
          results.add(new AddResult(a.id(), true, replacedFlags.get(i), null, null, memberOf.get(a.id()),
              added.relations(), timing));
        } else {
          LiveIndex.Skipped s = (LiveIndex.Skipped) outcomes.get(i);
          results.add(new AddResult(a.id(), false, replacedFlags.get(i), s.reason(), s.fix(), null, List.of(), timing));
        }
      }
      return results;
    } catch (RuntimeException | Error e) {
      recover();
      throw e;
    } finally {
      lock.unlock();
    }
  }

  /** Removes an article; false when there is none with this id. */
  public boolean remove(String id) {
    return write(() -> removeNow(id));
  }

  private boolean removeNow(String id) {
    lock.lock();
    try {
      if (!store.contains(id)) {
        return false;
      }
      Set<String> touched = new LinkedHashSet<>(oldStory(id));
      for (Relation r : store.relationsOf(id)) {
        touched.add(r.other(id));
      }
      live.remove(id);
      store.forget(id);
      info.remove(id);
      Changes changes = restory(touched, Set.of(id));
      store.commit();
      publish(changes);
      return true;
    } catch (RuntimeException | Error e) {
      recover();
      throw e;
    } finally {
      lock.unlock();
    }
  }

  /** The relation of two stored articles, stored or judged now; empty when either is unknown. */
  public Optional<Relation> compare(String a, String b) {
    return write(() -> compareNow(a, b));
  }

  private Optional<Relation> compareNow(String a, String b) {
    lock.lock();
    try {
      Optional<Relation> r = live.compare(a, b);
      if (store.hasUncommitted()) {
        store.commit(); // keeps the sentence vectors it computed
      }
      return r;
    } catch (RuntimeException | Error e) {
      recover();
      throw e;
    } finally {
      lock.unlock();
    }
  }

  // ---- reads of the last commit ----

  /** A committed article. */
  public Optional<StoredArticle> article(String id) {
    return store.committedArticle(id);
  }

  /** A committed article's relations, with evidence, sorted by (a, b). */
  public List<Relation> relations(String id) {
    return store.committedRelations(id);
  }

  /** The story id a committed article belongs to. */
  public Optional<String> storyOf(String id) {
    return Optional.ofNullable(storyOfArticle.get(id));
  }

  /** A story by its id. */
  public Optional<StoryView> story(String id) {
    return Optional.ofNullable(views.get(id));
  }

  /** A retired story id, when this is one. */
  public Optional<Retired> retired(String id) {
    String heir = retired.get(id);
    return heir == null ? Optional.empty() : Optional.of(new Retired(id, heir.isEmpty() ? null : heir));
  }

  /**
   * Stories newest first (by their newest article's time: publication, else arrival).
   *
   * @param query words every story must hold in one of its articles' title or text; blank: any
   * @param since only stories with an article at or after this time
   * @param until only stories with an article before this time
   */
  public StoryPage stories(@Nullable String query, @Nullable Instant since, @Nullable Instant until, int page,
      int pageSize) {
    Set<String> wanted = null;
    if (query != null && !query.isBlank()) {
      wanted = new HashSet<>();
      for (String id : store.search(query, SEARCH_LIMIT)) {
        String s = storyOfArticle.get(id);
        if (s != null) {
          wanted.add(s);
        }
      }
    }
    List<StoryView> all = new ArrayList<>();
    for (StoryView v : newest.values()) {
      if (wanted != null && !wanted.contains(v.id())) {
        continue;
      }
      if (since != null || until != null) {
        boolean any = false;
        for (MemberInfo m : v.members()) {
          Instant t = m.time();
          if ((since == null || !t.isBefore(since)) && (until == null || t.isBefore(until))) {
            any = true;
            break;
          }
        }
        if (!any) {
          continue;
        }
      }
      all.add(v);
    }
    int from = Math.min(all.size(), (page - 1) * pageSize);
    int to = Math.min(all.size(), from + pageSize);
    return new StoryPage(List.copyOf(all.subList(from, to)), page, pageSize, all.size());
  }

  /**
   * Matches up to {@code articles} stored articles, spread over the index, against their
   * candidates again and keeps nothing ({@link LiveIndex#rehearse}), so that the JIT has compiled
   * the matching path before the first request needs it; returns the pairs planned.
   */
  public int rehearse(int articles) {
    return write(() -> {
      lock.lock();
      try {
        List<String> ids = new ArrayList<>(store.ids());
        ids.sort(null);
        int step = Math.max(1, ids.size() / Math.max(1, articles));
        int planned = 0;
        for (int i = 0, n = 0; i < ids.size() && n < articles; i += step, n++) {
          try {
            planned += live.rehearse(ids.get(i));
          } catch (IllegalStateException e) {
            // only a warm-up: an article that cannot be prepared again (LiveIndex.prepareStored)
            // must not keep the server from starting; a request that reads it reports it
          }
        }
        return planned;
      } finally {
        lock.unlock();
      }
    });
  }

  /** Counts of the last commit. */
  public Map<String, Integer> counts() {
    Map<String, Integer> c = new LinkedHashMap<>(store.committedCounts());
    c.put("stories", views.size());
    return c;
  }

  @Override
  public void close() {
    writer.shutdown();
    lock.lock();
    try {
      store.close();
    } finally {
      lock.unlock();
    }
  }

  /** Runs a write on the writer thread and waits for it. */
  private <T> T write(Callable<T> task) {
    try {
      return writer.submit(task).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a write", e);
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

  // ---- stories ----

  private record Changes(Map<String, StoryView> changed, Map<String, @Nullable String> retired,
      Map<String, String> members, Set<String> gone, boolean persisted) {}

  /** The members of an article's current story, itself included. */
  private Set<String> oldStory(String id) {
    Set<String> out = new LinkedHashSet<>();
    out.add(id);
    String s = memberOf.get(id);
    if (s != null && records.containsKey(s)) {
      out.addAll(records.get(s).members());
    }
    return out;
  }

  /** Rebuilds the stories around the touched articles, gives them ids and stores what changed. */
  private Changes restory(Set<String> touched, Set<String> gone) {
    // A story can change when an article of it, or a neighbour of one, was added, removed or
    // re-cleaned (a neighbour's links weigh differently once its neighbourhood changed), and then
    // every member of its old story needs its story found again (the old story may have split).
    Set<String> around = new LinkedHashSet<>();
    for (String id : touched) {
      around.add(id);
      if (store.contains(id)) {
        for (Relation r : store.relationsOf(id)) {
          around.add(r.other(id));
        }
      }
    }
    Set<String> expanded = new LinkedHashSet<>();
    Set<String> storiesSeen = new HashSet<>();
    for (String id : around) {
      expanded.add(id);
      String old = memberOf.get(id);
      if (old != null && storiesSeen.add(old) && records.containsKey(old)) {
        expanded.addAll(records.get(old).members());
      }
    }
    Set<String> visited = new HashSet<>();
    List<Story> groups = new ArrayList<>();
    for (String id : expanded) {
      if (!store.contains(id) || visited.contains(id)) {
        continue;
      }
      Story s = live.storyOf(id).orElseThrow();
      visited.addAll(s.members());
      groups.add(s);
    }
    Map<String, String> previous = new HashMap<>();
    Map<String, List<String>> previousMembers = new TreeMap<>();
    Map<String, Long> seqOf = new HashMap<>();
    Set<String> involved = new TreeSet<>(visited);
    involved.addAll(expanded);
    involved.addAll(gone);
    for (String m : involved) {
      String old = memberOf.get(m);
      if (old != null) {
        previous.put(m, old);
        StoryRecord r = records.get(old);
        previousMembers.put(old, r.members());
        seqOf.put(old, r.seq());
      }
    }
    StoryIds.Assignment assignment = StoryIds.assign(
        groups.stream().map(Story::members).toList(), previous, previousMembers, seqOf, store::nextStorySeq);
    boolean persisted = false;
    Map<String, StoryView> changed = new LinkedHashMap<>();
    Map<String, String> members = new HashMap<>();
    for (Story s : groups) {
      String id = assignment.ids().get(s.members());
      long seq = Long.parseLong(id.substring(1));
      StoryRecord before = records.get(id);
      if (before == null || !before.members().equals(s.members())) {
        StoryRecord now = new StoryRecord(id, seq, s.members(), null);
        records.put(id, now);
        store.putStory(now);
        persisted = true;
      }
      for (String m : s.members()) {
        memberOf.put(m, id);
        members.put(m, id);
      }
      changed.put(id, view(id, seq, s));
    }
    for (Map.Entry<String, @Nullable String> e : assignment.retired().entrySet()) {
      StoryRecord r = records.get(e.getKey());
      StoryRecord now = new StoryRecord(r.id(), r.seq(), List.of(), e.getValue());
      records.put(r.id(), now);
      store.putStory(now);
      persisted = true;
    }
    Set<String> removed = new HashSet<>();
    for (String m : involved) {
      if (!store.contains(m)) {
        memberOf.remove(m);
        removed.add(m);
      }
    }
    return new Changes(changed, assignment.retired(), members, removed, persisted);
  }

  private StoryView view(String id, long seq, Story s) {
    List<MemberInfo> members = new ArrayList<>();
    for (String m : s.members()) {
      members.add(info.get(m));
    }
    members.sort(Comparator.comparing(MemberInfo::time).reversed().thenComparing(MemberInfo::id));
    List<Family> families = new ArrayList<>();
    int n = 0;
    for (Family f : s.families()) {
      families.add(new Family("F" + (++n), f.members(), f.origin(), f.originReasons(), f.lineage()));
    }
    Map<String, Relation> links = new TreeMap<>();
    Set<String> inStory = new HashSet<>(s.members());
    for (String m : s.members()) {
      for (Relation r : store.relationsOf(m)) {
        if (inStory.contains(r.other(m))) {
          links.put(r.a() + "\u0000" + r.b(),
              new Relation(r.a(), r.b(), r.kind(), r.scores(), r.source(), r.sourceBasis(), List.of()));
        }
      }
    }
    Instant first = members.stream().map(MemberInfo::time).min(Comparator.naturalOrder()).orElseThrow();
    Instant updated = members.stream().map(MemberInfo::time).max(Comparator.naturalOrder()).orElseThrow();
    return new StoryView(id, seq, s.headline(), members, families, List.copyOf(links.values()), first, updated);
  }

  private void publish(Changes c) {
    for (Map.Entry<String, StoryView> e : c.changed().entrySet()) {
      StoryView v = e.getValue();
      views.put(v.id(), v);
      retired.remove(v.id());
      String key = sortKey(v);
      String old = newestKey.put(v.id(), key);
      if (old != null && !old.equals(key)) {
        newest.remove(old);
      }
      newest.put(key, v);
    }
    for (Map.Entry<String, @Nullable String> e : c.retired().entrySet()) {
      views.remove(e.getKey());
      String old = newestKey.remove(e.getKey());
      if (old != null) {
        newest.remove(old);
      }
      retired.put(e.getKey(), e.getValue() == null ? "" : e.getValue());
    }
    storyOfArticle.putAll(c.members());
    c.gone().forEach(storyOfArticle::remove);
  }

  /** Sorts newest first, then the newer id first: inverted, zero-padded, so string order works. */
  private static String sortKey(StoryView v) {
    long t = Long.MAX_VALUE - v.updated().toEpochMilli();
    long s = Long.MAX_VALUE - v.seq();
    return String.format("%020d-%020d", t, s);
  }

  private static MemberInfo info(Article a, Instant received) {
    String headline = a.title();
    if (headline == null || headline.isBlank()) {
      headline = a.text().strip().lines().findFirst().orElse(a.id());
    }
    if (headline.length() > 300) {
      headline = headline.substring(0, 300);
    }
    return new MemberInfo(a.id(), headline, a.meta().source(), a.meta().url(), a.meta().published(), received);
  }

  /** After a failed write: drop what was not committed and reload from the last commit. */
  private void recover() {
    try {
      store.rollback();
    } catch (RuntimeException ignored) {
      // the store is being thrown away; reopening below reports what matters
    }
    try {
      load();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("reopening the index after a failed write failed", e);
    }
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 10_000.0) / 100.0;
  }

  /** For tests: the prepared article the writer holds. */
  Optional<PreparedArticle> prepared(String id) {
    return store.article(id);
  }
}
