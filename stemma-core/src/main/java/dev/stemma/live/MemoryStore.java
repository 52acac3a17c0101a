package dev.stemma.live;

import dev.stemma.prepare.PreparedArticle;
import dev.stemma.relate.Relation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A {@link LiveStore} in memory: for tests, and for callers that persist elsewhere. */
public final class MemoryStore implements LiveStore {

  private final Map<String, PreparedArticle> articles = new TreeMap<>();
  private final Map<String, long[]> keysOf = new HashMap<>();
  private final Map<Long, Set<String>> byKey = new HashMap<>();
  private final Map<String, Map<String, Relation>> relations = new HashMap<>();
  private final Map<String, float[]> vectors = new HashMap<>();

  @Override
  public synchronized Optional<PreparedArticle> article(String id) {
    return Optional.ofNullable(articles.get(id));
  }

  @Override
  public synchronized Collection<String> ids() {
    return List.copyOf(articles.keySet());
  }

  @Override
  public synchronized List<String> withBody(String bodyHash) {
    return articles.values().stream().filter(a -> a.bodyHash().equals(bodyHash)).map(PreparedArticle::id).toList();
  }

  @Override
  public synchronized Set<String> sharingKeys(long[] keys, int maxBucket) {
    Set<String> found = new TreeSet<>();
    for (long key : keys) {
      Set<String> holders = byKey.get(key);
      if (holders != null && holders.size() <= maxBucket) {
        found.addAll(holders);
      }
    }
    return found;
  }

  @Override
  public synchronized void put(PreparedArticle article, long[] keys) {
    remove(article.id());
    articles.put(article.id(), article);
    keysOf.put(article.id(), keys);
    for (long key : keys) {
      byKey.computeIfAbsent(key, k -> new TreeSet<>()).add(article.id());
    }
  }

  @Override
  public synchronized void remove(String id) {
    articles.remove(id);
    long[] keys = keysOf.remove(id);
    if (keys != null) {
      for (long key : keys) {
        Set<String> holders = byKey.get(key);
        if (holders != null) {
          holders.remove(id);
        }
      }
    }
    Map<String, Relation> mine = relations.remove(id);
    if (mine != null) {
      for (String other : mine.keySet()) {
        Map<String, Relation> theirs = relations.get(other);
        if (theirs != null) {
          theirs.remove(id);
        }
      }
    }
    vectors.keySet().removeIf(k -> k.startsWith(id + "\u0000"));
  }

  @Override
  public synchronized List<Relation> relationsOf(String id) {
    return new ArrayList<>(relations.getOrDefault(id, Map.of()).values());
  }

  @Override
  public synchronized void putRelation(Relation r) {
    relations.computeIfAbsent(r.a(), k -> new TreeMap<>()).put(r.b(), r);
    relations.computeIfAbsent(r.b(), k -> new TreeMap<>()).put(r.a(), r);
  }

  @Override
  public synchronized void removeRelation(String a, String b) {
    Map<String, Relation> ra = relations.get(a);
    if (ra != null) {
      ra.remove(b);
    }
    Map<String, Relation> rb = relations.get(b);
    if (rb != null) {
      rb.remove(a);
    }
  }

  @Override
  public synchronized Optional<float[]> vector(String id, int sentence) {
    return Optional.ofNullable(vectors.get(id + "\u0000" + sentence));
  }

  @Override
  public synchronized void putVector(String id, int sentence, float[] vector) {
    vectors.put(id + "\u0000" + sentence, vector);
  }
}
