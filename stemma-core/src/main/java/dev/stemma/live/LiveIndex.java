package dev.stemma.live;

import dev.stemma.candidate.Candidates;
import dev.stemma.clean.Cleaner;
import dev.stemma.clean.Paragraph;
import dev.stemma.clean.RepeatedLines;
import dev.stemma.embed.SentenceEncoder;
import dev.stemma.ingest.Article;
import dev.stemma.prepare.PreparedArticle;
import dev.stemma.prepare.Preparer;
import dev.stemma.relate.PairJudge;
import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import dev.stemma.story.Member;
import dev.stemma.story.Neighbourhood;
import dev.stemma.story.Stories;
import dev.stemma.story.Story;
import dev.stemma.story.StoryLinkPolicy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Adds articles one at a time, matching each against everything stored, with the same verdicts a
 * batch run ({@code Stemma.analyze}) reaches on the same articles, in whatever order they come.
 *
 * <p>The batch run judges two sets of pairs, both defined pair by pair: pairs that share an LSH
 * band key, and pairs that share an article related to both through such a pair. An arriving
 * article X is therefore judged against the articles sharing its keys; then against the articles
 * related to those (through key-sharing pairs); and the articles now related to X are judged
 * among themselves, since they now share X. Exact copies share one body: X joins its copies'
 * group and takes their relations, mapped to its own text. The stories touched are rebuilt from
 * the connected part of the relation graph around X ({@link Stories#build} is local to it).
 *
 * <p>Cleaning depends on lines repeated across the corpus; when X makes a line boilerplate, the
 * articles holding it are cleaned again and re-matched, as a batch run would have cleaned them.
 *
 * <p>Known differences from a batch run: an LSH bucket that grows past {@link
 * Candidates#MAX_BUCKET} articles keeps the pairs found while it was smaller, where a batch run
 * over the final corpus skips the bucket (no difference on corpora whose buckets stay under the
 * cap; at 100,000 articles buckets do cross it, see docs/benchmarks.md); removing an article does
 * not make a line stop counting as boilerplate.
 * Not thread-safe: one writer at a time.
 */
public final class LiveIndex {

  /** What happened to an article given to {@link #add}. */
  public sealed interface Outcome permits Added, Skipped {}

  /** It was stored, with its relations; its story is built on demand. */
  public static final class Added implements Outcome {
    private final String id;
    private final List<Relation> relations;
    private final List<String> recleaned;
    private final Supplier<Story> storyOf;
    private @org.jspecify.annotations.Nullable Story story;

    Added(String id, List<Relation> relations, List<String> recleaned, Supplier<Story> storyOf) {
      this.id = id;
      this.relations = List.copyOf(relations);
      this.recleaned = List.copyOf(recleaned);
      this.storyOf = storyOf;
    }

    public String id() {
      return id;
    }

    /** Its relations, sorted by (a, b). */
    public List<Relation> relations() {
      return relations;
    }

    /** Stored articles cleaned again because this one made a line of theirs boilerplate. */
    public List<String> recleaned() {
      return recleaned;
    }

    /**
     * The story it belongs to now, built when first asked for (on the index as it is then): a
     * caller that keeps stories its own way does not pay for it.
     */
    public synchronized Story story() {
      if (story == null) {
        story = storyOf.get();
      }
      return story;
    }
  }

  /** It could not be analysed. */
  public record Skipped(String id, String reason, String fix) implements Outcome {}

  private final LiveStore store;
  private final Preparer preparer;
  private final PairJudge judge;
  private final StoryLinkPolicy storyPolicy;
  private final Supplier<SentenceEncoder> encoder;
  private final RepeatedLines.Builder lines = new RepeatedLines.Builder();
  private final Map<String, Set<String>> articlesByLine = new HashMap<>();
  private final Map<String, Article> originals = new HashMap<>();

  public LiveIndex(
      LiveStore store,
      Preparer preparer,
      PairJudge judge,
      StoryLinkPolicy storyPolicy,
      Supplier<SentenceEncoder> encoder) {
    this.store = store;
    this.preparer = preparer;
    this.judge = judge;
    this.storyPolicy = storyPolicy;
    this.encoder = encoder;
  }

  /**
   * Remembers the lines of an article already in the store (after a restart), without matching
   * it again: the repeated-line statistic is rebuilt from the stored articles.
   */
  public void recall(Article article) {
    List<Paragraph> paragraphs = Cleaner.paragraphs(article);
    lines.add(paragraphs);
    remember(article, paragraphs);
  }

  /** Adds an article, replacing a stored one with the same id. */
  public Outcome add(Article article) {
    if (store.article(article.id()).isPresent()) {
      remove(article.id());
    }
    List<Paragraph> paragraphs = Cleaner.paragraphs(article);
    Set<String> newlyRepeated = lines.addAndReport(paragraphs);
    remember(article, paragraphs);
    List<String> recleaned = new ArrayList<>();
    for (String key : newlyRepeated) {
      for (String id : articlesByLine.getOrDefault(key, Set.of())) {
        if (!id.equals(article.id()) && store.article(id).isPresent() && !recleaned.contains(id)) {
          recleaned.add(id);
        }
      }
    }
    // All of them leave before any comes back: a stored article that holds the new boilerplate line
    // and is not yet cleaned again would, if a store evicted and prepared it again, come back
    // cleaned with the new statistic under the body hash of the old one, and be judged as such.
    for (String id : recleaned) {
      removeMatches(id);
    }
    for (String id : recleaned) {
      match(originals.get(id));
    }
    Outcome outcome = match(article);
    if (outcome instanceof Added a) {
      return new Added(a.id(), a.relations(), recleaned, () -> storyAround(a.id()));
    }
    return outcome;
  }

  /** Removes an article, its relations, and the relations that only it justified. */
  public void remove(String id) {
    removeMatches(id);
    Article original = originals.remove(id);
    if (original != null) {
      for (Paragraph p : Cleaner.paragraphs(original)) {
        Set<String> holders = articlesByLine.get(RepeatedLines.key(p.text()));
        if (holders != null) {
          holders.remove(id);
        }
      }
    }
  }

  /** The story that an article belongs to now, rebuilt from the relations around it. */
  public Optional<Story> storyOf(String id) {
    if (store.article(id).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(storyAround(id));
  }

  /**
   * The relation of two stored articles: the stored one when the index found it, otherwise the
   * pair judged now (UNRELATED, with the pair's measures, when there is none). Sentence vectors it
   * computes are kept in the store. Empty when either article is not stored.
   */
  public Optional<Relation> compare(String first, String second) {
    if (first.equals(second)) {
      throw new IllegalArgumentException("compare needs two different ids, got '" + first + "' twice");
    }
    Optional<PreparedArticle> a = store.article(first);
    Optional<PreparedArticle> b = store.article(second);
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    Optional<Relation> known = relation(first, second);
    if (known.isPresent()) {
      return known;
    }
    PairJudge.Step step = judge.plan(a.get(), b.get());
    Optional<Relation> verdict;
    if (step instanceof PairJudge.Pending p) {
      StoreVectors vectors = new StoreVectors(store);
      vectors.request(p.a(), p.sentencesA());
      vectors.request(p.b(), p.sentencesB());
      vectors.compute(encoder);
      verdict = judge.finish(p, vectors);
    } else {
      verdict = ((PairJudge.Decided) step).relation();
    }
    return Optional.of(verdict.orElseGet(() -> judge.unrelated(a.get(), b.get())));
  }

  /**
   * A stored article prepared again from its original, cleaned with the lines seen so far: what
   * the store holds for it, since the index re-cleans an article whenever one of its lines becomes
   * boilerplate. For a store that keeps originals on disk and evicts prepared articles from memory.
   *
   * @throws IllegalStateException when the article cannot be analysed any more, which happens only
   *     when the repeated-line statistic was rebuilt without articles since removed (see {@link
   *     #recall})
   */
  public PreparedArticle prepareStored(Article article) {
    Preparer.Outcome prepared = preparer.prepare(article, lines.view());
    if (prepared instanceof Preparer.Unusable u) {
      throw new IllegalStateException("stored article '" + article.id() + "' cannot be prepared again: " + u.reason());
    }
    return ((Preparer.Prepared) prepared).article();
  }

  /**
   * Matches a stored article against the articles sharing its band keys as its arrival did
   * (prepared again, candidates searched, each pair planned) and keeps nothing: no relation,
   * vector or statistic changes. A server runs it on some articles at start so that the JIT has
   * compiled the matching path before the first arrival needs it: at 100,000 articles a freshly
   * started server matched its first 200 arrivals in p50 18.5 ms and the next 200 in 8.2 ms
   * (docs/benchmarks.md, "Server").
   *
   * @return the pairs planned; 0 when the article is not stored
   */
  public int rehearse(String id) {
    Article original = originals.get(id);
    if (original == null || store.article(id).isEmpty()) {
      return 0;
    }
    PreparedArticle x = prepareStored(original);
    int planned = 0;
    for (String other : store.sharingKeys(keys(x), Candidates.MAX_BUCKET)) {
      PreparedArticle candidate = representative(store.article(other).orElseThrow());
      if (!candidate.bodyHash().equals(x.bodyHash())) { // its copies join its group, unjudged
        judge.plan(x, candidate);
        planned++;
      }
    }
    return planned;
  }

  /** Every story, rebuilt from the whole store: for tests and exports, not for the hot path. */
  public List<Story> stories() {
    List<Member> members = new ArrayList<>();
    Map<String, Relation> relations = new TreeMap<>();
    for (String id : new TreeSet<>(store.ids())) {
      members.add(Member.of(store.article(id).orElseThrow()));
      for (Relation r : store.relationsOf(id)) {
        relations.put(r.a() + "\u0000" + r.b(), r);
      }
    }
    return Stories.build(members, List.copyOf(relations.values()), storyPolicy);
  }

  /** Every relation in the store, sorted by (a, b): for tests and exports. */
  public List<Relation> relations() {
    Map<String, Relation> all = new TreeMap<>();
    for (String id : store.ids()) {
      for (Relation r : store.relationsOf(id)) {
        all.put(r.a() + "\u0000" + r.b(), r);
      }
    }
    return List.copyOf(all.values());
  }

  private Outcome match(Article article) {
    Preparer.Outcome prepared = preparer.prepare(article, lines.view());
    if (prepared instanceof Preparer.Unusable u) {
      return new Skipped(article.id(), u.reason(), u.fix());
    }
    PreparedArticle x = ((Preparer.Prepared) prepared).article();
    List<String> copies = store.withBody(x.bodyHash()).stream().filter(id -> !id.equals(x.id())).toList();
    store.put(x, keys(x));
    if (!copies.isEmpty()) {
      joinGroup(x, copies);
    } else {
      matchNewBody(x);
    }
    List<Relation> mine = store.relationsOf(x.id());
    mine.sort((p, q) -> (p.a() + p.b()).compareTo(q.a() + q.b()));
    String id = x.id();
    return new Added(id, mine, List.of(), () -> storyAround(id));
  }

  /** An exact copy joins its group: exact links to each copy, and the group's other relations. */
  private void joinGroup(PreparedArticle x, List<String> copies) {
    PreparedArticle rep = store.article(copies.get(0)).orElseThrow();
    for (String copy : copies) {
      store.putRelation(judge.exactCopy(store.article(copy).orElseThrow(), x));
    }
    for (Relation r : store.relationsOf(rep.id())) {
      String other = r.other(rep.id());
      if (copies.contains(other) || other.equals(x.id())) {
        continue;
      }
      PreparedArticle o = store.article(other).orElseThrow();
      Relation mapped = rep.id().equals(r.a()) ? judge.remap(r, x, o) : judge.remap(r, o, x);
      store.putRelation(mapped);
    }
  }

  private void matchNewBody(PreparedArticle x) {
    // 1. pairs sharing a band key, one judgement per body
    Map<String, PreparedArticle> indexNeighbours = new TreeMap<>();
    for (String id : store.sharingKeys(keys(x), Candidates.MAX_BUCKET)) {
      if (!id.equals(x.id())) {
        PreparedArticle candidate = store.article(id).orElseThrow();
        indexNeighbours.putIfAbsent(candidate.bodyHash(), representative(candidate));
      }
    }
    List<PreparedArticle[]> pairs = new ArrayList<>();
    for (PreparedArticle candidate : indexNeighbours.values()) {
      pairs.add(new PreparedArticle[] {x, candidate});
    }
    List<Relation> found = judgeAll(pairs);
    Set<String> related = new TreeSet<>();
    for (Relation r : found) {
      if (r.a().equals(x.id()) || r.b().equals(x.id())) {
        related.add(representative(store.article(r.other(x.id())).orElseThrow()).id());
      }
    }
    // 2. pairs sharing a related article: x with its neighbours' index-found neighbours, and x's
    // index-found neighbours among themselves
    Set<String> judged = new HashSet<>();
    indexNeighbours.values().forEach(p -> judged.add(p.id()));
    List<PreparedArticle[]> second = new ArrayList<>();
    for (String n : related) {
      for (String m : indexRelated(store.article(n).orElseThrow())) {
        PreparedArticle rm = representative(store.article(m).orElseThrow());
        if (!rm.bodyHash().equals(x.bodyHash()) && judged.add(rm.id())) {
          second.add(new PreparedArticle[] {x, rm});
        }
      }
    }
    List<String> around = List.copyOf(related);
    for (int i = 0; i < around.size(); i++) {
      for (int j = i + 1; j < around.size(); j++) {
        PreparedArticle u = store.article(around.get(i)).orElseThrow();
        PreparedArticle v = store.article(around.get(j)).orElseThrow();
        if (!sharesKey(u, v) && relation(u.id(), v.id()).isEmpty()) {
          second.add(new PreparedArticle[] {u, v});
        }
      }
    }
    judgeAll(second);
  }

  /** Judges pairs of group representatives and stores each verdict for every member pair. */
  private List<Relation> judgeAll(List<PreparedArticle[]> pairs) {
    List<PairJudge.Step> steps = new ArrayList<>();
    StoreVectors vectors = new StoreVectors(store);
    for (PreparedArticle[] p : pairs) {
      PairJudge.Step step = judge.plan(p[0], p[1]);
      steps.add(step);
      if (step instanceof PairJudge.Pending pending) {
        vectors.request(pending.a(), pending.sentencesA());
        vectors.request(pending.b(), pending.sentencesB());
      }
    }
    vectors.compute(encoder);
    List<Relation> stored = new ArrayList<>();
    for (PairJudge.Step step : steps) {
      Optional<Relation> verdict = step instanceof PairJudge.Pending p
          ? judge.finish(p, vectors)
          : ((PairJudge.Decided) step).relation();
      if (verdict.isEmpty()) {
        continue;
      }
      Relation r = verdict.get();
      PreparedArticle a = store.article(r.a()).orElseThrow();
      PreparedArticle b = store.article(r.b()).orElseThrow();
      for (String x : store.withBody(a.bodyHash())) {
        for (String y : store.withBody(b.bodyHash())) {
          Relation mapped = judge.remap(r, store.article(x).orElseThrow(), store.article(y).orElseThrow());
          store.putRelation(mapped);
          stored.add(mapped);
        }
      }
    }
    return stored;
  }

  /** Removes an article's relations, and those between others that only it justified. */
  private void removeMatches(String id) {
    Optional<PreparedArticle> gone = store.article(id);
    if (gone.isEmpty()) {
      return;
    }
    List<String> copies = store.withBody(gone.get().bodyHash()).stream().filter(c -> !c.equals(id)).toList();
    List<String> neighbours = copies.isEmpty() ? indexRelated(gone.get()) : List.of();
    store.remove(id);
    // pairs judged only because they shared this article no longer are, unless they share another
    for (int i = 0; i < neighbours.size(); i++) {
      for (int j = i + 1; j < neighbours.size(); j++) {
        PreparedArticle u = store.article(neighbours.get(i)).orElseThrow();
        PreparedArticle v = store.article(neighbours.get(j)).orElseThrow();
        if (relation(u.id(), v.id()).isPresent() && !sharesKey(u, v) && !shareIndexNeighbour(u, v)) {
          for (String x : store.withBody(u.bodyHash())) {
            for (String y : store.withBody(v.bodyHash())) {
              store.removeRelation(x, y);
            }
          }
        }
      }
    }
  }

  /** The stored articles related to this one through pairs that share a band key. */
  private List<String> indexRelated(PreparedArticle p) {
    List<String> out = new ArrayList<>();
    long[] mine = sortedKeys(p);
    for (Relation r : store.relationsOf(p.id())) {
      if (r.kind() == RelationKind.EXACT) {
        continue;
      }
      PreparedArticle other = store.article(r.other(p.id())).orElseThrow();
      if (sharesKey(mine, other)) {
        out.add(other.id());
      }
    }
    out.sort(null);
    return out;
  }

  private boolean shareIndexNeighbour(PreparedArticle u, PreparedArticle v) {
    Set<String> nu = new TreeSet<>();
    for (String n : indexRelated(u)) {
      nu.add(store.article(n).orElseThrow().bodyHash());
    }
    for (String n : indexRelated(v)) {
      if (nu.contains(store.article(n).orElseThrow().bodyHash())) {
        return true;
      }
    }
    return false;
  }

  private Optional<Relation> relation(String a, String b) {
    return store.relationsOf(a).stream().filter(r -> r.other(a).equals(b)).findFirst();
  }

  /**
   * The member of an article's exact-copy group that stands for it: the smallest id. An article
   * that a store evicted and prepared again ({@link #prepareStored}) can come back with another
   * body hash than the one it was stored under when the repeated-line statistic changed in
   * between without cleaning it again (after a restart, see {@link #prepareStored}); it then
   * stands for itself rather than failing the request.
   */
  private PreparedArticle representative(PreparedArticle p) {
    List<String> group = store.withBody(p.bodyHash());
    return group.isEmpty() || group.get(0).equals(p.id()) ? p : store.article(group.get(0)).orElseThrow();
  }

  private static boolean sharesKey(PreparedArticle u, PreparedArticle v) {
    return sharesKey(sortedKeys(u), v);
  }

  private static boolean sharesKey(long[] sortedKeys, PreparedArticle v) {
    for (long k : keys(v)) {
      if (Arrays.binarySearch(sortedKeys, k) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static long[] sortedKeys(PreparedArticle p) {
    long[] keys = keys(p);
    Arrays.sort(keys);
    return keys;
  }

  static long[] keys(PreparedArticle p) {
    long[] s = Candidates.shingleKeys(p);
    long[] a = Candidates.anchorKeys(p);
    long[] all = Arrays.copyOf(s, s.length + a.length);
    System.arraycopy(a, 0, all, s.length, a.length);
    return all;
  }

  /**
   * The story of an article, found by walking from it along the links that join stories ({@link
   * StoryLinkPolicy#joins}, which looks only at the two articles' neighbours), so the cost is that
   * of the story and its neighbours, not of everything connected to it by weak links (in a large
   * index, weak links connect most stories). Its families, origins and lineage are then built from
   * the relations among its members, which is what a batch run builds them from.
   */
  private Story storyAround(String id) {
    Map<String, Neighbourhood> neighbours = new HashMap<>();
    Set<String> members = new TreeSet<>();
    Deque<String> queue = new ArrayDeque<>(List.of(id));
    Map<String, Relation> inside = new TreeMap<>();
    while (!queue.isEmpty()) {
      String u = queue.poll();
      if (!members.add(u)) {
        continue;
      }
      for (Relation r : store.relationsOf(u)) {
        String v = r.other(u);
        if (storyPolicy.joins(r, neighbours(r.a(), neighbours), neighbours(r.b(), neighbours))) {
          queue.add(v);
        }
      }
    }
    for (String m : members) {
      for (Relation r : store.relationsOf(m)) {
        if (members.contains(r.other(m))) {
          inside.put(r.a() + "\u0000" + r.b(), r);
        }
      }
    }
    List<Member> story = members.stream().map(m -> Member.of(store.article(m).orElseThrow())).toList();
    // every link inside counts: the members are one story already
    return Stories.build(story, List.copyOf(inside.values()), ONE_STORY).get(0);
  }

  private static final StoryLinkPolicy ONE_STORY = new StoryLinkPolicy(0, 0, 0);

  private Neighbourhood neighbours(String id, Map<String, Neighbourhood> cache) {
    return cache.computeIfAbsent(id, k -> storyPolicy.neighbourhood(k, store.relationsOf(k)));
  }

  private void remember(Article article, List<Paragraph> paragraphs) {
    originals.put(article.id(), article);
    for (Paragraph p : paragraphs) {
      if (p.words() <= RepeatedLines.MAX_WORDS) {
        articlesByLine.computeIfAbsent(RepeatedLines.key(p.text()), k -> new TreeSet<>()).add(article.id());
      }
    }
  }
}
