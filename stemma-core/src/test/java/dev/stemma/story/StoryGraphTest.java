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
    // groups of five: 2 / sqrt(6 * 6) = 0.333 >= 0.3, so the link joins them
    List<String> ids = new ArrayList<>();
    List<Relation> relations = new ArrayList<>(clique("a", 5, ids));
    relations.addAll(clique("b", 5, ids));
    relations.add(sameStory("a1", "b1", 0.3));
    assertThat(StoryGraph.components(ids, relations, POLICY)).hasSize(1);
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
    assertThat(StoryGraph.structure(neighbours, "u", "v")).isCloseTo(2.0 / 31, within(1e-12));
  }

  @Test
  void structure_countsSharedNeighbours() {
    // N(u) = {v, x, y}, N(v) = {u, x}: common u, v, x = 3 of sqrt(4 * 3) => 0.866
    Map<String, Set<String>> neighbours = Map.of("u", Set.of("v", "x", "y"), "v", Set.of("u", "x"));
    assertThat(StoryGraph.structure(neighbours, "u", "v")).isCloseTo(3 / Math.sqrt(12), within(1e-12));
  }

  @Test
  void policy_rejectsThresholdsOutOfRange() {
    assertThatThrownBy(() -> new StoryLinkPolicy(2.5, 0.3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("strongStory must be in [0, 2], got 2.5");
    assertThatThrownBy(() -> new StoryLinkPolicy(0.6, -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minStructure must be in [0, 1], got -0.1");
  }
}
