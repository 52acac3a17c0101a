package dev.stemma.ingest.html;

import static java.util.Objects.requireNonNull;

import dev.stemma.ingest.Article;
import dev.stemma.ingest.ArticleMeta;
import dev.stemma.ingest.HtmlExtractor;
import dev.stemma.ingest.HtmlExtractor.ExtractedPage;
import dev.stemma.ingest.Rejection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the bytes of one HTML page into an article, or into a rejection that says why not: decodes
 * them ({@link PageDecoder}), extracts the article ({@link ReadabilityHtmlExtractor}) and merges
 * what the page says with what its reader knows (a WARC record's address and capture date).
 *
 * <p>Shared by every reader of pages, so that an {@code .html} file and the same page in a WARC
 * archive give the same article. Thread-safe.
 */
public final class HtmlPageReader {

  /** Pages larger than this are not read: no news page is, and parsing one costs seconds. */
  public static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;

  private static final Pattern HTML_START =
      Pattern.compile("^(?:\\s|<!--.*?-->)*<(?:!doctype\\s+html|html[\\s>]|head[\\s>])",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  static final String NO_ARTICLE_FIX =
      "If the page does hold an article, give its text as a .txt file or as a JSON Lines line with a \"text\" field";

  private final ReadabilityHtmlExtractor extractor;

  public HtmlPageReader() {
    this(new ReadabilityHtmlExtractor());
  }

  public HtmlPageReader(ReadabilityHtmlExtractor extractor) {
    this.extractor = requireNonNull(extractor, "extractor");
  }

  /** What became of one page. */
  public sealed interface Outcome {}

  /**
   * The page gave an article.
   *
   * @param warnings what had to be guessed to read it (the charset), for {@code ArticleSink.warn}
   */
  public record Read(Article article, List<String> warnings) implements Outcome {
    public Read {
      requireNonNull(article, "article");
      warnings = List.copyOf(warnings);
    }
  }

  /** The page gave no article. */
  public record Rejected(Rejection rejection) implements Outcome {
    public Rejected {
      requireNonNull(rejection, "rejection");
    }
  }

  /**
   * Reads one page.
   *
   * @param page the page's bytes as stored; over {@link #MAX_PAGE_BYTES} it is rejected, so a reader
   *     need read no more than one byte past that
   * @param source where it came from
   */
  public Outcome read(byte[] page, PageSource source) {
    requireNonNull(page, "page");
    requireNonNull(source, "source");
    if (page.length > MAX_PAGE_BYTES) {
      return new Rejected(
          new Rejection(
              source.input(),
              source.id(),
              "the page is larger than " + MAX_PAGE_BYTES / (1024 * 1024) + " MiB, the most a page may have",
              "No news page is this large; if this one is, give its text as a .txt file"));
    }
    PageDecoder.DecodedPage decoded = PageDecoder.decode(page, source.httpCharset());
    List<String> warnings = decoded.warning() == null ? List.of() : List.of(decoded.warning());
    return switch (extractor.read(decoded.html(), source.address())) {
      case HtmlExtractor.NoArticle none ->
          new Rejected(new Rejection(source.input(), source.id(), none.reason(), NO_ARTICLE_FIX));
      case ExtractedPage found -> new Read(article(found, source), warnings);
    };
  }

  /**
   * Whether bytes start an HTML document: after a byte order mark, white space and comments, a
   * {@code <!DOCTYPE html>}, {@code <html>} or {@code <head>} tag. For inputs whose name or
   * Content-Type does not say.
   *
   * @param head the first bytes (1 KiB is plenty)
   */
  public static boolean looksLikeHtml(byte[] head) {
    int start =
        head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf ? 3 : 0;
    String text = new String(head, start, Math.min(head.length - start, 8192), StandardCharsets.ISO_8859_1);
    return HTML_START.matcher(text).find();
  }

  private static Article article(ExtractedPage page, PageSource source) {
    ArticleMeta m = page.meta();
    ArticleMeta meta =
        new ArticleMeta(
            m.url() != null ? m.url() : source.address(),
            m.source(),
            m.author(),
            m.published(),
            source.captured(),
            m.lang());
    return new Article(source.id(), page.text(), page.title(), meta, source.input());
  }
}
