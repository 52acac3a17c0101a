package dev.stemma.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns one HTML page into its article text and metadata. The plug-in point for HTML.
 *
 * <p>The core has no HTML parser; {@code stemma-ingest} provides one through {@link
 * java.util.ServiceLoader} ({@code META-INF/services/dev.stemma.ingest.HtmlExtractor}). The core's
 * JSON Lines reader uses it for lines that carry {@code html} instead of {@code text}, and rejects
 * a line whose page holds no article with the reason {@link #read} gives.
 */
public interface HtmlExtractor {

  /**
   * The article in the page, or why the page holds none.
   *
   * @param html the decoded page
   * @param baseUri the page's address, to resolve relative links (canonical URL), when known
   */
  Extraction read(String html, @Nullable String baseUri);

  /** The article in the page, or empty when the page holds no article text. */
  default Optional<ExtractedPage> extract(String html, @Nullable String baseUri) {
    return read(html, baseUri) instanceof ExtractedPage page ? Optional.of(page) : Optional.empty();
  }

  /** What became of one page: its article, or the reason it has none. */
  sealed interface Extraction permits ExtractedPage, NoArticle {}

  /**
   * An article found in a page.
   *
   * @param text the article text: headline excluded, paragraphs separated by blank lines
   * @param title the headline
   * @param meta address, site, author, dates and language found in the page
   */
  record ExtractedPage(String text, @Nullable String title, ArticleMeta meta) implements Extraction {}

  /**
   * A page without an article.
   *
   * @param reason what was found instead ("the main block of the page is a list of links ..."),
   *     for the input's rejection
   */
  record NoArticle(String reason) implements Extraction {
    public NoArticle {
      requireNonNull(reason, "reason");
    }
  }
}
