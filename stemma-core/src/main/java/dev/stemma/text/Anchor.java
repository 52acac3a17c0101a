package dev.stemma.text;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One anchor term of an article: its kind, every kind it qualified as, and how often it occurs.
 *
 * @param term the normalized lowercase word, unstemmed (a month abbreviation reads as the month)
 * @param kind the first of {@code kinds} in {@link AnchorKind} precedence order
 * @param kinds every kind that some occurrence of the term qualified as
 * @param count how many tokens of the text gave this term as an anchor
 * @since 0.1
 */
public record Anchor(String term, AnchorKind kind, Set<AnchorKind> kinds, int count)
    implements Serializable {

  public Anchor {
    requireNonNull(term, "term");
    requireNonNull(kind, "kind");
    requireNonNull(kinds, "kinds");
    if (term.isBlank()) {
      throw new IllegalArgumentException("Anchor term must not be blank");
    }
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException(
          "Anchor '" + term + "' kinds must not be empty; give at least its kind " + kind);
    }
    kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    AnchorKind first = kinds.iterator().next();
    if (first != kind) {
      throw new IllegalArgumentException(
          "Anchor '"
              + term
              + "' kind must be the first of its kinds "
              + kinds
              + " in precedence"
              + " order, "
              + first
              + ", got "
              + kind);
    }
    if (count < 1) {
      throw new IllegalArgumentException("Anchor '" + term + "' count must be >= 1, got " + count);
    }
  }

  /** An anchor with one kind. */
  public static Anchor of(String term, AnchorKind kind, int count) {
    return new Anchor(term, kind, EnumSet.of(kind), count);
  }

  /** Whether some occurrence of the term qualified as this kind. */
  public boolean is(AnchorKind k) {
    return kinds.contains(k);
  }
}
