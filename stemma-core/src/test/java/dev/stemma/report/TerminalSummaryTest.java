package dev.stemma.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.Analysis;
import dev.stemma.RunStats;
import dev.stemma.story.LineageNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalSummaryTest {

  @Test
  void render_drawsEachFamilyAsATree_listsSkippedInputs_andCountsTheRun() {
    String expected = """
        S1  "Harbor Bridge closed after crack found"
            5 articles, 2 copy families
          F1  origin wire and 3 copies: earliest published (2025-03-03T15:05:00Z; all 4 members dated)
              wire  "Harbor Bridge closed after crack found"
              ├─ exact copy 1.00  copy  "Harbor Bridge closed after crack found"
              │  └─ near-duplicate 0.88  near  "Crack shuts Portvale's Harbor Bridge"
              └─ rewrite 0.75  rewrite  "Portvale shuts its Harbor Bridge"
          F2 ferry  "Ferry riders pack Millbank boats as bridge stays shut"  (independent report)

        S2  "Mariners beat Foxes in late comeback"
            1 article, 1 copy family
          F3 football  "Mariners beat Foxes in late comeback"  (single article)

        Skipped 1 input(s):
          in/feed.jsonl:3: missing 'id'. Give every line a unique string "id".

        7 input(s): 6 analysed, 1 skipped. 2 stories, 3 copy families.
        Relations: 1 exact, 0 near-duplicate, 1 rewrite, 0 same story.
        Work: 9 candidate pairs, 1 aligned with the model, 12 of 40 sentences embedded.
        Passed over: 1 empty_line, 2 warc_request
        """;
    assertThat(TerminalSummary.render(ReportFixtures.analysis())).isEqualToNormalizingNewlines(expected);
  }

  @Test
  void render_ofARunWithNothingSkippedOrPassedOver_endsWithTheCounts() {
    RunStats stats = new RunStats(1, 1, 0, Map.of(), 0, 0, 0, 3, 0, 0, Map.of());
    Analysis analysis = new Analysis(
        List.of(ReportFixtures.analysed("football", "Mariners beat Foxes in late comeback", "S1", "F1", true)),
        List.of(), List.of(ReportFixtures.FOOTBALL), stats);
    String summary = TerminalSummary.render(analysis).replace(System.lineSeparator(), "\n");
    assertThat(summary).doesNotContain("Skipped").doesNotContain("Passed over").endsWith("""
        1 input(s): 1 analysed, 0 skipped. 1 stories, 1 copy families.
        Relations: 0 exact, 0 near-duplicate, 0 rewrite, 0 same story.
        Work: 0 candidate pairs, 0 aligned with the model, 0 of 3 sentences embedded.
        """);
  }

  @Test
  void drawTree_continuesTheBranchOfAnEarlierSiblingWithAVerticalBar() {
    // a - b - d and a - c: b's subtree is drawn under "│  " because c follows it
    LineageNode tree = new LineageNode("a", null, 1, List.of(
        new LineageNode("b", dev.stemma.relate.RelationKind.REWRITE, 0.7, List.of(
            new LineageNode("d", dev.stemma.relate.RelationKind.EXACT, 1, List.of()))),
        new LineageNode("c", dev.stemma.relate.RelationKind.NEAR_DUPLICATE, 0.5, List.of(
            new LineageNode("e", dev.stemma.relate.RelationKind.EXACT, 1, List.of())))));
    StringBuilder out = new StringBuilder();
    TerminalSummary.drawTree(out, tree, Map.of("a", "A", "b", "B"));
    assertThat(out.toString()).isEqualTo("""
              a  "A"
              ├─ rewrite 0.70  b  "B"
              │  └─ exact copy 1.00  d  \n\
              └─ near-duplicate 0.50  c  \n\
                 └─ exact copy 1.00  e  \n\
        """);
  }

  @Test
  void quote_cutsAHeadlineLongerThan64CharactersWithAnEllipsis() {
    String sixtyFour = "x".repeat(64);
    assertThat(TerminalSummary.quote(sixtyFour)).isEqualTo("\"" + sixtyFour + "\"");
    assertThat(TerminalSummary.quote(sixtyFour + "y")).isEqualTo("\"" + "x".repeat(63) + "…\"");
    assertThat(TerminalSummary.quote(null)).isEmpty();
  }
}
