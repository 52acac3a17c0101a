package dev.stemma.story;

import static dev.stemma.story.Links.copy;
import static dev.stemma.story.Links.sameStory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import dev.stemma.relate.Scores;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeighbourhoodTest {

  private static final Relation UNRELATED =
      new Relation("a", "u", RelationKind.UNRELATED, new Scores(0, 0, 0.5, 0.5, 0, 0, 0), null, null, List.of());

  @Test
  void of_keepsCopiesAndLinksNearTheBest_dropsWeakerLinksAndUnrelatedPairs() {
    List<Relation> links = List.of(
        sameStory("a", "b", 0.6),      // the best
        sameStory("a", "c", 0.45),     // 0.45 >= 0.7 * 0.6
        sameStory("a", "d", 0.3),      // a chance overlap: below 0.42
        copy("a", "e", RelationKind.REWRITE, 0.5),
        UNRELATED,
        sameStory("x", "y", 0.9));     // not a's
    Neighbourhood n = Neighbourhood.of("a", links, 0.7);
    assertThat(n.ids()).containsExactlyInAnyOrder("b", "c", "e");
    assertThat(n.bestSameStory()).isEqualTo(sameStory("a", "b", 0.6).scores().story());
  }

  @Test
  void of_anArticleWithoutSameStoryLinks_hasBestZero_andKeepsItsCopies() {
    Neighbourhood n = Neighbourhood.of("a", List.of(copy("a", "e", RelationKind.EXACT, 1)), 0.7);
    assertThat(n.bestSameStory()).isZero();
    assertThat(n.ids()).containsExactly("e");
  }

  @Test
  void of_withShareZero_keepsEveryRelatedArticle() {
    Neighbourhood n = Neighbourhood.of("a", List.of(sameStory("a", "b", 0.6), sameStory("a", "d", 0.2)), 0);
    assertThat(n.ids()).containsExactlyInAnyOrder("b", "d");
  }
}
