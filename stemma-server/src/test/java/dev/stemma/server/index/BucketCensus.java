package dev.stemma.server.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stemma.Stemma;
import dev.stemma.candidate.Candidates;
import dev.stemma.ingest.Article;
import dev.stemma.live.LiveIndex;
import dev.stemma.prepare.PreparedArticle;
import dev.stemma.relate.PairJudge;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Where the candidate search finds its pairs, by bucket size: for sampled articles of a filled
 * server index, every stored article sharing any of its LSH band keys (up to 500 holders a key),
 * classed by the smallest bucket it shares, with the judge's verdict on the pair and the gold
 * relation of the bench corpus. The figures behind {@link Candidates#MAX_BUCKET}; not a test. Run
 * it on an index {@code ServerBenchmark} filled (docs/benchmarks.md, "The bucket cap"):
 *
 * <pre>
 * java ... dev.stemma.server.index.BucketCensus INDEX_DIR SAMPLES GOLD_RELATIONS_JSONL
 * </pre>
 */
public final class BucketCensus {

  private static final int[] LIMITS = {5, 10, 20, 50, 100, 200, 500};

  private BucketCensus() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("use: BucketCensus INDEX_DIR SAMPLES GOLD_RELATIONS_JSONL");
    }
    Path folder = Path.of(args[0]);
    int samples = Integer.parseInt(args[1]);
    Map<String, String> gold = gold(Path.of(args[2]));
    try (Stemma stemma = Stemma.builder().build();
        LuceneStore store = LuceneStore.open(folder, Integer.MAX_VALUE);
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
      LiveIndex live = stemma.live(store);
      store.reviveWith(live::prepareStored);
      List<Article> stored = new ArrayList<>();
      store.forEachCommitted(s -> {
        live.recall(s.article());
        stored.add(s.article());
      });
      store.cachePrepared(stored.parallelStream().map(live::prepareStored).toList());
      List<String> ids = stored.stream().map(Article::id).sorted().toList();
      Random random = new Random(11);
      long[] candidates = new long[LIMITS.length];
      Map<String, long[]> rows = new TreeMap<>();
      for (int s = 0; s < samples; s++) {
        PreparedArticle x = store.article(ids.get(random.nextInt(ids.size()))).orElseThrow();
        Map<String, Integer> smallestBucket = new HashMap<>();
        for (long[] keys : List.of(Candidates.shingleKeys(x), Candidates.anchorKeys(x))) {
          for (long key : keys) {
            List<String> holders = holders(reader, key);
            if (holders.size() > 500) {
              continue;
            }
            for (String h : holders) {
              if (!h.equals(x.id())) {
                smallestBucket.merge(h, holders.size(), Math::min);
              }
            }
          }
        }
        for (Map.Entry<String, Integer> e : smallestBucket.entrySet()) {
          int size = 0;
          while (e.getValue() > LIMITS[size]) { // at most 500: larger buckets were left out
            size++;
          }
          candidates[size]++;
          PreparedArticle c = store.article(e.getKey()).orElseThrow();
          String relation = gold.get(pair(x.id(), c.id()));
          if (relation != null) {
            rows.computeIfAbsent("gold " + relation, k -> new long[LIMITS.length])[size]++;
          }
          PairJudge.Step step = stemma.judge().plan(x, c);
          String verdict = step instanceof PairJudge.Pending
              ? "pending"
              : ((PairJudge.Decided) step).relation().map(r -> r.kind().name().toLowerCase(Locale.ROOT)).orElse(null);
          if (verdict != null) {
            String row = "judged " + verdict + (relation != null ? ", in gold" : ", not in gold");
            rows.computeIfAbsent(row, k -> new long[LIMITS.length])[size]++;
          }
        }
      }
      System.out.printf(Locale.ROOT, "%,d sampled articles of %,d; candidates by the smallest bucket they share%n",
          samples, ids.size());
      StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-34s", "bucket size at most"));
      for (int limit : LIMITS) {
        header.append(String.format(Locale.ROOT, "%9d", limit));
      }
      System.out.println(header);
      System.out.println(row("candidates", candidates));
      rows.forEach((name, counts) -> System.out.println(row(name, counts)));
    }
  }

  private static String row(String name, long[] counts) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s", name));
    for (long c : counts) {
      line.append(String.format(Locale.ROOT, "%9d", c));
    }
    return line.toString();
  }

  private static Map<String, String> gold(Path relations) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> gold = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(relations, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode n = json.readTree(line);
        gold.put(pair(n.get("a").asText(), n.get("b").asText()), n.get("relation").asText());
      }
    }
    return gold;
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }

  /** The live articles holding a band key, read from the index as the store writes it. */
  private static List<String> holders(DirectoryReader reader, long key) throws IOException {
    byte[] bytes = new byte[8];
    LuceneStore.encode(key, bytes);
    BytesRef term = new BytesRef(bytes);
    List<String> out = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(LuceneStore.KEY);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
      SortedDocValues ids = DocValues.getSorted(leaf.reader(), LuceneStore.ID);
      for (int d = postings.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = postings.nextDoc()) {
        if ((live == null || live.get(d)) && ids.advanceExact(d)) {
          out.add(ids.lookupOrd(ids.ordValue()).utf8ToString());
        }
      }
    }
    return out;
  }
}
