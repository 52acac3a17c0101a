package dev.stemma.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON Lines: one article a line, {@code id} and {@code text} required; {@code title},
 * {@code url}, {@code source}, {@code author}, {@code published} (ISO-8601 date or date-time) and
 * {@code lang} optional. A line may carry {@code html} instead of {@code text}, when an {@link
 * HtmlExtractor} is installed (the {@code stemma-ingest} module).
 *
 * <p>Each line is read and judged on its own: a malformed line, a line in another encoding or one
 * longer than an article may be is rejected with its line number, and the rest of the file is read.
 */
public final class JsonLinesReader implements ArticleReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PROGRESS_EVERY_BYTES = 8 << 20;

  private final long maxBytes;

  public JsonLinesReader() {
    this(Inputs.DEFAULT_MAX_ARTICLE_BYTES);
  }

  public JsonLinesReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public String name() {
    return "jsonl";
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return true;
    }
    int i = TextDecoding.hasBom(head) ? 3 : 0;
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    return i < head.length && head[i] == '{';
  }

  @Override
  public void read(Path file, ArticleSink sink) throws IOException {
    long total = Files.size(file);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      LineReader lines = new LineReader(in, maxBytes);
      long lineNo = 0;
      long nextProgress = PROGRESS_EVERY_BYTES;
      boolean anyLine = false;
      for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
        lineNo++;
        InputRef input = new InputRef(file.toString(), lineNo);
        anyLine |= readLine(line, input, sink);
        if (lines.consumed() >= nextProgress) {
          sink.progress(InputRef.of(file.toString()), lines.consumed(), total);
          nextProgress += PROGRESS_EVERY_BYTES;
        }
      }
      if (!anyLine) {
        // blank lines are skipped without a word, so a file of nothing else must be reported here
        sink.reject(
            new Rejection(
                InputRef.of(file.toString()),
                null,
                "is empty",
                "Remove it, or write one JSON object per line, for example {\"id\": \"a1\", \"text\": \"...\"}."));
      }
    }
  }

  /** Reads one line; false when it was blank. */
  private boolean readLine(LineReader.Line line, InputRef input, ArticleSink sink) throws IOException {
    if (line.tooLong()) {
      sink.reject(
          new Rejection(
              input,
              null,
              "line is longer than the " + maxBytes + " bytes an article may have",
              "Split the article, or raise the limit with --max-article-bytes."));
      return true;
    }
    byte[] bytes = line.bytes();
    Optional<String> problem = TextDecoding.problem(bytes);
    if (problem.isPresent()) {
      sink.reject(
          new Rejection(
              input, null, "line " + problem.get(), "Convert the file to UTF-8 (for example with iconv)."));
      return true;
    }
    String text = TextDecoding.decode(bytes);
    if (text.isBlank()) {
      return false; // blank lines separate nothing in JSON Lines; they are allowed and not articles
    }
    JsonNode node;
    try (JsonParser parser = JSON.createParser(text)) {
      node = JSON.readTree(parser);
      if (parser.nextToken() != null) {
        // a lost line break joins two articles: reading only the first would lose the second
        sink.reject(
            new Rejection(
                input, null, "line holds more than one JSON value", "Put each article on a line of its own."));
        return true;
      }
    } catch (JsonProcessingException e) {
      sink.reject(
          new Rejection(
              input,
              null,
              "malformed JSON (" + e.getOriginalMessage() + ")",
              "Write one JSON object per line, for example {\"id\": \"a1\", \"text\": \"...\"}."));
      return true;
    }
    if (node == null || !node.isObject()) {
      sink.reject(
          new Rejection(
              input,
              null,
              "line is JSON but not an object",
              "Write one JSON object per line, for example {\"id\": \"a1\", \"text\": \"...\"}."));
      return true;
    }
    JsonNode idNode = node.get("id");
    if (idNode == null || idNode.isNull() || (idNode.isTextual() && idNode.asText().isBlank())) {
      sink.reject(
          new Rejection(input, null, "missing 'id'", "Give every line a unique string \"id\"."));
      return true;
    }
    if (!idNode.isTextual() && !idNode.isIntegralNumber()) {
      sink.reject(
          new Rejection(
              input,
              null,
              "'id' must be a string, got " + kind(idNode),
              "Give every line a unique string \"id\"."));
      return true;
    }
    String id = idNode.asText();
    ArticleMeta meta =
        new ArticleMeta(
            optionalText(node, "url", input, sink),
            optionalText(node, "source", input, sink),
            optionalText(node, "author", input, sink),
            published(node, input, sink),
            null,
            optionalText(node, "lang", input, sink));
    @Nullable String title = optionalText(node, "title", input, sink);
    JsonNode textNode = node.get("text");
    if (textNode != null && !textNode.isNull()) {
      if (!textNode.isTextual()) {
        sink.reject(
            new Rejection(
                input, id, "'text' must be a string, got " + kind(textNode), "Put the article text in \"text\" as a string."));
        return true;
      }
      if (textNode.asText().isBlank()) {
        sink.reject(new Rejection(input, id, "'text' is empty", "Give the article text, or remove the line."));
        return true;
      }
      sink.accept(new Article(id, textNode.asText(), title, meta, input));
      return true;
    }
    JsonNode html = node.get("html");
    if (html != null && html.isTextual()) {
      readHtml(id, html.asText(), title, meta, input, sink);
      return true;
    }
    sink.reject(
        new Rejection(
            input, id, "missing 'text'", "Give the article text in \"text\" (or the page in \"html\")."));
    return true;
  }

  private static void readHtml(
      String id, String html, @Nullable String title, ArticleMeta given, InputRef input, ArticleSink sink) {
    Optional<HtmlExtractor> extractor = HtmlExtractors.installed();
    if (extractor.isEmpty()) {
      sink.reject(
          new Rejection(
              input,
              id,
              "has 'html' but no HTML extractor is installed",
              "Run the stemma command (it includes the stemma-ingest module), or give \"text\"."));
      return;
    }
    HtmlExtractor.Extraction extraction = extractor.get().read(html, given.url());
    if (!(extraction instanceof HtmlExtractor.ExtractedPage page) || page.text().isBlank()) {
      String why =
          extraction instanceof HtmlExtractor.NoArticle none ? none.reason() : "the article text found is empty";
      sink.reject(
          new Rejection(
              input,
              id,
              "'html' holds no article (" + why + ")",
              "Check that the page is a news article, or give its text in \"text\"."));
      return;
    }
    ArticleMeta found = page.meta();
    ArticleMeta meta =
        new ArticleMeta(
            firstNonNull(given.url(), found.url()),
            firstNonNull(given.source(), found.source()),
            firstNonNull(given.author(), found.author()),
            firstNonNull(given.published(), found.published()),
            firstNonNull(given.captured(), found.captured()),
            firstNonNull(given.lang(), found.lang()));
    sink.accept(new Article(id, page.text(), firstNonNull(title, page.title()), meta, input));
  }

  private static @Nullable String optionalText(
      JsonNode node, String field, InputRef input, ArticleSink sink) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      sink.warn(input, "'" + field + "' must be a string, got " + kind(value) + "; ignored");
      return null;
    }
    return value.asText().isBlank() ? null : value.asText();
  }

  private static @Nullable Instant published(JsonNode node, InputRef input, ArticleSink sink) {
    String value = optionalText(node, "published", input, sink);
    if (value == null) {
      return null;
    }
    Optional<Instant> instant = PublicationDates.parse(value);
    if (instant.isEmpty()) {
      sink.warn(
          input,
          "'published' is not an ISO-8601 date or date-time: \""
              + value
              + "\"; ignored (write 2022-09-07 or 2022-09-07T14:30:00Z)");
    }
    return instant.orElse(null);
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static <T> @Nullable T firstNonNull(@Nullable T a, @Nullable T b) {
    return a != null ? a : b;
  }

  /** The HTML extractor found on the class path, looked up once. */
  private static final class HtmlExtractors {
    private static final Optional<HtmlExtractor> INSTALLED =
        ServiceLoader.load(HtmlExtractor.class).findFirst();

    static Optional<HtmlExtractor> installed() {
      return INSTALLED;
    }
  }

  /** Splits a byte stream on '\n' without decoding, so that each line is checked on its own. */
  static final class LineReader {
    record Line(byte[] bytes, boolean tooLong) {}

    private final InputStream in;
    private final long maxBytes;
    private long consumed;

    LineReader(InputStream in, long maxBytes) {
      this.in = in;
      this.maxBytes = maxBytes;
    }

    long consumed() {
      return consumed;
    }

    @Nullable Line next() throws IOException {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
      boolean tooLong = false;
      int b;
      boolean any = false;
      while ((b = in.read()) != -1) {
        consumed++;
        any = true;
        if (b == '\n') {
          break;
        }
        if (!tooLong) {
          if (buffer.size() > maxBytes) { // one byte over, for the '\r' of a CRLF line end
            tooLong = true;
            buffer = new ByteArrayOutputStream(0);
          } else {
            buffer.write(b);
          }
        }
      }
      if (!any) {
        return null;
      }
      byte[] bytes = buffer.toByteArray();
      int n = bytes.length;
      if (n > 0 && bytes[n - 1] == '\r') {
        bytes = java.util.Arrays.copyOf(bytes, n - 1);
      }
      if (bytes.length > maxBytes) {
        return new Line(new byte[0], true);
      }
      return new Line(bytes, tooLong);
    }
  }
}
