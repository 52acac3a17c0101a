package dev.stemma.ingest.html;

import static java.util.Objects.requireNonNull;

import dev.stemma.ingest.HtmlExtractor;
import java.net.URI;
import java.net.URISyntaxException;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds the article in an HTML page: its text without the site around it, its headline and its
 * metadata. The {@link HtmlExtractor} that {@code stemma-ingest} registers.
 *
 * <p>The work is Mozilla's Readability, the algorithm of Firefox's reader view
 * (https://github.com/mozilla/readability), through its JVM port Readability4J
 * (https://github.com/dankito/Readability4J) on jsoup: it scores the page's blocks by their text,
 * commas and link density, takes the best-scoring container and its related siblings, and cleans
 * out what looks like navigation, comments and related lists. Around it, our own steps: metadata
 * is read first ({@link PageMetadata}), since Readability removes the scripts that hold JSON-LD;
 * {@link BoilerplateRules} remove what Readability keeps on news pages (ad slots, sign-up boxes,
 * cookie banners, captions); {@link BlockText} writes the result as paragraphs and drops "Read
 * also" links; and a page whose article text is too short, or mostly links, has no article.
 *
 * <p>Thread-safe: each call parses its own document.
 */
public final class ReadabilityHtmlExtractor implements HtmlExtractor {

  /**
   * The fewest characters (spaces included) an article text can have. Section fronts, error pages
   * and video pages leave a caption or a sentence; the shortest news briefs have a few hundred
   * characters, and copy detection on less than this is guesswork. A Chinese, Japanese or Korean
   * character counts {@value #CJK_WEIGHT}: it carries about as much as three Latin letters (a word
   * is one or two characters, not five and a space), and a 100-character Chinese brief is an
   * article.
   */
  public static final int MIN_TEXT_CHARS = 200;

  /** How many characters one Han, kana or Hangul character counts for in {@link #MIN_TEXT_CHARS}. */
  static final int CJK_WEIGHT = 3;

  /** Above this share of link text the main block is a list of links: an index page, not an article. */
  public static final double MAX_LINK_SHARE = 0.5;

  /** Readability resolves links against the page address and needs one that is a valid URI. */
  private static final String PLACEHOLDER_ADDRESS = "http://localhost/";

  public ReadabilityHtmlExtractor() {}

  /**
   * The article in the page, or why there is none.
   *
   * @param html the decoded page
   * @param baseUri the page's address, to resolve a relative canonical link; null when unknown
   */
  @Override
  public Extraction read(String html, @Nullable String baseUri) {
    requireNonNull(html, "html");
    String address = validAddress(baseUri);
    Document doc = Jsoup.parse(html, address == null ? "" : address);
    PageMetadata meta = PageMetadata.read(doc);
    BoilerplateRules.removeFrom(doc);

    Article article;
    try {
      article = new Readability4J(address == null ? PLACEHOLDER_ADDRESS : address, doc).parse();
    } catch (RuntimeException e) {
      return new NoArticle("the article extraction failed on this page (" + e + ")");
    }
    Element content = article.getArticleContent();
    if (content == null) {
      return new NoArticle("no block of text was found in the page");
    }
    String title = meta.title() != null ? meta.title() : PageMetadata.clean(article.getTitle());
    String byline = PageMetadata.clean(article.getByline());
    String author = meta.author() != null ? meta.author() : byline;
    BlockText.Rendered rendered =
        BlockText.render(content, title == null ? null : BlockText.comparable(title), author);
    if (rendered.chars() > 0 && rendered.linkChars() > MAX_LINK_SHARE * rendered.chars()) {
      return new NoArticle(
          "the main block of the page is a list of links ("
              + Math.round(100.0 * rendered.linkChars() / rendered.chars())
              + "% of its text is links): an index page, not an article");
    }
    int length = weightedLength(rendered.text());
    if (length < MIN_TEXT_CHARS) {
      return new NoArticle(
          "no article text: the main block of the page has "
              + length
              + " characters of text, fewer than the "
              + MIN_TEXT_CHARS
              + " of the shortest article");
    }
    return new ExtractedPage(rendered.text(), title, meta.toArticleMeta(byline));
  }

  /** The length of a text, a Chinese, Japanese or Korean character counting {@value #CJK_WEIGHT}. */
  static int weightedLength(String text) {
    return text.codePoints().map(c -> isCjk(c) ? CJK_WEIGHT : 1).sum();
  }

  private static boolean isCjk(int codePoint) {
    if (codePoint < 0x1100) {
      return false; // below Hangul Jamo, the first CJK block: Latin, Greek, Cyrillic, Arabic, Indic...
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  /** The address if it is an absolute, hierarchical URI with a host (all Readability can use). */
  private static @Nullable String validAddress(@Nullable String baseUri) {
    if (baseUri == null || baseUri.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(baseUri.strip());
      return uri.isAbsolute() && !uri.isOpaque() && uri.getHost() != null ? uri.toString() : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
