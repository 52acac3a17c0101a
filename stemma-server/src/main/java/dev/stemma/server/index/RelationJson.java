package dev.stemma.server.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stemma.relate.Evidence;
import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import dev.stemma.relate.Scores;
import dev.stemma.report.JsonOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A relation as the JSON of {@code relations.jsonl} (docs/output.md) and back: the form the index
 * stores relations in, so that the stored bytes are the documented format, not one of our own.
 */
final class RelationJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RelationJson() {}

  static String write(Relation r) {
    return JsonOutput.relation(r);
  }

  static Relation read(String json) {
    JsonNode n;
    try {
      n = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored relation is not JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode s = n.get("scores");
    Scores scores = new Scores(
        s.get("jaccard").asDouble(), s.get("containment").asDouble(), s.get("anchors").asDouble(),
        s.get("content").asDouble(), s.get("coverage_a").asDouble(), s.get("coverage_b").asDouble(),
        s.get("aligned").asInt());
    List<Evidence> evidence = new ArrayList<>();
    for (JsonNode e : n.get("evidence")) {
      evidence.add(new Evidence(
          e.get("a_sentence").asInt(), e.get("b_sentence").asInt(), e.get("a_start").asInt(), e.get("a_end").asInt(),
          e.get("b_start").asInt(), e.get("b_end").asInt(), e.get("similarity").asDouble(), e.get("match").asText()));
    }
    return new Relation(
        n.get("a").asText(), n.get("b").asText(),
        RelationKind.valueOf(n.get("relation").asText().toUpperCase(Locale.ROOT)), scores,
        text(n, "source"), text(n, "source_basis"), evidence);
  }

  private static @org.jspecify.annotations.Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
