package dev.stemma;

import dev.stemma.embed.SentenceEncoder;
import dev.stemma.prepare.PreparedArticle;
import dev.stemma.relate.PairJudge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The embeddings of the sentences that pending pairs need, gathered from all pairs first and then
 * computed in batches, each sentence once however many pairs need it.
 */
final class SentenceVectors implements PairJudge.Vectors {

  private static final int CHUNK = 256;

  private final Map<String, PreparedArticle> articles = new TreeMap<>();
  private final Map<String, TreeSet<Integer>> wanted = new TreeMap<>();
  private final Map<String, float[][]> vectors = new HashMap<>();

  void request(PreparedArticle article, int[] sentences) {
    articles.putIfAbsent(article.id(), article);
    TreeSet<Integer> set = wanted.computeIfAbsent(article.id(), k -> new TreeSet<>());
    for (int s : sentences) {
      set.add(s);
    }
  }

  /** All sentences asked for so far, embedded or not. */
  long requested() {
    return wanted.values().stream().mapToLong(TreeSet::size).sum();
  }

  /** Sentences asked for and not embedded yet. */
  long missing() {
    long n = 0;
    for (Map.Entry<String, TreeSet<Integer>> e : wanted.entrySet()) {
      float[][] have = vectors.get(e.getKey());
      for (int s : e.getValue()) {
        if (have == null || have[s] == null) {
          n++;
        }
      }
    }
    return n;
  }

  int embeddedFor(String id) {
    TreeSet<Integer> set = wanted.get(id);
    return set == null ? 0 : set.size();
  }

  /** Embeds what is missing; returns how many distinct sentences went through the model. */
  int compute(SentenceEncoder encoder, Progress progress) {
    List<String> owners = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Map.Entry<String, TreeSet<Integer>> e : wanted.entrySet()) {
      PreparedArticle a = articles.get(e.getKey());
      float[][] have = vectors.computeIfAbsent(e.getKey(), k -> new float[a.sentenceCount()][]);
      for (int s : e.getValue()) {
        if (have[s] != null) {
          continue;
        }
        owners.add(e.getKey());
        indexes.add(s);
        texts.add(a.text().sentenceText(s));
      }
    }
    // a sentence copied into several articles is embedded once: same text, same vector
    Map<String, Integer> distinct = new HashMap<>();
    List<String> unique = new ArrayList<>();
    int[] slot = new int[texts.size()];
    for (int k = 0; k < texts.size(); k++) {
      Integer at = distinct.putIfAbsent(texts.get(k), unique.size());
      if (at == null) {
        at = unique.size();
        unique.add(texts.get(k));
      }
      slot[k] = at;
    }
    float[][] computed = new float[unique.size()][];
    for (int from = 0; from < unique.size(); from += CHUNK) {
      int to = Math.min(unique.size(), from + CHUNK);
      float[][] chunk = encoder.encode(unique.subList(from, to));
      System.arraycopy(chunk, 0, computed, from, to - from);
      progress.advance(to);
    }
    for (int k = 0; k < texts.size(); k++) {
      vectors.get(owners.get(k))[indexes.get(k)] = computed[slot[k]];
    }
    return unique.size();
  }

  @Override
  public float[] vector(PreparedArticle article, int sentence) {
    float[][] forArticle = vectors.get(article.id());
    float[] v = forArticle == null ? null : forArticle[sentence];
    if (v == null) {
      throw new IllegalStateException(
          "sentence " + sentence + " of '" + article.id() + "' was not embedded; request it before computing");
    }
    return v;
  }
}
