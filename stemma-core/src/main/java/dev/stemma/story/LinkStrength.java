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
      // the mean of the two coverages: symmetric, so that a short copy that lies wholly inside a
      // long article does not count as closer to it than the article's own source
      case NEAR_DUPLICATE, REWRITE -> (r.scores().coverageA() + r.scores().coverageB()) / 2;
      case SAME_STORY, UNRELATED -> 0.0;
    };
  }
}
