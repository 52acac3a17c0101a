package dev.stemma.live;

import dev.stemma.ingest.Article;
import dev.stemma.prepare.PreparedArticle;
import dev.stemma.relate.Relation;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A store that keeps no prepared article: every read prepares the article again from its original,
 * as a store whose cache has evicted it does (the server's Lucene store past its cache size).
 */
final class ForgetfulStore implements LiveStore {

  private final MemoryStore inner = new MemoryStore();
  private Function<Article, PreparedArticle> reviver;

  void reviveWith(Function<Article, PreparedArticle> reviver) {
    this.reviver = reviver;
  }

  @Override
  public Optional<PreparedArticle> article(String id) {
    return inner.article(id).map(p -> reviver.apply(p.article()));
  }

  @Override
  public Collection<String> ids() {
    return inner.ids();
  }

  @Override
  public List<String> withBody(String bodyHash) {
    return inner.withBody(bodyHash);
  }

  @Override
  public Set<String> sharingKeys(long[] keys, int maxBucket) {
    return inner.sharingKeys(keys, maxBucket);
  }

  @Override
  public void put(PreparedArticle article, long[] keys) {
    inner.put(article, keys);
  }

  @Override
  public void remove(String id) {
    inner.remove(id);
  }

  @Override
  public List<Relation> relationsOf(String id) {
    return inner.relationsOf(id);
  }

  @Override
  public void putRelation(Relation r) {
    inner.putRelation(r);
  }

  @Override
  public void removeRelation(String a, String b) {
    inner.removeRelation(a, b);
  }

  @Override
  public Optional<float[]> vector(String id, int sentence) {
    return inner.vector(id, sentence);
  }

  @Override
  public void putVector(String id, int sentence, float[] vector) {
    inner.putVector(id, sentence, vector);
  }
}
