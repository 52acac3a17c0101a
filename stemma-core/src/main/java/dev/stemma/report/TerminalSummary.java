package dev.stemma.report;

import dev.stemma.Analysis;
import dev.stemma.ArticleResult;
import dev.stemma.RunStats;
import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import dev.stemma.story.Family;
import dev.stemma.story.LineageNode;
import dev.stemma.story.Story;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The readable summary of an analysis: one block per story, each copy family drawn as a tree from
 * its origin, independent reports listed after it, then the inputs that were skipped and why.
 */
public final class TerminalSummary {

  private static final int HEADLINE_WIDTH = 64;

  private TerminalSummary() {}

  public static String render(Analysis analysis) {
    Map<String, String> headlines = new HashMap<>();
    for (ArticleResult a : analysis.articles()) {
      if (a.analysed() && a.id() != null) {
        headlines.put(a.id(), a.headline());
      }
    }
    StringBuilder out = new StringBuilder();
    for (Story story : analysis.stories()) {
      out.append(String.format(Locale.ROOT, "%s  %s%n", story.id(), quote(story.headline())));
      out.append(String.format(Locale.ROOT, "    %d article%s, %d copy famil%s%n",
          story.members().size(), story.members().size() == 1 ? "" : "s",
          story.families().size(), story.families().size() == 1 ? "y" : "ies"));
      for (Family family : story.families()) {
        if (family.members().size() == 1) {
          String id = family.origin();
          String role = story.families().size() > 1 ? "independent report" : "single article";
          out.append(String.format(Locale.ROOT, "  %s %s  %s  (%s)%n",
              family.id(), id, quote(headlines.get(id)), role));
          continue;
        }
        int copies = family.members().size() - 1;
        out.append(String.format(Locale.ROOT, "  %s  origin %s and %d %s: %s%n",
            family.id(), family.origin(), copies, copies == 1 ? "copy" : "copies",
            String.join("; ", family.originReasons())));
        drawTree(out, family.lineage(), headlines);
      }
      out.append('\n');
    }
    List<ArticleResult> skipped = analysis.articles().stream().filter(a -> !a.analysed()).toList();
    if (!skipped.isEmpty()) {
      out.append("Skipped ").append(skipped.size()).append(" input(s):\n");
      for (ArticleResult a : skipped) {
        out.append("  ").append(a.input()).append(": ").append(a.reason()).append(". ").append(a.fix()).append('\n');
      }
      out.append('\n');
    }
    out.append(counts(analysis));
    return out.toString();
  }

  /** Draws a lineage tree with box-drawing characters, the origin at the root. */
  static void drawTree(StringBuilder out, LineageNode root, Map<String, String> headlines) {
    out.append("      ").append(root.id()).append("  ").append(quote(headlines.get(root.id()))).append('\n');
    drawChildren(out, root, "      ", headlines);
  }

  private static void drawChildren(StringBuilder out, LineageNode node, String indent, Map<String, String> headlines) {
    List<LineageNode> children = node.children();
    for (int i = 0; i < children.size(); i++) {
      LineageNode child = children.get(i);
      boolean last = i == children.size() - 1;
      out.append(indent).append(last ? "└─ " : "├─ ")
          .append(label(child.relation()))
          .append(String.format(Locale.ROOT, " %.2f  ", child.similarity()))
          .append(child.id()).append("  ").append(quote(headlines.get(child.id()))).append('\n');
      drawChildren(out, child, indent + (last ? "   " : "│  "), headlines);
    }
  }

  private static String label(RelationKind kind) {
    return switch (kind) {
      case EXACT -> "exact copy";
      case NEAR_DUPLICATE -> "near-duplicate";
      case REWRITE -> "rewrite";
      case SAME_STORY -> "same story";
      case UNRELATED -> "unrelated";
    };
  }

  private static String counts(Analysis analysis) {
    RunStats s = analysis.stats();
    Map<RelationKind, Integer> byKind = new java.util.EnumMap<>(RelationKind.class);
    for (Relation r : analysis.relations()) {
      byKind.merge(r.kind(), 1, Integer::sum);
    }
    long families = analysis.stories().stream().mapToLong(st -> st.families().size()).sum();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "%d input(s): %d analysed, %d skipped. %d stories, %d copy families.%n",
        s.inputs(), s.analysed(), s.skipped(), analysis.stories().size(), families));
    out.append(String.format(Locale.ROOT,
        "Relations: %d exact, %d near-duplicate, %d rewrite, %d same story.%n",
        byKind.getOrDefault(RelationKind.EXACT, 0), byKind.getOrDefault(RelationKind.NEAR_DUPLICATE, 0),
        byKind.getOrDefault(RelationKind.REWRITE, 0), byKind.getOrDefault(RelationKind.SAME_STORY, 0)));
    out.append(String.format(Locale.ROOT,
        "Work: %d candidate pairs, %d aligned with the model, %d of %d sentences embedded.%n",
        s.candidatePairs(), s.alignedPairs(), s.sentencesEmbedded(), s.sentences()));
    if (!s.passed().isEmpty()) {
      out.append("Passed over: ");
      out.append(String.join(", ", new java.util.TreeMap<>(s.passed()).entrySet().stream()
          .map(e -> e.getValue() + " " + e.getKey()).toList()));
      out.append('\n');
    }
    return out.toString();
  }

  static String quote(String headline) {
    if (headline == null) {
      return "";
    }
    String h = headline.length() > HEADLINE_WIDTH ? headline.substring(0, HEADLINE_WIDTH - 1) + "…" : headline;
    return "\"" + h + "\"";
  }
}
