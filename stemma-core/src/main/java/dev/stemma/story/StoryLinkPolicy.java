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

  /**
   * Whether a relation joins its two articles into one story: a copy or a strong link always does;
   * a weaker one when the two articles' neighbourhoods overlap enough (see {@link StoryGraph}).
   * A function of the relation and the two articles' neighbours alone, so a live index can find an
   * article's story by walking from it without building the whole connected graph.
   *
   * @param neighboursOfA the articles related to {@code r.a()} (UNRELATED aside), {@code r.b()} included
   * @param neighboursOfB the articles related to {@code r.b()}, {@code r.a()} included
   */
  public boolean joins(Relation r, java.util.Set<String> neighboursOfA, java.util.Set<String> neighboursOfB) {
    if (r.kind() == dev.stemma.relate.RelationKind.UNRELATED) {
      return false;
    }
    return isStrong(r) || StoryGraph.structure(neighboursOfA, neighboursOfB, r.a(), r.b()) >= minStructure;
  }
}
