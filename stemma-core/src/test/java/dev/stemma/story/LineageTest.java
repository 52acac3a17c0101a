package dev.stemma.story;

import static dev.stemma.story.Links.concat;
import static dev.stemma.story.Links.copy;
import static dev.stemma.story.Links.index;
import static dev.stemma.story.Links.member;
import static dev.stemma.story.Links.terms;
import static dev.stemma.story.Links.withTerms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stemma.relate.RelationKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineageTest {

  /** The origin's content: stems 1 to 20. */
  private static final long[] ORIGIN = terms(1, 20);

  /** A drawing of the tree: each node as id, then its children in brackets. */
  private static String draw(LineageNode node) {
    if (node.children().isEmpty()) {
      return node.id();
    }
    return node.id() + node.children().stream().map(LineageTest::draw).toList();
  }

  @Test
  void tree_aCopyOfAnIntermediate_hangsUnderIt() {
    // i rewrote the origin with its own words 101-110; m keeps 10 of them and adds 201: they share
    // 10 innovations >= 5, and 10 >= half of the smaller set (10 of i's 10)
    Member o = withTerms("o", null, ORIGIN);
    Member i = withTerms("i", null, concat(terms(1, 15), terms(101, 110)));
    Member m = withTerms("m", null, concat(terms(1, 14), terms(101, 110, 201)));
    LineageNode tree = Lineage.tree("o", List.of(o, i, m), index(List.of(
        copy("o", "i", RelationKind.REWRITE, 0.7),
        copy("i", "m", RelationKind.NEAR_DUPLICATE, 0.9),
        copy("o", "m", RelationKind.REWRITE, 0.6))));
    assertThat(draw(tree)).isEqualTo("o[i[m]]");
    LineageNode iNode = tree.children().get(0);
    assertThat(iNode.relation()).isEqualTo(RelationKind.REWRITE);
    assertThat(iNode.similarity()).isEqualTo(0.7);
    assertThat(iNode.children().get(0).relation()).isEqualTo(RelationKind.NEAR_DUPLICATE);
    assertThat(iNode.children().get(0).similarity()).isEqualTo(0.9);
    assertThat(tree.relation()).isNull();
    assertThat(tree.similarity()).isEqualTo(1.0);
  }

  @Test
  void tree_independentRewritesWithAFewWordsInCommonByChance_hangUnderTheOrigin() {
    // r1's innovations 101-110, r2's 105, 106 and 201-208: 2 shared < 5
    Member o = withTerms("o", null, ORIGIN);
    Member r1 = withTerms("r1", null, concat(terms(1, 18), terms(101, 110)));
    Member r2 = withTerms("r2", null, concat(terms(3, 20), terms(105, 106), terms(201, 208)));
    LineageNode tree = Lineage.tree("o", List.of(o, r1, r2), index(List.of(
        copy("o", "r1", RelationKind.REWRITE, 0.7),
        copy("o", "r2", RelationKind.REWRITE, 0.6),
        copy("r1", "r2", RelationKind.REWRITE, 0.5))));
    assertThat(draw(tree)).isEqualTo("o[r1, r2]");
  }

  @Test
  void tree_sharingFiveInnovationsIsNotEnoughWhenTheyAreLessThanHalfOfTheSmallerSet() {
    // 20 innovations each (101-120 and 115-134): 6 shared >= 5, but 6 < 20 / 2
    Member o = withTerms("o", null, ORIGIN);
    Member r1 = withTerms("r1", null, concat(terms(1, 20), terms(101, 120)));
    Member r2 = withTerms("r2", null, concat(terms(1, 20), terms(115, 134)));
    LineageNode tree = Lineage.tree("o", List.of(o, r1, r2), index(List.of(
        copy("o", "r1", RelationKind.REWRITE, 0.7),
        copy("o", "r2", RelationKind.REWRITE, 0.6),
        copy("r1", "r2", RelationKind.REWRITE, 0.5))));
    assertThat(draw(tree)).isEqualTo("o[r1, r2]");
  }

  @Test
  void tree_aParentIsNeverPublishedAfterItsChild() {
    // as in tree_aCopyOfAnIntermediate_hangsUnderIt, but m was published before i: i cannot be
    // m's parent, so m hangs under the origin and i, sharing m's innovations, under m
    Member o = withTerms("o", "2025-03-03T10:00:00Z", ORIGIN);
    Member i = withTerms("i", "2025-03-03T14:00:00Z", concat(terms(1, 15), terms(101, 110)));
    Member m = withTerms("m", "2025-03-03T12:00:00Z", concat(terms(1, 14), terms(101, 110, 201)));
    LineageNode tree = Lineage.tree("o", List.of(o, i, m), index(List.of(
        copy("o", "i", RelationKind.REWRITE, 0.7),
        copy("i", "m", RelationKind.NEAR_DUPLICATE, 0.9),
        copy("o", "m", RelationKind.REWRITE, 0.6))));
    assertThat(draw(tree)).isEqualTo("o[m[i]]");
  }

  @Test
  void tree_aMemberNotLinkedToTheOrigin_hangsUnderTheMemberItSharesMostWith() {
    // c is a copy of a (0.9) and of b (0.5), not of o
    LineageNode tree = Lineage.tree("o", List.of(member("o"), member("a"), member("b"), member("c")), index(List.of(
        copy("o", "a", RelationKind.REWRITE, 0.7),
        copy("o", "b", RelationKind.REWRITE, 0.6),
        copy("a", "c", RelationKind.NEAR_DUPLICATE, 0.9),
        copy("b", "c", RelationKind.REWRITE, 0.5))));
    assertThat(draw(tree)).isEqualTo("o[a[c], b]");
  }

  @Test
  void tree_aMemberLinkedToTheOriginStaysUnderIt_evenIfCloserToAnotherMember() {
    LineageNode tree = Lineage.tree("o", List.of(member("o"), member("a"), member("b")), index(List.of(
        copy("o", "a", RelationKind.REWRITE, 0.7),
        copy("o", "b", RelationKind.REWRITE, 0.5),
        copy("a", "b", RelationKind.NEAR_DUPLICATE, 0.9))));
    assertThat(draw(tree)).isEqualTo("o[a, b]");
  }

  @Test
  void tree_ordersChildrenByTheirLinkStrength_thenById() {
    LineageNode tree = Lineage.tree("o",
        List.of(member("o"), member("d"), member("c"), member("b"), member("a")), index(List.of(
            copy("o", "a", RelationKind.REWRITE, 0.6),
            copy("o", "b", RelationKind.EXACT, 1),
            copy("o", "c", RelationKind.NEAR_DUPLICATE, 0.9),
            copy("o", "d", RelationKind.REWRITE, 0.6))));
    assertThat(draw(tree)).isEqualTo("o[b, c, a, d]");
    assertThat(tree.children()).extracting(LineageNode::relation).containsExactly(
        RelationKind.EXACT, RelationKind.NEAR_DUPLICATE, RelationKind.REWRITE, RelationKind.REWRITE);
  }

  @Test
  void tree_aMemberCopiedOnlyByALaterMember_stillHangsUnderIt() {
    // o (10:00) ~ x (12:00) and c (11:00) ~ x: x took from both, c is linked to nothing else. The
    // only tree is o - x - c, though x was published after c; the dates cannot all be kept
    LineageNode tree = Lineage.tree("o",
        List.of(Links.dated("o", "2025-03-03T10:00:00Z"), Links.dated("c", "2025-03-03T11:00:00Z"),
            Links.dated("x", "2025-03-03T12:00:00Z")),
        index(List.of(copy("o", "x", RelationKind.REWRITE, 0.6), copy("c", "x", RelationKind.REWRITE, 0.7))));
    assertThat(draw(tree)).isEqualTo("o[x[c]]");
  }

  @Test
  void tree_ofAFamilyNotConnectedByCopyLinks_isRejected() {
    assertThatThrownBy(() -> Lineage.tree("o", List.of(member("o"), member("a")), index(List.of(
            Links.sameStory("o", "a", 0.9)))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("family of 'o' is not connected by copy links");
  }

  @Test
  void minus_keepsTheValuesOfTheFirstSetMissingFromTheSecond() {
    assertThat(Lineage.minus(new long[] {1, 3, 5, 7}, new long[] {3, 4, 7, 9})).containsExactly(1, 5);
    assertThat(Lineage.minus(new long[] {1, 2}, new long[0])).containsExactly(1, 2);
    assertThat(Lineage.minus(new long[0], new long[] {1})).isEmpty();
  }
}
