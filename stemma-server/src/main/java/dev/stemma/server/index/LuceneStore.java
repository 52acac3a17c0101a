package dev.stemma.server.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stemma.ingest.Article;
import dev.stemma.ingest.ArticleMeta;
import dev.stemma.ingest.InputRef;
import dev.stemma.live.LiveStore;
import dev.stemma.prepare.PreparedArticle;
import dev.stemma.relate.Relation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The server's {@link LiveStore}: one Lucene index holding articles (the originals, their body
 * hash and their LSH band keys), relations, cached sentence vectors and story ids.
 *
 * <p>Why one Lucene index for everything: an acknowledged write must be durable, and an article,
 * the relations it made and the story ids it moved must become durable together. A Lucene commit
 * is atomic over every document written since the last one, so one {@link #commit} per request
 * gives that with no two-phase protocol between two engines (Lucene for articles and an embedded
 * SQL database for relations would need one). Relations are kept as the documented JSON of {@code
 * relations.jsonl}, vectors as little-endian float arrays in stored fields; no file of our own.
 *
 * <p>Candidate search is Lucene's: each band key is an indexed term of 8 bytes, and {@link
 * #sharingKeys} looks each up in the terms dictionary of every segment and walks its postings.
 *
 * <p>Reads by the writer see its own writes before they are committed (the live index reads back
 * what it just stored): writes go to the {@link IndexWriter} at once and to an overlay in memory
 * (the articles, keys and vectors of the open transaction) that reads consult first, while
 * committed data is read through a searcher reopened after each commit. Relations, body hashes and
 * the list of ids are held in memory in full (they are small and read on every addition); prepared
 * articles and vectors are cached with a bound and otherwise rebuilt from what is stored: an
 * article is prepared again from its original by the function given to {@link #reviveWith}.
 *
 * <p>Threads: the {@link LiveStore} methods and {@link #commit} are for one writer thread at a
 * time; the {@code committed...} and {@code search} methods read the last commit and may be called
 * from any thread.
 */
public final class LuceneStore implements LiveStore, AutoCloseable {

  static final String TYPE = "type";
  static final String ID = "id";
  static final String BODY = "body";
  static final String KEY = "key";
  static final String SEARCH = "search";
  static final String PAIR = "pair";
  static final String REL_A = "ra";
  static final String REL_B = "rb";
  static final String JSON_FIELD = "json";
  static final String VEC_OF = "vid";
  static final String VECTORS = "vectors";
  static final String STORY = "sid";
  static final String STORY_SEQ = "story_seq";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer = new StandardAnalyzer();

  // the writer's view, always current
  private final Map<String, String> bodyOf = new HashMap<>();
  /** Copy groups by body hash, sorted: read for every candidate, so each is an immutable list, replaced on change. */
  private final Map<String, List<String>> byBody = new HashMap<>();
  private final Map<String, Instant> received = new HashMap<>();
  private final Map<String, Map<String, Relation>> relations = new HashMap<>();

  // the open transaction
  private final Map<String, PreparedArticle> pending = new HashMap<>();
  private final Map<String, long[]> pendingKeys = new HashMap<>();
  private final Set<String> stale = new HashSet<>();
  // the ids whose last committed document this transaction replaced or removed
  private final Set<String> staleCommitted = new HashSet<>();
  private final Map<String, Map<Integer, float[]>> pendingVectors = new TreeMap<>();

  private final Lru<PreparedArticle> prepared;
  private final Lru<Map<Integer, float[]>> vectorCache;
  private Function<Article, PreparedArticle> reviver = a -> {
    throw new IllegalStateException("no reviver: call reviveWith before reading evicted articles");
  };
  private long storySeq;
  private volatile int committedCount;

  private LuceneStore(Directory directory, IndexWriter writer, int cacheSize) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
    this.prepared = new Lru<>(cacheSize);
    this.vectorCache = new Lru<>(cacheSize);
  }

  /**
   * Opens (creating when absent) the index in a folder and loads what is held in memory.
   *
   * @param cacheSize how many prepared articles, and how many articles' vectors, to keep in memory
   */
  public static LuceneStore open(Path folder, int cacheSize) throws IOException {
    if (cacheSize < 1) {
      throw new IllegalArgumentException("cacheSize must be at least 1, got " + cacheSize);
    }
    Directory dir = FSDirectory.open(folder);
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setCommitOnClose(false);
    config.setRAMBufferSizeMB(64);
    IndexWriter writer = new IndexWriter(dir, config);
    LuceneStore store = new LuceneStore(dir, writer, cacheSize);
    store.load();
    return store;
  }

  private void load() throws IOException {
    Map<String, String> data = new HashMap<>();
    for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
      data.put(e.getKey(), e.getValue());
    }
    storySeq = Long.parseLong(data.getOrDefault(STORY_SEQ, "0"));
    IndexSearcher s = searchers.acquire();
    try {
      StoredFields fields = s.storedFields();
      for (ScoreDoc hit : all(s, "article")) {
        Document d = fields.document(hit.doc, Set.of(ID, BODY, "received"));
        String id = d.get(ID);
        bodyOf.put(id, d.get(BODY));
        joinGroup(d.get(BODY), id);
        received.put(id, Instant.parse(d.get("received")));
      }
      for (ScoreDoc hit : all(s, "relation")) {
        Relation r = RelationJson.read(fields.document(hit.doc).get(JSON_FIELD));
        relations.computeIfAbsent(r.a(), k -> new HashMap<>()).put(r.b(), r);
        relations.computeIfAbsent(r.b(), k -> new HashMap<>()).put(r.a(), r);
      }
    } finally {
      searchers.release(s);
    }
    committedCount = bodyOf.size();
  }

  private static ScoreDoc[] all(IndexSearcher s, String type) throws IOException {
    int n = Math.max(1, s.count(new TermQuery(new Term(TYPE, type))));
    return s.search(new TermQuery(new Term(TYPE, type)), n).scoreDocs;
  }

  /** How evicted prepared articles are rebuilt: the live index's {@code prepareStored}. */
  public void reviveWith(Function<Article, PreparedArticle> reviver) {
    this.reviver = reviver;
  }

  /** Records when an article arrived; call before adding it (a replaced article keeps its time). */
  public void arriving(String id, Instant at) {
    received.putIfAbsent(id, at);
  }

  /** When a stored article arrived, as the writer sees it. */
  public Optional<Instant> receivedAt(String id) {
    return Optional.ofNullable(received.get(id));
  }

  // ---- LiveStore, for the writer ----

  @Override
  public Optional<PreparedArticle> article(String id) {
    PreparedArticle p = pending.get(id);
    if (p != null) {
      return Optional.of(p);
    }
    p = prepared.get(id); // holds stored articles only: remove() drops them
    if (p != null) {
      return Optional.of(p);
    }
    if (!bodyOf.containsKey(id)) {
      return Optional.empty();
    }
    StoredArticle original = committedArticle(id).orElseThrow(
        () -> new IllegalStateException("article '" + id + "' is listed but not in the index"));
    p = reviver.apply(original.article());
    prepared.put(id, p);
    return Optional.of(p);
  }

  /** Puts articles prepared from their stored originals into the cache (those still stored). */
  public void cachePrepared(List<PreparedArticle> articles) {
    for (PreparedArticle p : articles) {
      if (bodyOf.containsKey(p.id()) && !pending.containsKey(p.id())) {
        prepared.put(p.id(), p);
      }
    }
  }

  /** Whether an article with this id is stored (committed or not). */
  public boolean contains(String id) {
    return bodyOf.containsKey(id);
  }

  @Override
  public Collection<String> ids() {
    return List.copyOf(bodyOf.keySet());
  }

  @Override
  public List<String> withBody(String bodyHash) {
    return byBody.getOrDefault(bodyHash, List.of());
  }

  private void joinGroup(String bodyHash, String id) {
    byBody.merge(bodyHash, List.of(id), (group, one) -> {
      TreeSet<String> sorted = new TreeSet<>(group);
      sorted.add(id);
      return List.copyOf(sorted);
    });
  }

  @Override
  public Set<String> sharingKeys(long[] keys, int maxBucket) {
    long[] sorted = Arrays.stream(keys).distinct().sorted().toArray();
    Map<Long, List<String>> pendingHolders = new HashMap<>();
    for (Map.Entry<String, long[]> e : pendingKeys.entrySet()) {
      for (long k : e.getValue()) {
        if (Arrays.binarySearch(sorted, k) >= 0) {
          pendingHolders.computeIfAbsent(k, x -> new ArrayList<>()).add(e.getKey());
        }
      }
    }
    Set<String> found = new HashSet<>();
    IndexSearcher s = acquire();
    try {
      List<LeafReaderContext> leaves = s.getIndexReader().leaves();
      TermsEnum[] enums = new TermsEnum[leaves.size()];
      Bits[] live = new Bits[leaves.size()];
      int[][] staleDocs = new int[leaves.size()][];
      DocSet[] accepted = new DocSet[leaves.size()];
      for (int i = 0; i < leaves.size(); i++) {
        LeafReader leaf = leaves.get(i).reader();
        Terms terms = leaf.terms(KEY);
        enums[i] = terms == null ? null : terms.iterator();
        live[i] = leaf.getLiveDocs();
        staleDocs[i] = docsOf(leaf, staleCommitted);
        accepted[i] = new DocSet();
      }
      BytesRef term = new BytesRef(new byte[8]);
      PostingsEnum postings = null;
      // the committed holders of one key, as leaf and doc, until it is known to be small enough
      int[] holderLeaf = new int[maxBucket + 1];
      int[] holderDoc = new int[maxBucket + 1];
      for (long key : sorted) {
        encode(key, term.bytes);
        List<String> pendingOnes = pendingHolders.getOrDefault(key, List.of());
        int count = pendingOnes.size();
        int held = 0;
        for (int i = 0; i < leaves.size() && count <= maxBucket; i++) {
          if (enums[i] == null || !enums[i].seekExact(term)) {
            continue;
          }
          // without deletions or superseded documents the postings hold exactly docFreq holders:
          // a bucket already too large is skipped without walking it
          if (live[i] == null && staleDocs[i].length == 0 && count + enums[i].docFreq() > maxBucket) {
            count = maxBucket + 1;
            break;
          }
          postings = enums[i].postings(postings, PostingsEnum.NONE);
          for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if ((live[i] != null && !live[i].get(doc)) || Arrays.binarySearch(staleDocs[i], doc) >= 0) {
              continue;
            }
            if (++count > maxBucket) {
              break;
            }
            holderLeaf[held] = i;
            holderDoc[held] = doc;
            held++;
          }
        }
        if (count <= maxBucket) {
          found.addAll(pendingOnes);
          for (int h = 0; h < held; h++) {
            accepted[holderLeaf[h]].add(holderDoc[h]);
          }
        }
      }
      // ids are read once per document, in doc order, from the id doc values of its segment
      for (int i = 0; i < leaves.size(); i++) {
        int[] docs = accepted[i].sortedDistinct();
        if (docs.length == 0) {
          continue;
        }
        SortedDocValues idValues = DocValues.getSorted(leaves.get(i).reader(), ID);
        for (int doc : docs) {
          if (idValues.advanceExact(doc)) {
            found.add(idValues.lookupOrd(idValues.ordValue()).utf8ToString());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("candidate search in the index failed", e);
    } finally {
      release(s);
    }
    return found;
  }

  /** The sorted docs of a segment that hold these article ids. */
  private static int[] docsOf(LeafReader leaf, Set<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return new int[0];
    }
    Terms terms = leaf.terms(ID);
    if (terms == null) {
      return new int[0];
    }
    TermsEnum te = terms.iterator();
    DocSet docs = new DocSet();
    PostingsEnum p = null;
    for (String id : ids) {
      if (te.seekExact(new BytesRef(id))) {
        p = te.postings(p, PostingsEnum.NONE);
        for (int doc = p.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = p.nextDoc()) {
          docs.add(doc);
        }
      }
    }
    return docs.sortedDistinct();
  }

  /** A growing list of doc numbers, read back sorted and distinct. */
  private static final class DocSet {
    private int[] docs = new int[16];
    private int size;

    void add(int doc) {
      if (size == docs.length) {
        docs = Arrays.copyOf(docs, size * 2);
      }
      docs[size++] = doc;
    }

    int[] sortedDistinct() {
      int[] s = Arrays.copyOf(docs, size);
      Arrays.sort(s);
      int w = 0;
      for (int k = 0; k < s.length; k++) {
        if (w == 0 || s[k] != s[w - 1]) {
          s[w++] = s[k];
        }
      }
      return Arrays.copyOf(s, w);
    }
  }

  @Override
  public void put(PreparedArticle article, long[] keys) {
    String id = article.id();
    remove(id);
    pending.put(id, article);
    pendingKeys.put(id, keys.clone());
    stale.add(id);
    bodyOf.put(id, article.bodyHash());
    joinGroup(article.bodyHash(), id);
    Instant at = received.computeIfAbsent(id, k -> Instant.now());
    write(w -> w.updateDocument(new Term(ID, id), articleDoc(article, keys, at)));
  }

  @Override
  public void remove(String id) {
    String body = bodyOf.remove(id);
    if (body == null) {
      return;
    }
    List<String> rest = byBody.get(body).stream().filter(member -> !member.equals(id)).toList();
    if (rest.isEmpty()) {
      byBody.remove(body);
    } else {
      byBody.put(body, rest);
    }
    if (pending.remove(id) == null) {
      staleCommitted.add(id);
    }
    pendingKeys.remove(id);
    pendingVectors.remove(id);
    stale.add(id);
    prepared.remove(id);
    vectorCache.remove(id);
    Map<String, Relation> mine = relations.remove(id);
    if (mine != null) {
      for (String other : mine.keySet()) {
        Map<String, Relation> theirs = relations.get(other);
        if (theirs != null) {
          theirs.remove(id);
        }
      }
    }
    write(w -> w.deleteDocuments(
        new Term(ID, id), new Term(VEC_OF, id), new Term(REL_A, id), new Term(REL_B, id)));
  }

  /** Forgets when a removed article arrived (a later article with its id arrives anew). */
  public void forget(String id) {
    if (!bodyOf.containsKey(id)) {
      received.remove(id);
    }
  }

  @Override
  public List<Relation> relationsOf(String id) {
    return new ArrayList<>(relations.getOrDefault(id, Map.of()).values());
  }

  @Override
  public void putRelation(Relation r) {
    relations.computeIfAbsent(r.a(), k -> new HashMap<>()).put(r.b(), r);
    relations.computeIfAbsent(r.b(), k -> new HashMap<>()).put(r.a(), r);
    Document d = new Document();
    d.add(new StringField(TYPE, "relation", Field.Store.NO));
    d.add(new StringField(PAIR, pair(r.a(), r.b()), Field.Store.NO));
    d.add(new StringField(REL_A, r.a(), Field.Store.NO));
    d.add(new StringField(REL_B, r.b(), Field.Store.NO));
    d.add(new StoredField(JSON_FIELD, RelationJson.write(r)));
    write(w -> w.updateDocument(new Term(PAIR, pair(r.a(), r.b())), d));
  }

  @Override
  public void removeRelation(String a, String b) {
    Map<String, Relation> ra = relations.get(a);
    if (ra != null) {
      ra.remove(b);
    }
    Map<String, Relation> rb = relations.get(b);
    if (rb != null) {
      rb.remove(a);
    }
    write(w -> w.deleteDocuments(new Term(PAIR, pair(a, b))));
  }

  @Override
  public Optional<float[]> vector(String id, int sentence) {
    Map<Integer, float[]> fresh = pendingVectors.get(id);
    if (fresh != null && fresh.containsKey(sentence)) {
      return Optional.of(fresh.get(sentence));
    }
    if (!bodyOf.containsKey(id)) {
      return Optional.empty();
    }
    Map<Integer, float[]> cached = vectorCache.get(id);
    if (cached == null) {
      cached = stale.contains(id) ? new HashMap<>() : committedVectors(id);
      vectorCache.put(id, cached);
    }
    return Optional.ofNullable(cached.get(sentence));
  }

  @Override
  public void putVector(String id, int sentence, float[] vector) {
    pendingVectors.computeIfAbsent(id, k -> new TreeMap<>()).put(sentence, vector);
    Map<Integer, float[]> cached = vectorCache.get(id);
    if (cached != null) {
      cached.put(sentence, vector);
    }
  }

  // ---- stories and transactions ----

  /** Stores a story id's record, replacing the one with the same id. */
  public void putStory(StoryRecord story) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", story.id());
    n.put("seq", story.seq());
    ArrayNode members = n.putArray("members");
    story.members().forEach(members::add);
    if (story.mergedInto() != null) {
      n.put("merged_into", story.mergedInto());
    }
    Document d = new Document();
    d.add(new StringField(TYPE, "story", Field.Store.NO));
    d.add(new StringField(STORY, story.id(), Field.Store.NO));
    d.add(new StoredField(JSON_FIELD, n.toString()));
    write(w -> w.updateDocument(new Term(STORY, story.id()), d));
  }

  /** Drops a story id's record altogether. */
  public void removeStory(String id) {
    write(w -> w.deleteDocuments(new Term(STORY, id)));
  }

  /** The next story number to hand out, as committed with the stories. */
  public long nextStorySeq() {
    return ++storySeq;
  }

  /** Every story record of the last commit. */
  public List<StoryRecord> committedStories() {
    List<StoryRecord> out = new ArrayList<>();
    IndexSearcher s = acquire();
    try {
      StoredFields fields = s.storedFields();
      for (ScoreDoc hit : all(s, "story")) {
        JsonNode n = JSON.readTree(fields.document(hit.doc).get(JSON_FIELD));
        List<String> members = new ArrayList<>();
        n.get("members").forEach(m -> members.add(m.asText()));
        JsonNode merged = n.get("merged_into");
        out.add(new StoryRecord(n.get("id").asText(), n.get("seq").asLong(), members,
            merged == null ? null : merged.asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading story records failed", e);
    } finally {
      release(s);
    }
    return out;
  }

  /**
   * Makes every write since the last commit durable, at once: on return they survive a crash of
   * the process or the machine (Lucene syncs the new files and then the commit point).
   */
  public void commit() {
    try {
      for (Map.Entry<String, Map<Integer, float[]>> e : pendingVectors.entrySet()) {
        if (!bodyOf.containsKey(e.getKey())) {
          continue;
        }
        Document d = new Document();
        d.add(new StringField(TYPE, "vectors", Field.Store.NO));
        d.add(new StringField(VEC_OF, e.getKey(), Field.Store.NO));
        d.add(new StoredField(VECTORS, encodeVectors(e.getValue())));
        writer.addDocument(d);
      }
      writer.setLiveCommitData(Map.of(STORY_SEQ, Long.toString(storySeq)).entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("committing the index failed", e);
    }
    for (Map.Entry<String, PreparedArticle> e : pending.entrySet()) {
      prepared.put(e.getKey(), e.getValue());
    }
    pending.clear();
    pendingKeys.clear();
    stale.clear();
    staleCommitted.clear();
    pendingVectors.clear();
    committedCount = bodyOf.size();
  }

  /** Whether anything was written since the last commit. */
  public boolean hasUncommitted() {
    return writer.hasUncommittedChanges() || !pendingVectors.isEmpty();
  }

  /** The number of articles in the last commit. */
  public int committedCount() {
    return committedCount;
  }

  // ---- reads of the last commit, from any thread ----

  /** A committed article's original and arrival time. */
  public Optional<StoredArticle> committedArticle(String id) {
    IndexSearcher s = acquire();
    try {
      TopDocs hits = s.search(new TermQuery(new Term(ID, id)), 1);
      if (hits.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(stored(s.storedFields().document(hits.scoreDocs[0].doc)));
    } catch (IOException e) {
      throw new UncheckedIOException("reading article '" + id + "' failed", e);
    } finally {
      release(s);
    }
  }

  /** Every committed article, in index order: for start-up. */
  public void forEachCommitted(Consumer<StoredArticle> action) {
    IndexSearcher s = acquire();
    try {
      StoredFields fields = s.storedFields();
      for (ScoreDoc hit : all(s, "article")) {
        action.accept(stored(fields.document(hit.doc)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the stored articles failed", e);
    } finally {
      release(s);
    }
  }

  /** A committed article's relations, sorted by (a, b). */
  public List<Relation> committedRelations(String id) {
    IndexSearcher s = acquire();
    try {
      BooleanQuery q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(REL_A, id)), BooleanClause.Occur.SHOULD)
          .add(new TermQuery(new Term(REL_B, id)), BooleanClause.Occur.SHOULD)
          .build();
      int n = Math.max(1, s.count(q));
      List<Relation> out = new ArrayList<>();
      StoredFields fields = s.storedFields();
      for (ScoreDoc hit : s.search(q, n).scoreDocs) {
        out.add(RelationJson.read(fields.document(hit.doc).get(JSON_FIELD)));
      }
      out.sort((p, r) -> p.a().equals(r.a()) ? p.b().compareTo(r.b()) : p.a().compareTo(r.a()));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("reading the relations of '" + id + "' failed", e);
    } finally {
      release(s);
    }
  }

  /**
   * The ids of committed articles whose title or text holds every word of a query (Lucene's
   * standard analyzer: lower case, Unicode word breaks), best first, at most {@code limit}.
   */
  public List<String> search(String query, int limit) {
    List<String> words = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(SEARCH, query)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        words.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing the query failed", e);
    }
    if (words.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String w : words) {
      b.add(new TermQuery(new Term(SEARCH, w)), BooleanClause.Occur.MUST);
    }
    Query q = b.build();
    IndexSearcher s = acquire();
    try {
      List<String> ids = new ArrayList<>();
      StoredFields fields = s.storedFields();
      for (ScoreDoc hit : s.search(q, limit).scoreDocs) {
        ids.add(fields.document(hit.doc, Set.of(ID)).get(ID));
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException("searching for '" + query + "' failed", e);
    } finally {
      release(s);
    }
  }

  /** The number of documents of each type in the last commit, for health checks. */
  public Map<String, Integer> committedCounts() {
    IndexSearcher s = acquire();
    try {
      Map<String, Integer> out = new LinkedHashMap<>();
      for (String type : List.of("article", "relation", "vectors", "story")) {
        out.put(type, s.count(new TermQuery(new Term(TYPE, type))));
      }
      out.put("documents", s.getIndexReader().numDocs());
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("counting documents failed", e);
    } finally {
      release(s);
    }
  }

  /** Throws away every uncommitted write and closes the store; reopen it to go on. */
  public void rollback() {
    try {
      searchers.close();
      writer.rollback();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("rolling the index back failed", e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.rollback(); // commitOnClose is off: only what was committed stays
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the index failed", e);
    }
  }

  // ---- documents ----

  private Document articleDoc(PreparedArticle p, long[] keys, Instant at) {
    Article a = p.article();
    ArticleMeta m = a.meta();
    Document d = new Document();
    d.add(new StringField(TYPE, "article", Field.Store.NO));
    d.add(new StringField(ID, a.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
    d.add(new StringField(BODY, p.bodyHash(), Field.Store.YES));
    long[] distinct = Arrays.stream(keys).distinct().toArray();
    for (long k : distinct) {
      byte[] b = new byte[8];
      encode(k, b);
      d.add(new StringField(KEY, new BytesRef(b), Field.Store.NO));
    }
    d.add(new TextField(SEARCH, (a.title() == null ? "" : a.title() + "\n") + a.text(), Field.Store.NO));
    d.add(new StoredField("text", a.text()));
    d.add(new StoredField("input", a.input().location()));
    d.add(new StoredField("received", at.toString()));
    storeIf(d, "title", a.title());
    storeIf(d, "url", m.url());
    storeIf(d, "source", m.source());
    storeIf(d, "author", m.author());
    storeIf(d, "published", m.published() == null ? null : m.published().toString());
    storeIf(d, "captured", m.captured() == null ? null : m.captured().toString());
    storeIf(d, "lang", m.lang());
    return d;
  }

  private static void storeIf(Document d, String field, @Nullable String value) {
    if (value != null) {
      d.add(new StoredField(field, value));
    }
  }

  private static StoredArticle stored(Document d) {
    ArticleMeta meta = new ArticleMeta(
        d.get("url"), d.get("source"), d.get("author"), instant(d.get("published")), instant(d.get("captured")),
        d.get("lang"));
    Article a = new Article(d.get(ID), d.get("text"), d.get("title"), meta, InputRef.of(d.get("input")));
    return new StoredArticle(a, Instant.parse(d.get("received")));
  }

  private static @Nullable Instant instant(@Nullable String s) {
    return s == null ? null : Instant.parse(s);
  }

  private Map<Integer, float[]> committedVectors(String id) {
    Map<Integer, float[]> out = new HashMap<>();
    IndexSearcher s = acquire();
    try {
      StoredFields fields = s.storedFields();
      for (ScoreDoc hit : s.search(new TermQuery(new Term(VEC_OF, id)), 1000).scoreDocs) {
        decodeVectors(fields.document(hit.doc).getBinaryValue(VECTORS), out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the vectors of '" + id + "' failed", e);
    } finally {
      release(s);
    }
    return out;
  }

  /** Sentence count, then for each: its index, its dimension, its floats; little-endian. */
  static byte[] encodeVectors(Map<Integer, float[]> vectors) {
    int size = 4;
    for (float[] v : vectors.values()) {
      size += 8 + 4 * v.length;
    }
    ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(vectors.size());
    for (Map.Entry<Integer, float[]> e : vectors.entrySet()) {
      b.putInt(e.getKey());
      b.putInt(e.getValue().length);
      for (float f : e.getValue()) {
        b.putFloat(f);
      }
    }
    return b.array();
  }

  static void decodeVectors(BytesRef bytes, Map<Integer, float[]> into) {
    ByteBuffer b = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).order(ByteOrder.LITTLE_ENDIAN);
    int n = b.getInt();
    for (int i = 0; i < n; i++) {
      int sentence = b.getInt();
      float[] v = new float[b.getInt()];
      for (int k = 0; k < v.length; k++) {
        v[k] = b.getFloat();
      }
      into.put(sentence, v);
    }
  }

  /** A band key as the term the index holds it under: its 8 bytes, big-endian. */
  static void encode(long key, byte[] into) {
    for (int i = 0; i < 8; i++) {
      into[i] = (byte) (key >>> (56 - 8 * i));
    }
  }

  static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }

  private IndexSearcher acquire() {
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException("opening an index searcher failed", e);
    }
  }

  private void release(IndexSearcher s) {
    try {
      searchers.release(s);
    } catch (IOException e) {
      throw new UncheckedIOException("releasing an index searcher failed", e);
    }
  }

  private interface Write {
    void apply(IndexWriter w) throws IOException;
  }

  private void write(Write op) {
    try {
      op.apply(writer);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to the index failed", e);
    }
  }

  /** A map that keeps its most recently used entries up to a bound. */
  private static final class Lru<V> extends LinkedHashMap<String, V> {
    private final int bound;

    Lru(int bound) {
      super(16, 0.75f, true);
      this.bound = bound;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
      return size() > bound;
    }
  }
}
