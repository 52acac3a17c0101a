package dev.stemma.story;

import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;

/**
 * Which links join two articles into one story.
 *
 * @param strongStory a same-story link whose story score reaches this joins on its own
 * @param minStructure a weaker same-story link joins only when the two articles' neighbourhoods
 *     overlap this much (structural similarity, see {@link StoryGraph})
 * @param nearBest and only when its story score is at least this share of the strongest
 *     same-story link of one of its two articles; an article's weaker links do not make its
 *     neighbourhood either
 */
public record StoryLinkPolicy(double strongStory, double minStructure, double nearBest) {

  /**
   * A story score of 0.6 (the seeds' independent reports score 0.6-0.7 with each other) joins on
   * its own. Below it, a link joins when it is at least 70% of the best same-story link of one of
   * its two articles, and the two articles' neighbourhoods, each made of its copies and of its
   * links at 70% of its best or more, overlap by a structural similarity of 0.3 or more.
   *
   * <p>Why: the weak links that are wrong are chance overlaps (a city, a date, a common name)
   * between articles that each belong to a story already, and their number grows with the square
   * of the articles published in the same days. On the generated corpus of 10,000 articles,
   * 4,160 of the 22,403 same-story links were such overlaps, scoring 0.20-0.33 where the
   * articles' own stories link them at 0.5-0.7, and with structure alone (SCAN, see {@link
   * StoryGraph}) they chained 36 gold stories into one of 199 articles. An article's links to its
   * own story are its strongest, so a link far below its best is taken for an overlap, both as a
   * join and as a neighbour; a link near the best of either article (one whose story is only
   * weakly told) still joins. A shared-nearest-neighbour idea (Jarvis &amp; Patrick 1973,
   * "Clustering using a similarity measure based on shared near neighbors") kept to a function of
   * the two articles' links, so a live index applies it too.
   *
   * <p>Story ARI measured from the relations of one analysis of each corpus (generated 1,000 /
   * 10,000 / 100,000 articles; WikiRef220): structure alone 0.89 / 0.36 / (not measured) / 0.873;
   * the 70% rule on joins only 0.98 / 0.88 / 0.25 / 0.873; on joins and neighbourhoods (shipped)
   * 0.98 / 0.95 / 0.63 / 0.867, and 0.863-0.867 on WikiRef220 for shares from 0.65 to 0.75. A
   * structure threshold of 0.4 would reach 0.90 at 100,000 but WikiRef220 moves from 0.80 to
   * 0.86 as the share goes from 0.6 to 0.7, too unstable to ship.
   */
  public static final StoryLinkPolicy DEFAULT = new StoryLinkPolicy(0.6, 0.3, 0.7);

  /** Every link joins: for grouping articles already known to be one story, or one family. */
  static final StoryLinkPolicy EVERY_LINK = new StoryLinkPolicy(0, 0, 0);

  public StoryLinkPolicy {
    if (!(strongStory >= 0 && strongStory <= 2)) {
      throw new IllegalArgumentException("strongStory must be in [0, 2], got " + strongStory);
    }
    if (!(minStructure >= 0 && minStructure <= 1)) {
      throw new IllegalArgumentException("minStructure must be in [0, 1], got " + minStructure);
    }
    if (!(nearBest >= 0 && nearBest <= 1)) {
      throw new IllegalArgumentException("nearBest must be in [0, 1], got " + nearBest);
    }
  }

  boolean isStrong(Relation r) {
    return r.kind().isCopy() || r.scores().story() >= strongStory;
  }

  /**
   * Whether a relation joins its two articles into one story: a copy or a strong link always does;
   * a weaker one when the two articles' neighbourhoods overlap enough (see {@link StoryGraph}) and
   * it is near the best same-story link of one of them. A function of the relation and the two
   * articles' links alone, so a live index can find an article's story by walking from it without
   * building the whole connected graph.
   *
   * @param a the neighbourhood of {@code r.a()} ({@link #neighbourhood})
   * @param b the neighbourhood of {@code r.b()}
   */
  public boolean joins(Relation r, Neighbourhood a, Neighbourhood b) {
    if (r.kind() == RelationKind.UNRELATED) {
      return false;
    }
    if (isStrong(r)) {
      return true;
    }
    return StoryGraph.structure(a.ids(), b.ids(), r.a(), r.b()) >= minStructure
        && r.scores().story() >= nearBest * Math.min(a.bestSameStory(), b.bestSameStory());
  }

  /** The neighbourhood of an article as {@link #joins} reads it, from the article's relations. */
  public Neighbourhood neighbourhood(String id, Iterable<Relation> relations) {
    return Neighbourhood.of(id, relations, nearBest);
  }
}
