package dev.stemma.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.stemma.ingest.Article;
import dev.stemma.relate.Evidence;
import dev.stemma.relate.Relation;
import dev.stemma.relate.Scores;
import dev.stemma.report.JsonOutput;
import dev.stemma.server.index.ArticleIndex;
import dev.stemma.server.index.MemberInfo;
import dev.stemma.server.index.StoredArticle;
import dev.stemma.server.index.StoryView;
import dev.stemma.story.Family;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The API's response bodies. Relations are written exactly as in {@code relations.jsonl}
 * (docs/output.md), so a client reads one format from files and from the server.
 */
final class ApiJson {

  private static final JsonFactory JSON = new JsonFactory();

  private ApiJson() {}

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

  static String error(int status, String message) {
    return json(g -> {
      g.writeStartObject();
      g.writeStringField("error", message);
      g.writeNumberField("status", status);
      g.writeEndObject();
    });
  }

  static String added(List<ArticleIndex.AddResult> results) {
    return json(g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("articles");
      for (ArticleIndex.AddResult r : results) {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("status", r.added() ? "added" : "skipped");
        g.writeBooleanField("replaced", r.replaced());
        if (r.added()) {
          g.writeStringField("story", r.story());
          g.writeArrayFieldStart("relations");
          for (Relation rel : r.relations()) {
            g.writeRawValue(JsonOutput.relation(rel));
          }
          g.writeEndArray();
        } else {
          g.writeStringField("reason", r.reason());
          g.writeStringField("fix", r.fix());
        }
        g.writeObjectFieldStart("timing_ms");
        g.writeNumberField("match", r.timing().match());
        g.writeNumberField("embed", r.timing().embed());
        g.writeNumberField("stories", r.timing().stories());
        g.writeNumberField("commit", r.timing().commit());
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  static String article(StoredArticle stored, Optional<StoryView> story, List<Relation> links) {
    return json(g -> {
      g.writeStartObject();
      articleFields(g, stored);
      g.writeStringField("story", story.map(StoryView::id).orElse(null));
      Family family = story.flatMap(s -> familyOf(s, stored.id())).orElse(null);
      if (family != null) {
        g.writeObjectFieldStart("family");
        g.writeStringField("id", family.id());
        g.writeStringField("origin", family.origin());
        g.writeBooleanField("is_origin", family.origin().equals(stored.id()));
        g.writeEndObject();
      } else {
        g.writeNullField("family");
      }
      g.writeArrayFieldStart("links");
      for (Relation r : links) {
        g.writeRawValue(JsonOutput.relation(r));
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static void articleFields(JsonGenerator g, StoredArticle stored) throws IOException {
    Article a = stored.article();
    g.writeStringField("id", a.id());
    g.writeStringField("title", a.title());
    g.writeStringField("text", a.text());
    g.writeStringField("url", a.meta().url());
    g.writeStringField("source", a.meta().source());
    g.writeStringField("author", a.meta().author());
    instant(g, "published", a.meta().published());
    g.writeStringField("lang", a.meta().lang());
    instant(g, "received", stored.received());
  }

  static Optional<Family> familyOf(StoryView s, String id) {
    return s.families().stream().filter(f -> f.members().contains(id)).findFirst();
  }

  static String stories(ArticleIndex.StoryPage page) {
    return json(g -> {
      g.writeStartObject();
      g.writeNumberField("page", page.page());
      g.writeNumberField("page_size", page.pageSize());
      g.writeNumberField("total", page.total());
      g.writeArrayFieldStart("stories");
      for (StoryView s : page.stories()) {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("headline", s.headline());
        g.writeNumberField("size", s.members().size());
        g.writeNumberField("families", s.families().size());
        instant(g, "first", s.first());
        instant(g, "updated", s.updated());
        g.writeArrayFieldStart("members");
        for (MemberInfo m : s.members().subList(0, Math.min(5, s.members().size()))) {
          member(g, m, null);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  static String story(StoryView s) {
    return json(g -> {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("headline", s.headline());
      g.writeNumberField("size", s.members().size());
      instant(g, "first", s.first());
      instant(g, "updated", s.updated());
      g.writeArrayFieldStart("members");
      for (MemberInfo m : s.members()) {
        member(g, m, familyOf(s, m.id()).orElse(null));
      }
      g.writeEndArray();
      g.writeArrayFieldStart("origins");
      for (Family f : s.families()) {
        g.writeString(f.origin());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("families");
      for (Family f : s.families()) {
        // the same fields as stories.jsonl (docs/output.md)
        g.writeRawValue(JsonOutput.family(f));
      }
      g.writeEndArray();
      g.writeArrayFieldStart("relations");
      for (Relation r : s.relations()) {
        g.writeStartObject();
        g.writeStringField("a", r.a());
        g.writeStringField("b", r.b());
        g.writeStringField("relation", r.kind().code());
        g.writeNumberField("story_score", Math.round(r.scores().story() * 1000) / 1000.0);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static void member(JsonGenerator g, MemberInfo m, @Nullable Family family) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", m.id());
    g.writeStringField("headline", m.headline());
    g.writeStringField("source", m.source());
    g.writeStringField("url", m.url());
    instant(g, "published", m.published());
    instant(g, "received", m.received());
    instant(g, "time", m.time());
    if (family != null) {
      g.writeStringField("family", family.id());
      g.writeBooleanField("is_origin", family.origin().equals(m.id()));
    }
    g.writeEndObject();
  }

  /** A pair as the side-by-side view needs it: the relation, both texts, spans in request order. */
  static String compare(StoredArticle left, StoredArticle right, Relation r) {
    boolean swap = !r.a().equals(left.id());
    return json(g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("a");
      articleFields(g, left);
      g.writeEndObject();
      g.writeObjectFieldStart("b");
      articleFields(g, right);
      g.writeEndObject();
      g.writeStringField("relation", r.kind().code());
      Scores s = r.scores();
      g.writeObjectFieldStart("scores");
      g.writeNumberField("jaccard", s.jaccard());
      g.writeNumberField("containment", s.containment());
      g.writeNumberField("anchors", s.anchors());
      g.writeNumberField("content", s.content());
      g.writeNumberField("coverage_a", swap ? s.coverageB() : s.coverageA());
      g.writeNumberField("coverage_b", swap ? s.coverageA() : s.coverageB());
      g.writeNumberField("aligned", s.aligned());
      g.writeEndObject();
      g.writeStringField("source", r.source());
      g.writeStringField("source_basis", r.sourceBasis());
      g.writeArrayFieldStart("pairs");
      for (Evidence e : r.evidence()) {
        g.writeStartObject();
        g.writeNumberField("a_sentence", swap ? e.bSentence() : e.aSentence());
        g.writeNumberField("b_sentence", swap ? e.aSentence() : e.bSentence());
        g.writeNumberField("a_start", swap ? e.bStart() : e.aStart());
        g.writeNumberField("a_end", swap ? e.bEnd() : e.aEnd());
        g.writeNumberField("b_start", swap ? e.aStart() : e.bStart());
        g.writeNumberField("b_end", swap ? e.aEnd() : e.bEnd());
        g.writeNumberField("similarity", e.similarity());
        g.writeStringField("match", e.match());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  static String health(Map<String, Integer> counts, boolean tokenRequired, long maxBodyBytes, String version) {
    return json(g -> {
      g.writeStartObject();
      g.writeStringField("status", "ok");
      g.writeStringField("version", version);
      g.writeNumberField("articles", counts.getOrDefault("article", 0));
      g.writeNumberField("stories", counts.getOrDefault("stories", 0));
      g.writeNumberField("relations", counts.getOrDefault("relation", 0));
      g.writeBooleanField("writes_need_token", tokenRequired);
      g.writeNumberField("max_body_bytes", maxBodyBytes);
      g.writeEndObject();
    });
  }

  private static void instant(JsonGenerator g, String field, @Nullable Instant t) throws IOException {
    g.writeStringField(field, t == null ? null : t.toString());
  }
}
