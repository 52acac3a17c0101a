package dev.stemma.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationTest {

  private static final Scores SCORES = new Scores(0.5, 0.8, 0.6, 0.9, 1, 0.7, 4);

  @Test
  void new_rejectsIdsOutOfOrder() {
    assertThatThrownBy(() -> new Relation("b", "a", RelationKind.REWRITE, SCORES, null, null, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("relation ids must be ordered a < b, got 'b' and 'a'");
    assertThatThrownBy(() -> new Relation("a", "a", RelationKind.REWRITE, SCORES, null, null, List.of()))
        .hasMessage("relation ids must be ordered a < b, got 'a' and 'a'");
  }

  @Test
  void new_rejectsASourceOutsideThePair() {
    assertThatThrownBy(() -> new Relation("a", "b", RelationKind.REWRITE, SCORES, "c", "published", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source 'c' is neither 'a' nor 'b'");
  }

  @Test
  void new_copiesTheEvidence() {
    List<Evidence> evidence = new ArrayList<>(List.of(new Evidence(0, 0, 0, 10, 0, 10, 1, "verbatim")));
    Relation r = new Relation("a", "b", RelationKind.EXACT, SCORES, null, null, evidence);
    evidence.clear();
    assertThat(r.evidence()).hasSize(1);
  }

  @Test
  void other_isTheOtherArticle() {
    Relation r = new Relation("a", "b", RelationKind.SAME_STORY, SCORES, null, null, List.of());
    assertThat(r.other("a")).isEqualTo("b");
    assertThat(r.other("b")).isEqualTo("a");
    assertThatThrownBy(() -> r.other("c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'c' is not in the relation of 'a' and 'b'");
  }

  @Test
  void kind_codeIsTheJsonName_andOnlyCopiesMakeFamilies() {
    assertThat(RelationKind.NEAR_DUPLICATE.code()).isEqualTo("near_duplicate");
    assertThat(RelationKind.SAME_STORY.code()).isEqualTo("same_story");
    assertThat(List.of(RelationKind.values()).stream().filter(RelationKind::isCopy))
        .containsExactly(RelationKind.EXACT, RelationKind.NEAR_DUPLICATE, RelationKind.REWRITE);
  }
}
