package dev.stemma.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.stemma.Analysis;
import dev.stemma.ArticleResult;
import dev.stemma.RunStats;
import dev.stemma.clean.RemovedLine;
import dev.stemma.relate.Evidence;
import dev.stemma.relate.Relation;
import dev.stemma.relate.Scores;
import dev.stemma.story.Family;
import dev.stemma.story.LineageNode;
import dev.stemma.story.Story;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes an analysis as JSON Lines: {@code articles.jsonl}, {@code relations.jsonl}, {@code
 * stories.jsonl}, and the run's counts in {@code run.json}. The file and field names are a
 * contract with other tools (documented in docs/output.md); fields are written in a fixed order
 * and every list is sorted, so the same analysis gives the same bytes.
 */
public final class JsonOutput {

  public static final String ARTICLES = "articles.jsonl";
  public static final String RELATIONS = "relations.jsonl";
  public static final String STORIES = "stories.jsonl";
  public static final String RUN = "run.json";

  private static final JsonFactory JSON = new JsonFactory();

  private JsonOutput() {}

  /** Writes the four files into {@code dir}, creating it if needed. */
  public static void write(Analysis analysis, Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Writer w = Files.newBufferedWriter(dir.resolve(ARTICLES), StandardCharsets.UTF_8)) {
      for (ArticleResult a : analysis.articles()) {
        w.write(article(a));
        w.write('\n');
      }
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve(RELATIONS), StandardCharsets.UTF_8)) {
      for (Relation r : analysis.relations()) {
        w.write(relation(r));
        w.write('\n');
      }
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve(STORIES), StandardCharsets.UTF_8)) {
      for (Story s : analysis.stories()) {
        w.write(story(s));
        w.write('\n');
      }
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve(RUN), StandardCharsets.UTF_8)) {
      w.write(run(analysis.stats()));
      w.write('\n');
    }
  }

  public static String article(ArticleResult a) {
    return json(g -> {
      g.writeStartObject();
      g.writeStringField("id", a.id());
      g.writeStringField("status", a.status());
      g.writeStringField("input", a.input().toString());
      if (a.analysed()) {
        g.writeStringField("headline", a.headline());
        g.writeStringField("story", a.story());
        g.writeStringField("family", a.family());
        g.writeBooleanField("origin", a.origin());
        g.writeNumberField("sentences", a.sentences());
        g.writeNumberField("embedded", a.embedded());
      } else {
        g.writeStringField("reason", a.reason());
        g.writeStringField("fix", a.fix());
      }
      g.writeArrayFieldStart("removed");
      for (RemovedLine line : a.removed()) {
        g.writeStartObject();
        g.writeStringField("rule", line.rule().code());
        g.writeStringField("field", line.field());
        g.writeNumberField("start", line.start());
        g.writeNumberField("end", line.end());
        g.writeStringField("text", line.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("warnings");
      for (String warning : a.warnings()) {
        g.writeString(warning);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  public static String relation(Relation r) {
    return json(g -> writeRelation(g, r));
  }

  static void writeRelation(JsonGenerator g, Relation r) throws IOException {
    g.writeStartObject();
    g.writeStringField("a", r.a());
    g.writeStringField("b", r.b());
    g.writeStringField("relation", r.kind().code());
    Scores s = r.scores();
    g.writeObjectFieldStart("scores");
    g.writeNumberField("jaccard", s.jaccard());
    g.writeNumberField("containment", s.containment());
    g.writeNumberField("anchors", s.anchors());
    g.writeNumberField("content", s.content());
    g.writeNumberField("coverage_a", s.coverageA());
    g.writeNumberField("coverage_b", s.coverageB());
    g.writeNumberField("aligned", s.aligned());
    g.writeEndObject();
    g.writeStringField("source", r.source());
    g.writeStringField("source_basis", r.sourceBasis());
    g.writeArrayFieldStart("evidence");
    for (Evidence e : r.evidence()) {
      g.writeStartObject();
      g.writeNumberField("a_sentence", e.aSentence());
      g.writeNumberField("b_sentence", e.bSentence());
      g.writeNumberField("a_start", e.aStart());
      g.writeNumberField("a_end", e.aEnd());
      g.writeNumberField("b_start", e.bStart());
      g.writeNumberField("b_end", e.bEnd());
      g.writeNumberField("similarity", e.similarity());
      g.writeStringField("match", e.match());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  public static String story(Story s) {
    return json(g -> {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("headline", s.headline());
      writeStrings(g, "members", s.members());
      g.writeArrayFieldStart("families");
      for (Family f : s.families()) {
        writeFamily(g, f);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** A copy family as stories.jsonl writes it: id, members, origin, origin_reasons, lineage. */
  public static String family(Family f) {
    return json(g -> writeFamily(g, f));
  }

  private static void writeStrings(JsonGenerator g, String field, Iterable<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void writeFamily(JsonGenerator g, Family f) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", f.id());
    writeStrings(g, "members", f.members());
    g.writeStringField("origin", f.origin());
    writeStrings(g, "origin_reasons", f.originReasons());
    g.writeFieldName("lineage");
    lineage(g, f.lineage());
    g.writeEndObject();
  }

  private static void lineage(JsonGenerator g, LineageNode node) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", node.id());
    if (node.relation() != null) {
      g.writeStringField("relation", node.relation().code());
      g.writeNumberField("similarity", Math.round(node.similarity() * 10_000) / 10_000.0);
    }
    g.writeArrayFieldStart("children");
    for (LineageNode child : node.children()) {
      lineage(g, child);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static String run(RunStats s) {
    return json(g -> {
      g.writeStartObject();
      g.writeNumberField("inputs", s.inputs());
      g.writeNumberField("analysed", s.analysed());
      g.writeNumberField("skipped", s.skipped());
      g.writeObjectFieldStart("passed");
      for (Map.Entry<String, Long> e : new java.util.TreeMap<>(s.passed()).entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeNumberField("exact_groups", s.exactGroups());
      g.writeNumberField("candidate_pairs", s.candidatePairs());
      g.writeNumberField("aligned_pairs", s.alignedPairs());
      g.writeNumberField("sentences", s.sentences());
      g.writeNumberField("sentences_embedded", s.sentencesEmbedded());
      g.writeNumberField("skipped_buckets", s.skippedBuckets());
      g.writeEndObject();
    });
  }

  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  static String json(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to a string cannot fail", e);
    }
    return out.toString();
  }
}
