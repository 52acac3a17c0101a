package dev.stemma.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stemma.ingest.Article;
import dev.stemma.relate.Evidence;
import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import dev.stemma.relate.Scores;
import java.util.List;
import org.junit.jupiter.api.Test;

class SideBySideTest {

  private static final String LONG_A =
      "The city closed the Harbor Bridge on Monday after engineers found a crack in a steel girder.";
  private static final String LONG_B =
      "Engineers found a crack in a steel girder, and on Monday the city shut the Harbor Bridge.";

  private static final Article A = Article.of("rewrite", "Bridge shut\n\n" + LONG_B + "\n\nFerries run.\n");
  private static final Article B = Article.of("wire", "Bridge closed\n\n" + LONG_A + "\n\nFerries will run.\n");

  private static Evidence evidence(String aSentence, String bSentence, int i, int j, double similarity, String match) {
    int as = A.text().indexOf(aSentence);
    int bs = B.text().indexOf(bSentence);
    return new Evidence(i, j, as, as + aSentence.length(), bs, bs + bSentence.length(), similarity, match);
  }

  private static final Relation RELATION = new Relation("rewrite", "wire", RelationKind.REWRITE,
      new Scores(0.0213, 0.0455, 0.6667, 0.7512, 1, 1, 2), "wire", "published", List.of(
          evidence(LONG_B, LONG_A, 0, 0, 0.912, "reworded"),
          evidence("Ferries run.", "Ferries will run.", 1, 1, 0.8, "verbatim")));

  @Test
  void render_showsEachAlignedSentenceBesideItsMatch_wrappedToTheColumn() {
    // width 60: two columns of (60 - 3) / 2 = 28 with " | " between
    assertThat(SideBySide.render(RELATION, A, B, 60)).isEqualToNormalizingNewlines("""
        rewrite  ~  wire
        relation: rewrite (source: wire, by published)
        scores: 5-gram Jaccard 0.021, containment 0.046, anchors 0.667, content 0.751, aligned 2 (coverage 1.00 / 1.00)

        rewrite                      | wire
        -----------------------------+-----------------------------
        [reworded 0.91]
        Engineers found a crack in a | The city closed the Harbor
        steel girder, and on Monday  | Bridge on Monday after
        the city shut the Harbor     | engineers found a crack in a
        Bridge.                      | steel girder.
        [verbatim 0.80]
        Ferries run.                 | Ferries will run.
        """);
  }

  @Test
  void render_ofARelationWithoutEvidence_saysNoSentencesAlign() {
    Relation sameStory = new Relation("rewrite", "wire", RelationKind.SAME_STORY,
        new Scores(0, 0, 0.3, 0.2, 0, 0, 0), null, null, List.of());
    assertThat(SideBySide.render(sameStory, A, B, 80)).endsWith("No sentences align.\n")
        .contains("relation: same_story" + System.lineSeparator());
  }

  @Test
  void render_rejectsArticlesThatAreNotTheRelations() {
    assertThatThrownBy(() -> SideBySide.render(RELATION, B, A, 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("articles 'wire' and 'rewrite' are not the relation's 'rewrite' and 'wire'");
  }

  @Test
  void wrap_breaksBetweenWordsWithinTheWidth() {
    assertThat(SideBySide.wrap("one two three four five", 9)).containsExactly("one two", "three", "four five");
    assertThat(SideBySide.wrap("  spaced\n  out  ", 20)).containsExactly("spaced out");
  }

  @Test
  void wrap_cutsAWordLongerThanTheWidth() {
    assertThat(SideBySide.wrap("a abcdefghijkl b", 5)).containsExactly("a", "abcde", "fghij", "kl b");
  }

  @Test
  void wrap_ofNothing_isNoLines() {
    assertThat(SideBySide.wrap("", 10)).isEmpty();
    assertThat(SideBySide.wrap("   ", 10)).isEmpty();
  }
}
