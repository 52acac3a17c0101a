package dev.stemma.story;

import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import java.util.HashSet;
import java.util.Set;

/**
 * What the story stage looks at of one article's links: the articles it is related to, and the
 * story score of its strongest same-story link.
 *
 * @param ids the articles related to it (unrelated pairs aside)
 * @param bestSameStory the highest {@link dev.stemma.relate.Scores#story()} among its same-story
 *     links, 0 when it has none
 */
public record Neighbourhood(Set<String> ids, double bestSameStory) {

  public Neighbourhood {
    ids = Set.copyOf(ids);
  }

  /** The neighbourhood of {@code id} given its relations (relations not involving it are ignored). */
  public static Neighbourhood of(String id, Iterable<Relation> relations) {
    Set<String> ids = new HashSet<>();
    double best = 0;
    for (Relation r : relations) {
      if (r.kind() == RelationKind.UNRELATED || !(r.a().equals(id) || r.b().equals(id))) {
        continue;
      }
      ids.add(r.other(id));
      if (r.kind() == RelationKind.SAME_STORY) {
        best = Math.max(best, r.scores().story());
      }
    }
    return new Neighbourhood(ids, best);
  }
}
