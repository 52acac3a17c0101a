package dev.stemma.relate;

import java.util.Locale;

/** What one article is to another. */
public enum RelationKind {
  /** The same cleaned body: a copy, perhaps with other site chrome. */
  EXACT(true),
  /** The same text with small edits, truncation, or paragraphs added or removed. */
  NEAR_DUPLICATE(true),
  /** A reworded ("spun") copy: most sentences of one align, in order, with the other's. */
  REWRITE(true),
  /** Independent reports of the same event: shared people, places, dates, few aligned sentences. */
  SAME_STORY(false),
  /** Nothing in common worth reporting; never written to relations.jsonl. */
  UNRELATED(false);

  private final boolean copy;

  RelationKind(boolean copy) {
    this.copy = copy;
  }

  /** Whether the relation makes the two articles members of one copy family. */
  public boolean isCopy() {
    return copy;
  }

  /** The name in the JSON output: {@code near_duplicate}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
