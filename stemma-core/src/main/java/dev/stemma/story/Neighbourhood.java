package dev.stemma.story;

import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import java.util.HashSet;
import java.util.Set;

/**
 * What the story stage looks at of one article's links: the articles it counts as its neighbours,
 * and the story score of its strongest same-story link.
 *
 * @param ids its neighbours: the articles it is a copy of or copied by, and those it shares a story
 *     with at no less than a given share of its strongest same-story link (see {@link
 *     StoryLinkPolicy#nearBest()})
 * @param bestSameStory the highest {@link dev.stemma.relate.Scores#story()} among its same-story
 *     links, 0 when it has none
 */
public record Neighbourhood(Set<String> ids, double bestSameStory) {

  public Neighbourhood {
    ids = Set.copyOf(ids);
  }

  /**
   * The neighbourhood of {@code id} given its relations (relations not involving it are ignored):
   * its copy links, and its same-story links that score at least {@code nearBest} times its best.
   */
  public static Neighbourhood of(String id, Iterable<Relation> relations, double nearBest) {
    double best = 0;
    for (Relation r : relations) {
      if (r.kind() == RelationKind.SAME_STORY && involves(r, id)) {
        best = Math.max(best, r.scores().story());
      }
    }
    Set<String> ids = new HashSet<>();
    for (Relation r : relations) {
      if (!involves(r, id) || r.kind() == RelationKind.UNRELATED) {
        continue;
      }
      if (r.kind().isCopy() || r.scores().story() >= nearBest * best) {
        ids.add(r.other(id));
      }
    }
    return new Neighbourhood(ids, best);
  }

  private static boolean involves(Relation r, String id) {
    return r.a().equals(id) || r.b().equals(id);
  }
}
