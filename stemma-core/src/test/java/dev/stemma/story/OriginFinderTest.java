package dev.stemma.story;

import static dev.stemma.story.Links.copy;
import static dev.stemma.story.Links.dated;
import static dev.stemma.story.Links.index;
import static dev.stemma.story.Links.member;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OriginFinderTest {

  /** a ~ b 0.9, a ~ c 0.7, b ~ c 0.7: a and b are each 0.80 from the others, c 0.70. */
  private static final Map<String, Map<String, Relation>> A_AND_B_TIE = index(List.of(
      copy("a", "b", RelationKind.REWRITE, 0.9),
      copy("a", "c", RelationKind.REWRITE, 0.7),
      copy("b", "c", RelationKind.REWRITE, 0.7)));

  private static final String TIE_CLOSENESS = "closest to the other members (mean shared content 0.80; next b at 0.80)";

  @Test
  void choose_theOnlyMember() {
    OriginFinder.Choice c = OriginFinder.choose(List.of(member("a")), Map.of());
    assertThat(c).isEqualTo(new OriginFinder.Choice("a", List.of("the only member")));
  }

  @Test
  void choose_whenAllAreDated_theEarliestPublished() {
    List<Member> members = List.of(
        dated("a", "2025-03-03T16:20:00Z"), dated("b", "2025-03-03T21:47:00Z"), dated("c", "2025-03-03T15:05:00Z"));
    OriginFinder.Choice c = OriginFinder.choose(members, A_AND_B_TIE);
    assertThat(c.origin()).isEqualTo("c");
    assertThat(c.reasons()).containsExactly("earliest published (2025-03-03T15:05:00Z; all 3 members dated)");
  }

  @Test
  void choose_whenSomeAreDated_theEarliestDated_evenIfAnUndatedOneIsCloser() {
    List<Member> members = List.of(member("a"), dated("b", "2025-03-04T09:20:00Z"), dated("c", "2025-03-03T15:05:00Z"));
    OriginFinder.Choice c = OriginFinder.choose(members, A_AND_B_TIE);
    assertThat(c.origin()).isEqualTo("c");
    assertThat(c.reasons()).containsExactly("earliest published (2025-03-03T15:05:00Z; 2 of 3 members dated)");
  }

  @Test
  void choose_whenTwoShareTheEarliestTime_theCloserOfThem() {
    // b and c at 15:05; b is 0.80 from the others, c 0.70
    List<Member> members = List.of(
        dated("a", "2025-03-03T16:00:00Z"), dated("b", "2025-03-03T15:05:00Z"), dated("c", "2025-03-03T15:05:00Z"));
    OriginFinder.Choice c = OriginFinder.choose(members, A_AND_B_TIE);
    assertThat(c.origin()).isEqualTo("b");
    assertThat(c.reasons()).containsExactly(
        "earliest published (2025-03-03T15:05:00Z; all 3 members dated)",
        "closest to the other members (mean shared content 0.80; next c at 0.70)");
  }

  @Test
  void choose_undated_theMemberClosestToAllOthers() {
    // a ~ b 0.9, a ~ c 0.6, b ~ c 0.8: a (0.9 + 0.6) / 2 = 0.75, b (0.9 + 0.8) / 2 = 0.85, c 0.70
    Map<String, Map<String, Relation>> links = index(List.of(
        copy("a", "b", RelationKind.REWRITE, 0.9),
        copy("a", "c", RelationKind.NEAR_DUPLICATE, 0.6),
        copy("b", "c", RelationKind.REWRITE, 0.8)));
    OriginFinder.Choice c = OriginFinder.choose(List.of(member("a"), member("b"), member("c")), links);
    assertThat(c.origin()).isEqualTo("b");
    assertThat(c.reasons()).containsExactly("closest to the other members (mean shared content 0.85; next a at 0.75)");
  }

  @Test
  void choose_anUnlinkedPairCountsZero() {
    // a ~ b exact (1.0), c linked to neither: a and b 0.50, c 0
    OriginFinder.Choice c = OriginFinder.choose(
        List.of(member("a"), member("b"), member("c")), index(List.of(copy("a", "b", RelationKind.EXACT, 1))));
    assertThat(c.reasons().get(0)).isEqualTo("closest to the other members (mean shared content 0.50; next b at 0.50)");
  }

  @Test
  void choose_ofATie_theMemberThatCreditsANewsAgency() {
    List<Member> members = List.of(member("a", null, 30, 0), member("b", "Meridian Press", 0, 5), member("c"));
    OriginFinder.Choice c = OriginFinder.choose(members, A_AND_B_TIE);
    assertThat(c.origin()).isEqualTo("b");
    assertThat(c.reasons()).containsExactly(
        "closest to the other members (mean shared content 0.80; next a at 0.80)",
        "credits a news agency (Meridian Press), the tied members do not");
  }

  @Test
  void choose_ofATieWithoutCredits_theMemberQuotingTheMost() {
    List<Member> members = List.of(member("a", null, 5, 0), member("b", null, 12, 4), member("c", null, 40, 0));
    OriginFinder.Choice c = OriginFinder.choose(members, A_AND_B_TIE);
    assertThat(c.origin()).isEqualTo("b");
    assertThat(c.reasons()).containsExactly(
        "closest to the other members (mean shared content 0.80; next a at 0.80)",
        "quotes the most of the tied members (12 quoted words; a copy keeps or drops quotes but does not invent them)");
  }

  @Test
  void choose_ofATieInCreditsAndQuotes_theMemberWithTheLeastChrome() {
    List<Member> members = List.of(member("a", null, 5, 3), member("b", null, 5, 0), member("c"));
    OriginFinder.Choice c = OriginFinder.choose(members, A_AND_B_TIE);
    assertThat(c.origin()).isEqualTo("b");
    assertThat(c.reasons()).containsExactly(
        "closest to the other members (mean shared content 0.80; next a at 0.80)",
        "carries the least site chrome of the tied members (0 lines removed)");
  }

  @Test
  void choose_ofATieInEverything_theFirstId() {
    List<Member> members = List.of(member("b", "AP", 5, 1), member("a", "AP", 5, 1), member("c"));
    OriginFinder.Choice c = OriginFinder.choose(members, A_AND_B_TIE);
    assertThat(c.origin()).isEqualTo("a");
    assertThat(c.reasons()).containsExactly(TIE_CLOSENESS, "tied with 1 other member(s); first by id");
  }

  @Test
  void choose_ofATieInEveryOtherSignal_theCloserMember_andSaysSoRatherThanFirstById() {
    // a ~ b 0.9, a ~ c 0.68, b ~ c 0.7: b 0.80, a 0.79, within 0.02; nothing else tells them apart
    Map<String, Map<String, Relation>> links = index(List.of(
        copy("a", "b", RelationKind.REWRITE, 0.9),
        copy("a", "c", RelationKind.REWRITE, 0.68),
        copy("b", "c", RelationKind.REWRITE, 0.7)));
    OriginFinder.Choice c = OriginFinder.choose(List.of(member("a"), member("b"), member("c")), links);
    assertThat(c.origin()).isEqualTo("b");
    assertThat(c.reasons()).containsExactly(
        "closest to the other members (mean shared content 0.80; next a at 0.79)",
        "the closest of the tied members, which credit, quote and carry chrome alike");
  }

  @Test
  void choose_ofATieWhereTwoCreditAnAgency_saysSoAndHowTheCreditedOnesDiffer() {
    // a, b and c are each 0.8 from one another and 0.2 from d: a, b, c tie at 0.60
    Map<String, Map<String, Relation>> links = index(List.of(
        copy("a", "b", RelationKind.REWRITE, 0.8),
        copy("a", "c", RelationKind.REWRITE, 0.8),
        copy("b", "c", RelationKind.REWRITE, 0.8),
        copy("a", "d", RelationKind.REWRITE, 0.2),
        copy("b", "d", RelationKind.REWRITE, 0.2),
        copy("c", "d", RelationKind.REWRITE, 0.2)));
    List<Member> members = List.of(member("a", null, 40, 0), member("b", "AP", 5, 0), member("c", "AP", 10, 0),
        member("d"));
    OriginFinder.Choice c = OriginFinder.choose(members, links);
    assertThat(c.origin()).isEqualTo("c");
    assertThat(c.reasons()).containsExactly(
        "closest to the other members (mean shared content 0.60; next a at 0.60)",
        "credits a news agency (AP), as only 2 of the 3 tied members do",
        "quotes the most of the tied members (10 quoted words; a copy keeps or drops quotes but does not invent them)");
  }

  @Test
  void choose_withoutATie_mentionsTheWinnersAgencyCredit() {
    Map<String, Map<String, Relation>> links = index(List.of(
        copy("a", "b", RelationKind.REWRITE, 0.9),
        copy("a", "c", RelationKind.REWRITE, 0.6),
        copy("b", "c", RelationKind.REWRITE, 0.8)));
    OriginFinder.Choice c = OriginFinder.choose(List.of(member("a"), member("b", "AP", 0, 0), member("c")), links);
    assertThat(c.reasons()).containsExactly(
        "closest to the other members (mean shared content 0.85; next a at 0.75)", "credits a news agency (AP)");
  }

  @Test
  void choose_doesNotDependOnTheOrderOfTheMembers() {
    List<Member> members = List.of(member("a", null, 5, 1), member("b", null, 5, 1), member("c"));
    assertThat(OriginFinder.choose(members.reversed(), A_AND_B_TIE)).isEqualTo(OriginFinder.choose(members, A_AND_B_TIE));
  }
}
