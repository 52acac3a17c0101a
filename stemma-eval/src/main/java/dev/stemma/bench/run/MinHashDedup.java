package dev.stemma.bench.run;

import dev.stemma.ingest.Article;
import dev.stemma.minhash.CandidatePairs;
import dev.stemma.minhash.LshBands;
import dev.stemma.minhash.MinHasher;
import dev.stemma.minhash.Shingles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The deduplication crawl pipelines run, as the baseline of {@code stemma bench run}: datatrove's
 * MinHash defaults (word 5-grams of the lower-cased text, 14 bands of 8 hashes, 112 in all) and
 * its verdict, two documents sharing a band are duplicates. No cleaning, no sentence work. Its
 * curve P(J) = 1 - (1 - J^8)^14 is 0.5 near J = 0.72, so it finds exact and near copies and, by
 * design, no rewrites (their 5-gram Jaccard is 0.02-0.25).
 */
final class MinHashDedup {

  static final LshBands BANDS = new LshBands(14, 8);
  static final int SHINGLE = 5;

  private MinHashDedup() {}

  /** The duplicate pairs, as sorted "a\0b" keys of article ids. */
  static Set<String> duplicates(List<Article> articles) {
    MinHasher hasher = new MinHasher(BANDS.signatureSize(), 42);
    long[][] keys = new long[articles.size()][];
    for (int i = 0; i < articles.size(); i++) {
      long[] shingles = Shingles.of(words(articles.get(i)), SHINGLE);
      keys[i] = shingles.length == 0 ? null : BANDS.keys(hasher.signature(shingles));
    }
    CandidatePairs.Result found = CandidatePairs.find(keys, Integer.MAX_VALUE);
    Set<String> pairs = new HashSet<>();
    for (long pair : found.pairs()) {
      String a = articles.get(CandidatePairs.Result.first(pair)).id();
      String b = articles.get(CandidatePairs.Result.second(pair)).id();
      pairs.add(a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a);
    }
    return pairs;
  }

  private static List<String> words(Article article) {
    String text = (article.title() == null ? "" : article.title() + "\n") + article.text();
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }
}
