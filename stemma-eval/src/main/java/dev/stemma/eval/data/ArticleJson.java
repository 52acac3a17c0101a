package dev.stemma.eval.data;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stemma.ingest.Article;
import dev.stemma.ingest.ArticleMeta;
import dev.stemma.ingest.InputRef;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns one JSON Lines record into an {@link Article} with Stemma's input fields: {@code id} and
 * {@code text} required; {@code title}, {@code url}, {@code source}, {@code published} (ISO-8601
 * date or date-time; a date is its start in UTC, a date-time without offset is UTC) and {@code
 * lang} optional. Other fields are left to the caller.
 */
final class ArticleJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleJson() {}

  /** Parses one line as a JSON object, or throws naming the line and {@code expected}. */
  static JsonNode object(Path file, long line, String text, String expected) {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JacksonException e) {
      throw new DatasetFormatException(
          file,
          line,
          "expected " + expected + ", got malformed JSON: " + DatasetFormatException.quote(text),
          e);
    }
    if (node == null || !node.isObject()) {
      throw DatasetFormatException.expected(file, line, expected, text);
    }
    return node;
  }

  static Article article(Path file, long line, JsonNode node) {
    String id = requiredString(file, line, node, "id");
    String text = requiredString(file, line, node, "text");
    if (id.isBlank()) {
      throw new DatasetFormatException(
          file, line, "expected a non-blank \"id\", got \"" + id + "\"");
    }
    ArticleMeta meta =
        new ArticleMeta(
            optionalString(file, line, node, "url"),
            optionalString(file, line, node, "source"),
            optionalString(file, line, node, "author"),
            published(file, line, optionalString(file, line, node, "published")),
            null,
            optionalString(file, line, node, "lang"));
    return new Article(
        id,
        text,
        optionalString(file, line, node, "title"),
        meta,
        new InputRef(file.toString(), line));
  }

  static String requiredString(Path file, long line, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new DatasetFormatException(file, line, "expected a string \"" + field + "\", got none");
    }
    if (!value.isTextual()) {
      throw new DatasetFormatException(
          file,
          line,
          "expected a string \""
              + field
              + "\", got "
              + value.getNodeType().name().toLowerCase(Locale.ROOT)
              + " "
              + value);
    }
    return value.asText();
  }

  static @Nullable String optionalString(Path file, long line, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new DatasetFormatException(
          file, line, "expected \"" + field + "\" to be a string or null, got " + value);
    }
    return value.asText();
  }

  static @Nullable Instant published(Path file, long line, @Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException e) {
      throw DatasetFormatException.expected(
          file,
          line,
          "\"published\" as an ISO-8601 date or date-time (2022-09-15, 2022-09-15T08:30:00Z)",
          text);
    }
  }
}
