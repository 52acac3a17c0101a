package dev.stemma.story;

import dev.stemma.relate.Relation;

/**
 * How much two related articles share, in [0, 1], one scale for every kind of relation: the
 * weight of a link when choosing a family's origin (the member closest to all others) and when
 * drawing its lineage tree (each copy under the member it shares most with).
 */
final class LinkStrength {

  private LinkStrength() {}

  static double of(Relation r) {
    return switch (r.kind()) {
      case EXACT -> 1.0;
      // the share of the smaller text's 5-grams in the larger: what one copied of the other
      case NEAR_DUPLICATE -> Math.max(r.scores().containment(), r.scores().jaccard());
      // the share of one article's sentences aligned in order with the other's
      case REWRITE -> r.scores().coverage();
      case SAME_STORY, UNRELATED -> 0.0;
    };
  }
}
