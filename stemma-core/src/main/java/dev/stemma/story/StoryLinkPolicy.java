package dev.stemma.story;

import dev.stemma.relate.Relation;

/**
 * Which links join two articles into one story.
 *
 * @param strongStory a same-story link whose story score reaches this joins on its own
 * @param minStructure a weaker same-story link joins only when the two articles' neighbourhoods
 *     overlap this much (structural similarity, see {@link StoryGraph})
 */
public record StoryLinkPolicy(double strongStory, double minStructure) {

  /**
   * A story score of 0.6 (the seeds' independent reports score 0.6-0.7 with each other) joins on
   * its own; below it, a link needs a structural similarity of 0.3, which kept WikiRef220's five
   * events apart (ARI 0.89) where plain triangle support let them chain (docs/evaluation.md).
   */
  public static final StoryLinkPolicy DEFAULT = new StoryLinkPolicy(0.6, 0.3);

  public StoryLinkPolicy {
    if (!(strongStory >= 0 && strongStory <= 2)) {
      throw new IllegalArgumentException("strongStory must be in [0, 2], got " + strongStory);
    }
    if (!(minStructure >= 0 && minStructure <= 1)) {
      throw new IllegalArgumentException("minStructure must be in [0, 1], got " + minStructure);
    }
  }

  boolean isStrong(Relation r) {
    return r.kind().isCopy() || r.scores().story() >= strongStory;
  }
}
