package dev.stemma.live;

import dev.stemma.prepare.PreparedArticle;
import dev.stemma.relate.Relation;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link LiveIndex} needs of a store: prepared articles by id and by LSH band key, and the
 * relations among them. Implementations decide how to persist (the server keeps articles and
 * their keys in Lucene and relations beside them); {@link MemoryStore} keeps everything in memory.
 * Calls come from one writer thread at a time; reads may come from others.
 */
public interface LiveStore {

  Optional<PreparedArticle> article(String id);

  /** Every stored article id, in any order. */
  Collection<String> ids();

  /** The ids of stored articles with this cleaned-body hash, sorted. */
  List<String> withBody(String bodyHash);

  /**
   * The ids of stored articles that share at least one of these LSH band keys, ignoring keys
   * held by more than {@code maxBucket} stored articles (see {@link dev.stemma.candidate.Candidates}).
   */
  Set<String> sharingKeys(long[] keys, int maxBucket);

  /** Stores an article with its band keys (replacing one with the same id). */
  void put(PreparedArticle article, long[] keys);

  /** Removes an article and every relation that names it. */
  void remove(String id);

  /** The relations that name this article. */
  List<Relation> relationsOf(String id);

  void putRelation(Relation relation);

  void removeRelation(String a, String b);

  /** A cached sentence embedding, when the sentence was embedded before. */
  Optional<float[]> vector(String id, int sentence);

  void putVector(String id, int sentence, float[] vector);
}
