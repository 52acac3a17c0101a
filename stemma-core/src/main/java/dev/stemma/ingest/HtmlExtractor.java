package dev.stemma.ingest;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns one HTML page into its article text and metadata. The plug-in point for HTML.
 *
 * <p>The core has no HTML parser; {@code stemma-ingest} provides one through {@link
 * java.util.ServiceLoader} ({@code META-INF/services/dev.stemma.ingest.HtmlExtractor}). The core's
 * JSON Lines reader uses it for lines that carry {@code html} instead of {@code text}.
 */
public interface HtmlExtractor {

  /**
   * The article in the page, or empty when the page holds no article text.
   *
   * @param html the decoded page
   * @param baseUri the page's address, to resolve relative links (canonical URL), when known
   */
  Optional<ExtractedPage> extract(String html, @Nullable String baseUri);

  /**
   * An article found in a page.
   *
   * @param text the article text: headline excluded, paragraphs separated by blank lines
   * @param title the headline
   * @param meta address, site, author, dates and language found in the page
   */
  record ExtractedPage(String text, @Nullable String title, ArticleMeta meta) {}
}
