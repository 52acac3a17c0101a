package dev.stemma.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stemma.ingest.Article;
import dev.stemma.ingest.ArticleMeta;
import dev.stemma.ingest.HtmlExtractor;
import dev.stemma.ingest.InputRef;
import dev.stemma.ingest.PublicationDates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the body of {@code POST /api/articles}: one article object, or an array of them, with the
 * fields of the core's JSON Lines input ({@code id}, {@code text} or {@code html}, and optionally
 * {@code title}, {@code url}, {@code source}, {@code author}, {@code published}, {@code lang}).
 *
 * <p>Stricter than the file reader, which skips a bad line and goes on: an API client can fix its
 * request, so any problem rejects the whole request with a 400 that names the item and the field,
 * and nothing of it is stored.
 */
final class ArticleParser {

  static final int MAX_ID_LENGTH = 200;
  private static final Set<String> FIELDS =
      Set.of("id", "text", "html", "title", "url", "source", "author", "published", "lang");
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
      .build());
  private static final String EXAMPLE = "{\"id\": \"a1\", \"text\": \"...\"}";

  private final Optional<HtmlExtractor> html;

  ArticleParser() {
    this(ServiceLoader.load(HtmlExtractor.class).findFirst());
  }

  ArticleParser(Optional<HtmlExtractor> html) {
    this.html = html;
  }

  List<Article> parse(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("malformed JSON: " + e.getOriginalMessage()
          + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
          + "). Send one article as " + EXAMPLE + " or an array of them.");
    }
    if (root == null || root.isMissingNode()) {
      throw ApiError.badRequest("the body is empty. Send one article as " + EXAMPLE + " or an array of them.");
    }
    List<JsonNode> items = new ArrayList<>();
    boolean batch = root.isArray();
    if (batch) {
      root.forEach(items::add);
      if (items.isEmpty()) {
        throw ApiError.badRequest("the array of articles is empty. Send at least one article, " + EXAMPLE + ".");
      }
    } else if (root.isObject()) {
      items.add(root);
    } else {
      throw ApiError.badRequest("the body must be a JSON object or an array of objects, got "
          + kind(root) + ". Send one article as " + EXAMPLE + ".");
    }
    List<Article> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String where = batch ? "article " + i + " of the batch" : "the article";
      Article a = article(items.get(i), where, batch ? i : -1);
      Integer before = seen.put(a.id(), i);
      if (before != null) {
        throw ApiError.badRequest("id '" + a.id() + "' appears twice in the batch (articles " + before + " and " + i
            + "). Give each article its own id; to replace a stored article, post it again with the same id.");
      }
      out.add(a);
    }
    return out;
  }

  private Article article(JsonNode node, String where, int index) {
    if (!node.isObject()) {
      throw ApiError.badRequest(where + " must be a JSON object, got " + kind(node) + ". Send " + EXAMPLE + ".");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw ApiError.badRequest(where + " has an unknown field '" + name + "'. Known fields: id, text, html, title, "
            + "url, source, author, published, lang.");
      }
    }
    JsonNode idNode = node.get("id");
    if (idNode == null || idNode.isNull()) {
      throw ApiError.badRequest(where + " is missing 'id'. Give every article a unique string id, as in " + EXAMPLE + ".");
    }
    if (!idNode.isTextual()) {
      throw ApiError.badRequest(where + ": 'id' must be a string, got " + kind(idNode) + ". Write it in quotes.");
    }
    String id = idNode.asText();
    if (id.isBlank()) {
      throw ApiError.badRequest(where + ": 'id' is empty. Give every article a unique string id.");
    }
    if (id.length() > MAX_ID_LENGTH || id.contains("/") || id.chars().anyMatch(Character::isISOControl)) {
      throw ApiError.badRequest(where + ": 'id' must be at most " + MAX_ID_LENGTH
          + " characters with no '/' and no control characters, got " + id.length() + " characters.");
    }
    String title = optional(node, "title", where);
    String url = optional(node, "url", where);
    String source = optional(node, "source", where);
    String author = optional(node, "author", where);
    String lang = optional(node, "lang", where);
    String publishedText = optional(node, "published", where);
    Instant published = null;
    if (publishedText != null) {
      published = PublicationDates.parse(publishedText).orElseThrow(() -> ApiError.badRequest(
          where + ": 'published' is not an ISO-8601 date or date-time: \"" + publishedText
              + "\". Write 2022-09-07 or 2022-09-07T14:30:00Z."));
    }
    ArticleMeta meta = new ArticleMeta(url, source, author, published, null, lang);
    InputRef input = new InputRef("POST /api/articles", index < 0 ? 0 : index + 1);
    JsonNode text = node.get("text");
    JsonNode page = node.get("html");
    boolean hasText = text != null && !text.isNull();
    boolean hasHtml = page != null && !page.isNull();
    if (hasText && hasHtml) {
      throw ApiError.badRequest(where + " has both 'text' and 'html'. Send one of them.");
    }
    if (hasText) {
      if (!text.isTextual()) {
        throw ApiError.badRequest(where + ": 'text' must be a string, got " + kind(text) + ".");
      }
      if (text.asText().isBlank()) {
        throw ApiError.badRequest(where + ": 'text' is empty. Give the article's text.");
      }
      return new Article(id, text.asText(), title, meta, input);
    }
    if (hasHtml) {
      if (!page.isTextual()) {
        throw ApiError.badRequest(where + ": 'html' must be a string, got " + kind(page) + ".");
      }
      if (page.asText().isBlank()) {
        throw ApiError.badRequest(where + ": 'html' is empty. Give the page's HTML.");
      }
      return fromHtml(id, page.asText(), title, meta, input, where);
    }
    throw ApiError.badRequest(where + " is missing 'text'. Give the article text in \"text\" (or the page in \"html\").");
  }

  private Article fromHtml(String id, String page, @Nullable String title, ArticleMeta given, InputRef input,
      String where) {
    HtmlExtractor extractor = html.orElseThrow(() -> new ApiError(500,
        "no HTML extractor is installed; the server must be run with the stemma-ingest module"));
    HtmlExtractor.ExtractedPage found = extractor.extract(page, given.url())
        .filter(p -> !p.text().isBlank())
        .orElseThrow(() -> ApiError.badRequest(
            where + ": 'html' holds no article text. Check that the page is a news article, or send \"text\"."));
    ArticleMeta m = found.meta();
    ArticleMeta meta = new ArticleMeta(
        first(given.url(), m.url()), first(given.source(), m.source()), first(given.author(), m.author()),
        first(given.published(), m.published()), first(given.captured(), m.captured()), first(given.lang(), m.lang()));
    return new Article(id, found.text(), first(title, found.title()), meta, input);
  }

  private static @Nullable String optional(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ApiError.badRequest(where + ": '" + field + "' must be a string, got " + kind(v) + ".");
    }
    return v.asText().isBlank() ? null : v.asText();
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static <T> @Nullable T first(@Nullable T a, @Nullable T b) {
    return a != null ? a : b;
  }
}
