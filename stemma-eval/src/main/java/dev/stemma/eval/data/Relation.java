package dev.stemma.eval.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The gold relation between two articles, with the labels Stemma writes in {@code relations.jsonl}.
 */
public enum Relation {
  /** The same story text; only site chrome (header, footer) differs. */
  EXACT,
  /** A copy with small edits: words changed, paragraphs added or removed, truncated. */
  NEAR_DUPLICATE,
  /** A copy whose sentences were reworded ("spun"), possibly lightly reordered. */
  REWRITE,
  /** Independent reports of the same event: shared facts, no shared sentences. */
  SAME_STORY,
  /** Nothing to do with each other. */
  UNRELATED;

  /** The label in files: {@code exact}, {@code near_duplicate}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The relation with this label, exactly as written in files. */
  public static Optional<Relation> fromLabel(String label) {
    for (Relation relation : values()) {
      if (relation.label().equals(label)) {
        return Optional.of(relation);
      }
    }
    return Optional.empty();
  }

  /** All labels joined by {@code |}, for messages. */
  public static String labels() {
    return Arrays.stream(values()).map(Relation::label).collect(Collectors.joining("|"));
  }

  /** Whether one article was copied from the other (exact, near-duplicate, rewrite). */
  public boolean isCopy() {
    return this == EXACT || this == NEAR_DUPLICATE || this == REWRITE;
  }
}
