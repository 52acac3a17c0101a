package dev.stemma.ingest.html;

import static java.util.Objects.requireNonNull;

import dev.stemma.ingest.ArticleReader;
import dev.stemma.ingest.ArticleSink;
import dev.stemma.ingest.InputRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reads an HTML page saved as a file ({@code .html}, {@code .htm}, or a page under another name)
 * as one article, whose id is the file name without its extension, as for a text file.
 *
 * <p>Recognised by name, or by content: a file that starts (after a byte order mark, white space
 * and comments) with {@code <!DOCTYPE html} or {@code <html}.
 */
public final class HtmlFileReader implements ArticleReader {

  /** Above the text reader (0), which would read a page as text, markup and all; below WARC. */
  static final int PRIORITY = 10;

  private static final Pattern HTML_NAME = Pattern.compile("(?i).+\\.(?:html?|xhtml)");
  private static final Pattern HTML_START =
      Pattern.compile("^(?:\\s|<!--.*?-->)*<(?:!doctype\\s+html|html[\\s>])", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final HtmlPageReader pages;

  /** The reader ServiceLoader creates. */
  public HtmlFileReader() {
    this(new HtmlPageReader());
  }

  public HtmlFileReader(HtmlPageReader pages) {
    this.pages = requireNonNull(pages, "pages");
  }

  @Override
  public String name() {
    return "html";
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    return HTML_NAME.matcher(file.getFileName().toString()).matches() || looksLikeHtml(head);
  }

  /** Whether the first bytes of a file are the start of an HTML document. */
  static boolean looksLikeHtml(byte[] head) {
    int start = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf ? 3 : 0;
    String text = new String(head, start, head.length - start, StandardCharsets.ISO_8859_1);
    return HTML_START.matcher(text).find();
  }

  @Override
  public void read(Path file, ArticleSink sink) throws IOException {
    InputRef input = InputRef.of(file.toString());
    String id = stem(file.getFileName().toString());
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(HtmlPageReader.MAX_PAGE_BYTES + 1);
    }
    switch (pages.read(bytes, PageSource.file(id, input))) {
      case HtmlPageReader.Read read -> {
        read.warnings().forEach(w -> sink.warn(input, w));
        sink.accept(read.article());
      }
      case HtmlPageReader.Rejected rejected -> sink.reject(rejected.rejection());
    }
    sink.progress(input, Files.size(file), Files.size(file));
  }

  /** The file name without its last extension ("a.b.html" gives "a.b"). */
  static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
