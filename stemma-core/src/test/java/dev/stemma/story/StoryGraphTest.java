package dev.stemma.story;

import static dev.stemma.story.Links.copy;
import static dev.stemma.story.Links.sameStory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import dev.stemma.relate.Scores;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryGraphTest {

  private static final StoryLinkPolicy POLICY = StoryLinkPolicy.DEFAULT;

  /** Ids prefix1 .. prefixN, every two of them linked as the same story with a strong score. */
  private static List<Relation> clique(String prefix, int n, List<String> ids) {
    List<Relation> relations = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      ids.add(prefix + i);
      for (int j = i + 1; j <= n; j++) {
        relations.add(sameStory(prefix + i, prefix + j, 0.8));
      }
    }
    return relations;
  }

  @Test
  void components_linkedArticlesFormOneStory_unlinkedOnesStayAlone() {
    List<List<String>> stories = StoryGraph.components(
        List.of("a", "b", "c", "d"), List.of(sameStory("a", "c", 0.8)), POLICY);
    assertThat(stories).containsExactly(List.of("a", "c"), List.of("b"), List.of("d"));
  }

  @Test
  void components_ignoreUnrelatedRelations() {
    Relation unrelated = new Relation("a", "b", RelationKind.UNRELATED, new Scores(0, 0, 0.9, 0.9, 0, 0, 0), null,
        null, List.of());
    assertThat(StoryGraph.components(List.of("a", "b"), List.of(unrelated), POLICY))
        .containsExactly(List.of("a"), List.of("b"));
  }

  @Test
  void components_aWeakLinkBetweenTwoGroupsWithNoSharedNeighbours_isDropped() {
    // two stories of six articles, each article linked to the five others; a1 ~ b1 is weak (0.3 <
    // 0.6). Closed neighbourhoods: a1 and its six neighbours (five a's and b1), b1 likewise; in
    // common only a1 and b1 themselves: 2 / sqrt(7 * 7) = 0.286 < 0.3
    List<String> ids = new ArrayList<>();
    List<Relation> relations = new ArrayList<>(clique("a", 6, ids));
    relations.addAll(clique("b", 6, ids));
    relations.add(sameStory("a1", "b1", 0.3));
    List<List<String>> stories = StoryGraph.components(ids, relations, POLICY);
    assertThat(stories).containsExactly(
        List.of("a1", "a2", "a3", "a4", "a5", "a6"), List.of("b1", "b2", "b3", "b4", "b5", "b6"));
  }

  @Test
  void components_aWeakLinkBetweenTwoSmallerGroups_passesTheStructureThreshold() {
    // groups of five: 2 / sqrt(6 * 6) = 0.333 >= 0.3, so the structure lets the link join them
    // (the rule on the articles' best links aside: 0.3 is far below their 0.8)
    List<String> ids = new ArrayList<>();
    List<Relation> relations = new ArrayList<>(clique("a", 5, ids));
    relations.addAll(clique("b", 5, ids));
    relations.add(sameStory("a1", "b1", 0.3));
    assertThat(StoryGraph.components(ids, relations, new StoryLinkPolicy(0.6, 0.3, 0))).hasSize(1);
    assertThat(StoryGraph.components(ids, relations, POLICY)).hasSize(2);
  }

  @Test
  void components_aStrongSameStoryLinkOrACopyLink_joinsWhateverTheNeighbourhoods() {
    List<String> ids = new ArrayList<>();
    List<Relation> relations = new ArrayList<>(clique("a", 6, ids));
    relations.addAll(clique("b", 6, ids));
    List<Relation> strong = new ArrayList<>(relations);
    strong.add(sameStory("a1", "b1", 0.6));
    assertThat(StoryGraph.components(ids, strong, POLICY)).hasSize(1);
    List<Relation> copied = new ArrayList<>(relations);
    copied.add(copy("a1", "b1", RelationKind.REWRITE, 0.5));
    assertThat(StoryGraph.components(ids, copied, POLICY)).hasSize(1);
  }

  @Test
  void components_aPairWithNoOtherNeighbours_staysTogether() {
    // closed neighbourhoods {a, b} and {b, a}: 2 / sqrt(2 * 2) = 1
    assertThat(StoryGraph.components(List.of("a", "b"), List.of(sameStory("a", "b", 0.25)), POLICY))
        .containsExactly(List.of("a", "b"));
  }

  @Test
  void components_aWeakLinkWithASharedNeighbour_joins() {
    // a ~ b, a ~ c, b ~ c, all weak: {a, b, c} on both sides, 3 / sqrt(3 * 3) = 1
    List<Relation> triangle = List.of(sameStory("a", "b", 0.25), sameStory("a", "c", 0.25), sameStory("b", "c", 0.25));
    assertThat(StoryGraph.components(List.of("a", "b", "c"), triangle, POLICY)).containsExactly(List.of("a", "b", "c"));
  }

  @Test
  void components_doNotDependOnTheOrderOfTheRelations() {
    List<String> ids = new ArrayList<>();
    List<Relation> relations = new ArrayList<>(clique("a", 4, ids));
    relations.addAll(clique("b", 3, ids));
    relations.add(sameStory("a4", "b3", 0.25));
    List<Relation> reversed = new ArrayList<>(relations);
    java.util.Collections.reverse(reversed);
    List<String> reversedIds = new ArrayList<>(ids);
    java.util.Collections.reverse(reversedIds);
    assertThat(StoryGraph.components(reversedIds, reversed, POLICY))
        .isEqualTo(StoryGraph.components(ids, relations, POLICY));
  }

  @Test
  void components_rejectARelationToAnUnknownArticle() {
    assertThatThrownBy(() -> StoryGraph.components(List.of("a"), List.of(sameStory("a", "x", 0.8)), POLICY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown article id 'x' in a relation");
  }

  @Test
  void structure_ofTwoArticlesWithThirtyNeighboursEachAndOnlyEachOtherInCommon_isTwoOverThirtyOne() {
    // closed neighbourhoods of 31 (itself, the other, 29 of its own), 2 in common: 2 / sqrt(31 * 31)
    Map<String, Set<String>> neighbours = new HashMap<>();
    neighbours.put("u", new HashSet<>(Set.of("v")));
    neighbours.put("v", new HashSet<>(Set.of("u")));
    for (int k = 0; k < 29; k++) {
      neighbours.get("u").add("u" + k);
      neighbours.get("v").add("v" + k);
    }
    assertThat(StoryGraph.structure(neighbours.get("u"), neighbours.get("v"), "u", "v"))
        .isCloseTo(2.0 / 31, within(1e-12));
  }

  @Test
  void structure_countsSharedNeighbours() {
    // N(u) = {v, x, y}, N(v) = {u, x}: common u, v, x = 3 of sqrt(4 * 3) => 0.866
    Map<String, Set<String>> neighbours = Map.of("u", Set.of("v", "x", "y"), "v", Set.of("u", "x"));
    assertThat(StoryGraph.structure(neighbours.get("u"), neighbours.get("v"), "u", "v"))
        .isCloseTo(3 / Math.sqrt(12), within(1e-12));
  }

  @Test
  void policy_rejectsThresholdsOutOfRange() {
    assertThatThrownBy(() -> new StoryLinkPolicy(2.5, 0.3, 0.7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("strongStory must be in [0, 2], got 2.5");
    assertThatThrownBy(() -> new StoryLinkPolicy(0.6, -0.1, 0.7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minStructure must be in [0, 1], got -0.1");
    assertThatThrownBy(() -> new StoryLinkPolicy(0.6, 0.3, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nearBest must be in [0, 1], got 1.5");
  }

  @Test
  void components_aWeakLinkFarBelowBothArticlesBestLinks_isAChanceOverlap_andDropped() {
    // two stories of three, every link inside 0.55; a1 and a2 each overlap b1 and b2 at 0.3. The
    // closed neighbourhoods of a1 {a1, a2, a3, b1, b2} and b1 {b1, b2, b3, a1, a2} share 4: 4 / 5
    // >= 0.3, so structure alone joins; but 0.3 < 0.7 * 0.55, the best of every article involved
    List<String> ids = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    for (String p : List.of("a", "b")) {
      for (int i = 1; i <= 3; i++) {
        ids.add(p + i);
      }
      relations.add(sameStory(p + "1", p + "2", 0.55));
      relations.add(sameStory(p + "1", p + "3", 0.55));
      relations.add(sameStory(p + "2", p + "3", 0.55));
    }
    relations.add(sameStory("a1", "b1", 0.3));
    relations.add(sameStory("a1", "b2", 0.3));
    relations.add(sameStory("a2", "b1", 0.3));
    relations.add(sameStory("a2", "b2", 0.3));

    assertThat(StoryGraph.components(ids, relations, new StoryLinkPolicy(0.6, 0.3, 0)))
        .as("structure alone").hasSize(1);
    assertThat(StoryGraph.components(ids, relations, POLICY))
        .containsExactly(List.of("a1", "a2", "a3"), List.of("b1", "b2", "b3"));
  }

  @Test
  void components_aWeakLinkNearTheBestOfOneArticle_stillJoins() {
    // c1 is told weakly: its best link is 0.35, to a1, whose own best is 0.55; 0.35 >= 0.7 * 0.35
    List<String> ids = new ArrayList<>(List.of("a1", "a2", "c1"));
    List<Relation> relations = List.of(sameStory("a1", "a2", 0.55), sameStory("a1", "c1", 0.35),
        sameStory("a2", "c1", 0.3));
    assertThat(StoryGraph.components(ids, relations, POLICY)).containsExactly(List.of("a1", "a2", "c1"));
  }
}
