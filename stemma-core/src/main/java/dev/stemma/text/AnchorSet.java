package dev.stemma.text;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The anchor terms of one article: term to {@link Anchor} (kind and count), sorted by term.
 *
 * @param byTerm each anchor under its own term
 * @since 0.1
 */
public record AnchorSet(SortedMap<String, Anchor> byTerm) implements Serializable {

  private static final AnchorSet EMPTY = new AnchorSet(new TreeMap<>());

  public AnchorSet {
    requireNonNull(byTerm, "byTerm");
    for (Map.Entry<String, Anchor> e : byTerm.entrySet()) {
      if (!e.getKey().equals(e.getValue().term())) {
        throw new IllegalArgumentException(
            "AnchorSet key '"
                + e.getKey()
                + "' holds the anchor of '"
                + e.getValue().term()
                + "'; put each anchor under its own term");
      }
    }
    byTerm = Collections.unmodifiableSortedMap(new TreeMap<>(byTerm));
  }

  /** No anchors. */
  public static AnchorSet empty() {
    return EMPTY;
  }

  /** The set of these anchors; each term at most once. */
  public static AnchorSet of(Collection<Anchor> anchors) {
    TreeMap<String, Anchor> map = new TreeMap<>();
    for (Anchor a : anchors) {
      if (map.put(a.term(), a) != null) {
        throw new IllegalArgumentException(
            "AnchorSet holds each term once, got '" + a.term() + "' twice; merge their counts");
      }
    }
    return new AnchorSet(map);
  }

  /** The anchors in term order. */
  public Collection<Anchor> anchors() {
    return byTerm.values();
  }

  /** All terms, sorted. */
  public Set<String> terms() {
    return byTerm.keySet();
  }

  /** The terms whose {@link Anchor#kind()} is {@code kind}, sorted. */
  public Set<String> terms(AnchorKind kind) {
    requireNonNull(kind, "kind");
    TreeSet<String> out = new TreeSet<>();
    for (Anchor a : byTerm.values()) {
      if (a.kind() == kind) {
        out.add(a.term());
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** The anchor of a term, if it is one. */
  public Optional<Anchor> get(String term) {
    return Optional.ofNullable(byTerm.get(term));
  }

  /** Whether a term is an anchor. */
  public boolean contains(String term) {
    return byTerm.containsKey(term);
  }

  /** The number of anchor terms. */
  public int size() {
    return byTerm.size();
  }

  /** Whether there are no anchors. */
  public boolean isEmpty() {
    return byTerm.isEmpty();
  }
}
