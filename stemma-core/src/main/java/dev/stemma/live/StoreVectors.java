package dev.stemma.live;

import dev.stemma.embed.SentenceEncoder;
import dev.stemma.prepare.PreparedArticle;
import dev.stemma.relate.PairJudge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Sentence embeddings for the pairs one arrival needs: those the store holds already are reused,
 * the rest are computed in one batch and stored, so no sentence is embedded twice in the life of
 * an index.
 */
final class StoreVectors implements PairJudge.Vectors {

  private final LiveStore store;
  private final Map<String, PreparedArticle> articles = new TreeMap<>();
  private final Map<String, TreeSet<Integer>> wanted = new TreeMap<>();

  StoreVectors(LiveStore store) {
    this.store = store;
  }

  void request(PreparedArticle article, int[] sentences) {
    articles.putIfAbsent(article.id(), article);
    TreeSet<Integer> set = wanted.computeIfAbsent(article.id(), k -> new TreeSet<>());
    for (int s : sentences) {
      set.add(s);
    }
  }

  /** Embeds, in one batch, every requested sentence the store does not hold yet. */
  void compute(Supplier<SentenceEncoder> encoder) {
    List<String> owners = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Map.Entry<String, TreeSet<Integer>> e : wanted.entrySet()) {
      for (int s : e.getValue()) {
        if (store.vector(e.getKey(), s).isEmpty()) {
          owners.add(e.getKey());
          indexes.add(s);
          texts.add(articles.get(e.getKey()).text().sentenceText(s));
        }
      }
    }
    if (texts.isEmpty()) {
      return;
    }
    float[][] vectors = encoder.get().encode(texts);
    for (int k = 0; k < texts.size(); k++) {
      store.putVector(owners.get(k), indexes.get(k), vectors[k]);
    }
  }

  @Override
  public float[] vector(PreparedArticle article, int sentence) {
    return store.vector(article.id(), sentence)
        .orElseThrow(() -> new IllegalStateException(
            "sentence " + sentence + " of '" + article.id() + "' was not embedded; request it before computing"));
  }
}
