package dev.stemma.ingest.html;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in JSON-LD ({@code <script type="application/ld+json">}),
 * the metadata news sites write for search engines and so keep most accurate.
 *
 * <p>A page may hold several scripts, each an object, an array, or a {@code @graph}; the first node
 * whose {@code @type} is an article type is taken. Hand-written JSON-LD is often invalid (trailing
 * commas, raw line breaks in strings), so it is parsed leniently, and a script that cannot be parsed
 * at all is ignored: metadata is a bonus, never a reason to lose the page.
 */
final class JsonLd {

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "Article",
          "NewsArticle",
          "AnalysisNewsArticle",
          "AskPublicNewsArticle",
          "BackgroundNewsArticle",
          "OpinionNewsArticle",
          "ReportageNews",
          "ReviewNewsArticle",
          "BlogPosting",
          "LiveBlogPosting",
          "Report",
          "SatiricalArticle",
          "TechArticle");

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build();

  private JsonLd() {}

  /** The first article node in the page's JSON-LD. */
  static Optional<JsonNode> article(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = MAPPER.readTree(script.data());
      } catch (JacksonException unreadable) {
        continue;
      }
      if (root == null) {
        continue;
      }
      for (JsonNode node : nodes(root)) {
        if (isArticle(node)) {
          return Optional.of(node);
        }
      }
    }
    return Optional.empty();
  }

  /** A property's text: a string, or the {@code name} (or {@code @id}) of an object. */
  static Optional<String> text(JsonNode node, String field) {
    return texts(node, field).stream().findFirst();
  }

  /** Every text of a property that may hold one value or an array (authors). */
  static List<String> texts(JsonNode node, String field) {
    JsonNode value = node.get(field);
    List<String> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (value.isArray()) {
      value.forEach(v -> addText(v, out));
    } else {
      addText(value, out);
    }
    return out;
  }

  private static void addText(JsonNode value, List<String> out) {
    if (value.isTextual() && !value.asText().isBlank()) {
      out.add(value.asText().strip());
    } else if (value.isObject()) {
      for (String key : List.of("name", "@id", "url")) {
        JsonNode v = value.get(key);
        if (v != null && v.isTextual() && !v.asText().isBlank()) {
          out.add(v.asText().strip());
          return;
        }
      }
    }
  }

  private static List<JsonNode> nodes(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isArray()) {
      node.forEach(child -> collect(child, out));
    } else if (node.isObject()) {
      out.add(node);
      JsonNode graph = node.get("@graph");
      if (graph != null) {
        collect(graph, out);
      }
    }
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText());
  }
}
