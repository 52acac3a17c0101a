package dev.stemma.story;

import dev.stemma.relate.Relation;

/**
 * Which links are strong enough to join two articles into one story on their own.
 *
 * @param strongAnchors a same-story link whose anchor overlap reaches this is strong; weaker ones
 *     need the support of a shared neighbour ({@link StoryGraph})
 */
public record StoryLinkPolicy(double strongAnchors) {

  /** Tuned on WikiRef220 and the generated corpus; see docs/evaluation.md. */
  public static final StoryLinkPolicy DEFAULT = new StoryLinkPolicy(0.3);

  public StoryLinkPolicy {
    if (!(strongAnchors >= 0 && strongAnchors <= 1)) {
      throw new IllegalArgumentException("strongAnchors must be in [0, 1], got " + strongAnchors);
    }
  }

  boolean isStrong(Relation r) {
    return r.kind().isCopy() || r.scores().anchors() >= strongAnchors;
  }
}
