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
 *     same-story link of one of its two articles
 */
public record StoryLinkPolicy(double strongStory, double minStructure, double nearBest) {

  /**
   * A story score of 0.6 (the seeds' independent reports score 0.6-0.7 with each other) joins on
   * its own. Below it, a link needs a structural similarity of 0.3, which kept WikiRef220's five
   * events apart (ARI 0.87) where plain triangle support let them chain, and a score of at least
   * 70% of one of its articles' best same-story link.
   *
   * <p>Why the last rule: the weak links that are wrong are chance overlaps (a city, a date, a
   * common name) between articles that each belong to a story already, and their number grows
   * with the square of the articles published in the same days. On the generated corpus of 10,000
   * articles, 4,160 of the 22,403 same-story links were such overlaps, scoring 0.20-0.33 where the
   * articles' own stories link them at 0.5-0.7; they overlapped enough in neighbours to chain 36
   * gold stories into one of 199 articles (story ARI 0.36). An article's links to its own story
   * are its strongest, so a link far below both articles' best is taken for an overlap; a link
   * near the best of either (an article whose story is only weakly told) still joins. Measured
   * from the relations of one analysis of each corpus, share 0 / 0.6 / 0.7 / 0.8 / 0.9: story ARI
   * on the generated 10,000 articles 0.36 / 0.87 / 0.88 / 0.90 / 0.91, on 1,000 articles
   * 0.89 / 0.96 / 0.98 / 0.98 / 0.98, on WikiRef220 0.873 / 0.873 / 0.873 / 0.881 / 0.857;
   * 0.7 is in the middle of WikiRef220's plateau. It is a shared-nearest-neighbour idea (Jarvis
   * &amp; Patrick 1973, "Clustering using a similarity measure based on shared near neighbors")
   * kept to a function of the two articles' links, so a live index can apply it too.
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
   * @param a the neighbourhood of {@code r.a()}, {@code r.b()} included
   * @param b the neighbourhood of {@code r.b()}, {@code r.a()} included
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
}
