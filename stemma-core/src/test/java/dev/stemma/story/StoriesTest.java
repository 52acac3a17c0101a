package dev.stemma.story;

import static dev.stemma.story.Links.copy;
import static dev.stemma.story.Links.sameStory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoriesTest {

  private static Member member(String id, String headline) {
    return new Member(id, headline, null, null, 0, 0, new long[0]);
  }

  @Test
  void build_numbersStoriesAndFamiliesLargestFirst_tiesByFirstId() {
    // story of 4: family {w1, w2, w3} (wire copies) and {x} (independent report)
    // stories of 2: {p1, p2} (same story, two families) and {k1, k2} (one family); then {z} alone
    List<Member> members = List.of(
        member("z", "Z"), member("x", "X"), member("w3", "W3"), member("w2", "W2"), member("w1", "Wire headline"),
        member("p2", "P2"), member("p1", "P1"), member("k1", "K1"), member("k2", "K2"));
    List<Relation> relations = List.of(
        copy("w1", "w2", RelationKind.EXACT, 1),
        copy("w1", "w3", RelationKind.REWRITE, 0.7),
        copy("w2", "w3", RelationKind.REWRITE, 0.7),
        sameStory("w1", "x", 0.7), sameStory("w2", "x", 0.7), sameStory("w3", "x", 0.7),
        sameStory("p1", "p2", 0.7),
        copy("k1", "k2", RelationKind.NEAR_DUPLICATE, 0.8));
    List<Story> stories = Stories.build(members, relations, StoryLinkPolicy.DEFAULT);
    assertThat(stories).extracting(Story::id).containsExactly("S1", "S2", "S3", "S4");
    assertThat(stories).extracting(Story::members).containsExactly(
        List.of("w1", "w2", "w3", "x"), List.of("k1", "k2"), List.of("p1", "p2"), List.of("z"));
    assertThat(stories.get(0).families()).extracting(Family::id, Family::members).containsExactly(
        org.assertj.core.groups.Tuple.tuple("F1", List.of("w1", "w2", "w3")),
        org.assertj.core.groups.Tuple.tuple("F2", List.of("x")));
    assertThat(stories.get(1).families()).extracting(Family::id).containsExactly("F3");
    assertThat(stories.get(2).families()).extracting(Family::id, Family::members).containsExactly(
        org.assertj.core.groups.Tuple.tuple("F4", List.of("p1")),
        org.assertj.core.groups.Tuple.tuple("F5", List.of("p2")));
    assertThat(stories.get(3).families()).extracting(Family::id).containsExactly("F6");
  }

  @Test
  void build_headlinesAStoryWithTheOriginOfItsLargestFamily() {
    // w1 is closest to its copies (1.0 and 0.7 against w2's 1.0 and 0.5); x's own family is smaller
    List<Member> members = List.of(
        member("a-x", "Independent report"), member("w1", "Wire headline"), member("w2", "Copy headline"),
        member("w3", "Rewrite headline"));
    List<Relation> relations = List.of(
        copy("w1", "w2", RelationKind.EXACT, 1),
        copy("w1", "w3", RelationKind.REWRITE, 0.7),
        copy("w2", "w3", RelationKind.REWRITE, 0.5),
        sameStory("a-x", "w1", 0.7));
    Story story = Stories.build(members, relations, StoryLinkPolicy.DEFAULT).get(0);
    Family wire = story.families().get(0);
    assertThat(wire.origin()).isEqualTo("w1");
    assertThat(story.headline()).isEqualTo("Wire headline");
    assertThat(wire.lineage().id()).isEqualTo("w1");
    assertThat(wire.originReasons()).containsExactly(
        "closest to the other members (mean shared content 0.85; next w2 at 0.75)");
  }

  @Test
  void build_aSingleArticle_isItsOwnStoryAndFamily() {
    List<Story> stories = Stories.build(List.of(member("a", "Alone")), List.of(), StoryLinkPolicy.DEFAULT);
    assertThat(stories).hasSize(1);
    Family family = stories.get(0).families().get(0);
    assertThat(family.origin()).isEqualTo("a");
    assertThat(family.originReasons()).containsExactly("the only member");
    assertThat(family.lineage()).isEqualTo(new LineageNode("a", null, 1.0, List.of()));
    assertThat(stories.get(0).headline()).isEqualTo("Alone");
  }

  @Test
  void build_aDatedFamilyWhoseMemberIsLinkedOnlyToALaterOne_isDrawn() {
    // c (11:00) is a copy of x (12:00) only, x a copy of o (10:00): one family, origin o
    List<Member> members = List.of(
        new Member("o", "O", java.time.Instant.parse("2025-03-03T10:00:00Z"), null, 0, 0, new long[0]),
        new Member("c", "C", java.time.Instant.parse("2025-03-03T11:00:00Z"), null, 0, 0, new long[0]),
        new Member("x", "X", java.time.Instant.parse("2025-03-03T12:00:00Z"), null, 0, 0, new long[0]));
    List<Story> stories = Stories.build(members,
        List.of(copy("o", "x", RelationKind.REWRITE, 0.6), copy("c", "x", RelationKind.REWRITE, 0.7)),
        StoryLinkPolicy.DEFAULT);
    Family family = stories.get(0).families().get(0);
    assertThat(family.members()).containsExactly("c", "o", "x");
    assertThat(family.origin()).isEqualTo("o");
    assertThat(family.lineage().children()).extracting(LineageNode::id).containsExactly("x");
  }

  @Test
  void build_ofNoArticles_isEmpty() {
    assertThat(Stories.build(List.of(), List.of(), StoryLinkPolicy.DEFAULT)).isEmpty();
  }

  @Test
  void build_rejectsADuplicateMemberId() {
    assertThatThrownBy(() -> Stories.build(
            List.of(member("a", "One"), member("b", "Two"), member("a", "Three")), List.of(), StoryLinkPolicy.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate article id 'a' given to the story stage");
  }

  @Test
  void build_doesNotDependOnTheOrderOfItsInputs() {
    List<Member> members = List.of(member("a", "A"), member("b", "B"), member("c", "C"), member("d", "D"));
    List<Relation> relations = List.of(
        copy("a", "b", RelationKind.REWRITE, 0.7), sameStory("b", "c", 0.8), copy("c", "d", RelationKind.EXACT, 1));
    assertThat(Stories.build(members.reversed(), relations.reversed(), StoryLinkPolicy.DEFAULT))
        .isEqualTo(Stories.build(members, relations, StoryLinkPolicy.DEFAULT));
  }

  @Test
  void family_rejectsAnOriginOutsideItsMembers() {
    LineageNode leaf = new LineageNode("c", null, 1, List.of());
    assertThatThrownBy(() -> new Family("F1", List.of("a", "b"), "c", List.of(), leaf))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("family F1 origin 'c' is not a member");
  }
}
