package dev.stemma.ingest.html;

import static java.util.Objects.requireNonNull;

import dev.stemma.ingest.ArticleReader;
import dev.stemma.ingest.ArticleSink;
import dev.stemma.ingest.InputRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reads an HTML page saved as a file ({@code .html}, {@code .htm}, or a page under another name)
 * as one article, whose id is the file name without its extension, as for a text file.
 *
 * <p>Recognised by name, or by content ({@link HtmlPageReader#looksLikeHtml}).
 */
public final class HtmlFileReader implements ArticleReader {

  /** Above the text reader (0), which would read a page as text, markup and all; below WARC. */
  static final int PRIORITY = 10;

  private static final Pattern HTML_NAME = Pattern.compile("(?i).+\\.(?:html?|xhtml)");

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
    return HTML_NAME.matcher(file.getFileName().toString()).matches() || HtmlPageReader.looksLikeHtml(head);
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
