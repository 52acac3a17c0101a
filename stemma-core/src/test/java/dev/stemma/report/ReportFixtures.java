package dev.stemma.report;

import dev.stemma.Analysis;
import dev.stemma.ArticleResult;
import dev.stemma.RunStats;
import dev.stemma.clean.ChromeRule;
import dev.stemma.clean.RemovedLine;
import dev.stemma.ingest.InputRef;
import dev.stemma.relate.Evidence;
import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import dev.stemma.relate.Scores;
import dev.stemma.story.Family;
import dev.stemma.story.LineageNode;
import dev.stemma.story.Story;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small analysis made by hand: one story of four articles (a wire story, its exact copy, a
 * near-duplicate of the copy and a rewrite, plus an independent report), one single article, and
 * a skipped input.
 */
final class ReportFixtures {

  private ReportFixtures() {}

  static ArticleResult analysed(String id, String headline, String story, String family, boolean origin) {
    return new ArticleResult(id, InputRef.of("in/" + id + ".txt"), ArticleResult.ANALYSED, null, null, headline, story,
        family, origin, 6, 2, List.of(), List.of());
  }

  static final ArticleResult SKIPPED = new ArticleResult(null, new InputRef("in/feed.jsonl", 3), ArticleResult.SKIPPED,
      "missing 'id'", "Give every line a unique string \"id\".", null, null, null, false, 0, 0, List.of(),
      List.of());

  static final Relation EXACT = new Relation("copy", "wire", RelationKind.EXACT,
      new Scores(1, 1, 1, 1, 1, 1, 1), "wire", "published",
      List.of(new Evidence(0, 0, 52, 80, 0, 28, 1, "verbatim")));

  static final Relation REWRITE = new Relation("rewrite", "wire", RelationKind.REWRITE,
      new Scores(0.1007, 0.1864, 0.8152, 0.8883, 1, 1, 1), null, null,
      List.of(new Evidence(0, 0, 0, 30, 0, 28, 0.912, "reworded")));

  static final LineageNode LINEAGE = new LineageNode("wire", null, 1, List.of(
      new LineageNode("copy", RelationKind.EXACT, 1, List.of(
          new LineageNode("near", RelationKind.NEAR_DUPLICATE, 0.87654321, List.of()))),
      new LineageNode("rewrite", RelationKind.REWRITE, 0.75, List.of())));

  static final Story BRIDGE = new Story("S1", "Harbor Bridge closed after crack found",
      List.of("copy", "ferry", "near", "rewrite", "wire"),
      List.of(
          new Family("F1", List.of("copy", "near", "rewrite", "wire"), "wire",
              List.of("earliest published (2025-03-03T15:05:00Z; all 4 members dated)"), LINEAGE),
          new Family("F2", List.of("ferry"), "ferry", List.of("the only member"),
              new LineageNode("ferry", null, 1, List.of()))));

  static final Story FOOTBALL = new Story("S2", "Mariners beat Foxes in late comeback", List.of("football"),
      List.of(new Family("F3", List.of("football"), "football", List.of("the only member"),
          new LineageNode("football", null, 1, List.of()))));

  static RunStats stats() {
    Map<String, Long> stages = new LinkedHashMap<>();
    stages.put("read", 12L);
    stages.put("prepare", 340L);
    return new RunStats(7, 6, 1, Map.of("warc_request", 2L, "empty_line", 1L), 1, 9, 1, 40, 12, 0, stages);
  }

  static Analysis analysis() {
    return new Analysis(
        List.of(
            analysed("copy", "Harbor Bridge closed after crack found", "S1", "F1", false),
            analysed("ferry", "Ferry riders pack Millbank boats as bridge stays shut", "S1", "F2", true),
            analysed("football", "Mariners beat Foxes in late comeback", "S2", "F3", true),
            analysed("near", "Crack shuts Portvale's Harbor Bridge", "S1", "F1", false),
            analysed("rewrite", "Portvale shuts its Harbor Bridge", "S1", "F1", false),
            analysed("wire", "Harbor Bridge closed after crack found", "S1", "F1", true),
            SKIPPED),
        List.of(EXACT, REWRITE),
        List.of(BRIDGE, FOOTBALL),
        stats());
  }

  static RemovedLine shareBar() {
    return new RemovedLine(ChromeRule.SHARE_BAR, "text", 40, 91, "Share on Facebook | Share on X | Email this article");
  }
}
