package dev.stemma.relate;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The verdict on a pair of articles, with what it rests on. Ids are ordered: {@code a < b}.
 *
 * @param a the first article's id
 * @param b the second article's id
 * @param kind what one is to the other
 * @param scores the measurements
 * @param source for a copy, the id of the article copied from, when known
 * @param sourceBasis why {@code source} is thought the source: {@code published} (earlier date)
 * @param evidence aligned sentence pairs, in order of a's sentences
 */
public record Relation(
    String a,
    String b,
    RelationKind kind,
    Scores scores,
    @Nullable String source,
    @Nullable String sourceBasis,
    List<Evidence> evidence) {

  public Relation {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(kind, "kind");
    requireNonNull(scores, "scores");
    evidence = List.copyOf(requireNonNull(evidence, "evidence"));
    if (a.compareTo(b) >= 0) {
      throw new IllegalArgumentException("relation ids must be ordered a < b, got '" + a + "' and '" + b + "'");
    }
    if (source != null && !source.equals(a) && !source.equals(b)) {
      throw new IllegalArgumentException("source '" + source + "' is neither '" + a + "' nor '" + b + "'");
    }
  }

  /** The other article of the pair. */
  public String other(String id) {
    if (id.equals(a)) {
      return b;
    }
    if (id.equals(b)) {
      return a;
    }
    throw new IllegalArgumentException("'" + id + "' is not in the relation of '" + a + "' and '" + b + "'");
  }
}
