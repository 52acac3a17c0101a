package dev.stemma.ingest.warc;

import static java.util.Objects.requireNonNull;

import dev.stemma.ingest.Article;
import dev.stemma.ingest.InputRef;
import dev.stemma.ingest.html.HtmlPageReader;
import dev.stemma.ingest.html.PageSource;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Decides what one WARC record is: an article (a {@code response} record holding an HTTP 200 HTML
 * page), something passed over on purpose (other record types, other statuses, other media), or
 * a page that cannot be an article.
 *
 * <p>A pass reason names a category, not the record ("request record", "HTTP status 404", "not
 * HTML (image/jpeg)"), so that passes can be counted by reason; the record itself is in the
 * {@link InputRef}. Problems of the archive's bytes (a truncated body, broken gzip) are thrown as
 * {@link IOException}s for the caller, which knows where reading can go on.
 */
final class RecordReader {

  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

  private final HtmlPageReader pages;

  RecordReader(HtmlPageReader pages) {
    this.pages = requireNonNull(pages, "pages");
  }

  /** What became of one record. */
  sealed interface Outcome {}

  record Accepted(Article article, List<String> warnings) implements Outcome {}

  record Passed(String reason) implements Outcome {}

  record Rejected(@Nullable String id, String reason, String fix) implements Outcome {}

  /**
   * Reads one record.
   *
   * @param ids gives the article its id
   * @throws IOException when the record's bytes end early or cannot be inflated
   */
  Outcome read(WarcRecord record, InputRef input, ArticleIds ids) throws IOException {
    String type = record.headers().sole("WARC-Type").orElse("untyped");
    if (!(record instanceof WarcResponse response)) {
      return new Passed(type + " record");
    }
    MediaType blockType = response.contentType();
    if (!blockType.base().equals(MediaType.HTTP)) {
      return new Passed("response record that is not HTTP (" + blockType.base() + ")");
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (ParsingException e) {
      return new Rejected(null, "the HTTP response in the record cannot be parsed (" + e.getMessage() + ")",
          "The record is damaged; crawl the page again if it matters");
    }
    int status = http.status();
    if (status != 200) {
      return new Passed("HTTP status " + status + (status >= 300 && status < 400 ? " (redirect)" : ""));
    }
    MediaType payloadType = http.contentType().base();
    boolean declaredHtml = HTML_TYPES.contains(payloadType.toString().toLowerCase(Locale.ROOT));
    boolean undeclared = payloadType.equals(MediaType.OCTET_STREAM);
    if (!declaredHtml && !undeclared) {
      return new Passed("not HTML (" + payloadType + ")");
    }

    String target = response.target();
    Instant captured = captured(record);
    long recordNumber = input.line();
    String truncated = record.headers().sole("WARC-Truncated").orElse(null);
    if (truncated != null) {
      return new Rejected(ids.idFor(target, captured, recordNumber),
          "the crawler truncated this record (WARC-Truncated: " + truncated + "), so the page is incomplete",
          "Crawl the page again without the size or time limit that cut it");
    }

    byte[] payload;
    try (InputStream body = http.bodyDecoded().stream()) {
      payload = body.readNBytes(HtmlPageReader.MAX_PAGE_BYTES + 1);
    } catch (BrokenGzipException | java.io.EOFException archiveProblem) {
      throw archiveProblem;
    } catch (IOException e) {
      return new Rejected(ids.idFor(target, captured, recordNumber),
          "the page cannot be decoded (" + e.getMessage() + ")",
          "The record's Content-Encoding is damaged or unsupported; crawl the page again if it matters");
    }
    if (undeclared && !HtmlPageReader.looksLikeHtml(payload)) {
      return new Passed("not HTML (" + (http.headers().first("Content-Type").isPresent() ? payloadType : "no Content-Type") + ")");
    }
    String charset = http.contentType().parameters().get("charset");
    PageSource source = new PageSource(ids.idFor(target, captured, recordNumber), input, target, charset, captured);
    return switch (pages.read(payload, source)) {
      case HtmlPageReader.Read read -> new Accepted(read.article(), read.warnings());
      case HtmlPageReader.Rejected rejected ->
          new Rejected(rejected.rejection().id(), rejected.rejection().reason(), rejected.rejection().fix());
    };
  }

  /** WARC-Date, or null when it is missing or not a date (it is metadata, not worth the page). */
  private static @Nullable Instant captured(WarcRecord record) {
    try {
      return record.headers().sole("WARC-Date").map(Instant::parse).orElse(null);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
