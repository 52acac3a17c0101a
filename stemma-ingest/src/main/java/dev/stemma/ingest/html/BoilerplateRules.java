package dev.stemma.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Our rules, applied to a page before Readability looks for the article: they remove what
 * Readability keeps on news pages, each for a reason given below.
 *
 * <p>Readability (Mozilla's reader view, through Readability4J) scores blocks by their text and
 * drops those whose class or id looks "unlikely" ({@code comment}, {@code sidebar}, {@code footer},
 * {@code related}, ...). What it misses on news sites are blocks of real sentences that sit inside
 * the article element: advertising slots whose class is {@code ad-slot} or {@code advert}
 * (Readability's pattern wants {@code -ad-} inside the name), newsletter and subscription boxes,
 * cookie banners, and picture captions. Those are removed here by their class or id, split into
 * words at {@code -} and {@code _} so that {@code ad-slot} matches "ad" while {@code header} and
 * {@code shadow} do not.
 */
final class BoilerplateRules {

  /**
   * Class and id words that mark boilerplate, with the reason for each group:
   *
   * <ul>
   *   <li>ad, ads, advert..., sponsor..., promo..., dfp, outbrain, taboola: advertising and paid
   *       recommendations; their labels ("Advertisement") would land between paragraphs;
   *   <li>share, sharing, social: share buttons ("Share on Facebook");
   *   <li>newsletter, signup, subscribe, subscription, paywall, regwall: sign-up and paywall boxes,
   *       full sentences that Readability scores as content;
   *   <li>cookie, cookies, consent, gdpr, cmp: consent banners, also full sentences;
   *   <li>caption, credit, credits, legend (and "legende", "leyenda", "didascalia",
   *       "bildunterschrift", "bildtext" as European sites name them): picture captions and photo
   *       credits. They describe the picture, not the story, and a copy of the story on another
   *       site carries its own pictures, so a caption would make a copy look less like its source;
   *   <li>comments and reactions in the words sites use for them ("kommentare", "commentaires",
   *       "comentarios", "commenti", "reacties", "reactions"): Readability's pattern knows only
   *       "comment", and a comment thread is many paragraphs of sentences.
   * </ul>
   */
  private static final Pattern BOILERPLATE_WORD =
      Pattern.compile(
          "ad|ads|adslot|adunit|advert\\w*|sponsor\\w*|promo\\w*|dfp|outbrain|taboola"
              + "|share|sharing|sharebar|social"
              + "|newsletter\\w*|signup|subscribe|subscription|paywall|regwall"
              + "|cookie|cookies|consent|gdpr|cmp"
              + "|caption|credit|credits|legend|legende|leyenda|didascalia|bildunterschrift|bildtext"
              + "|comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|reactions?|disqus");

  /**
   * Words that mark the article's own container; an element that has one of them is kept whatever
   * else its class says ({@code story-body has-comments}, {@code article-content promo-free}), the
   * same guard Readability uses for its own "unlikely" pattern.
   */
  private static final Pattern CONTENT_WORD =
      Pattern.compile("article|body|content|main|story");

  /**
   * Elements that are never article text: figures (see captions above), navigation, asides
   * (pull quotes repeat a sentence of the article, "more on this story" boxes), footers, dialogs
   * (cookie and paywall overlays), and embedded players.
   */
  private static final String NEVER_TEXT =
      "figure, figcaption, picture, video, audio, iframe, nav, aside, footer, dialog, noscript,"
          + " [role=navigation], [role=complementary], [role=contentinfo], [role=dialog],"
          + " [role=alertdialog], ins.adsbygoogle, [data-ad-unit], [data-ad-slot]";

  /** Inline styles that hide an element: what the reader never sees is not the article. */
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  private BoilerplateRules() {}

  static void removeFrom(Document doc) {
    Element body = doc.body();
    body.select(NEVER_TEXT).remove();
    body.select("[hidden], [style]").stream().filter(BoilerplateRules::isHidden).forEach(Element::remove);
    for (Element e : body.select("[class], [id]")) {
      if (isBoilerplate(e)) {
        e.remove();
      }
    }
  }

  private static boolean isHidden(Element e) {
    return e.hasAttr("hidden") || HIDDEN_STYLE.matcher(e.attr("style")).find();
  }

  private static boolean isBoilerplate(Element e) {
    String tag = e.normalName();
    if (tag.equals("html") || tag.equals("body") || tag.equals("main")) {
      return false;
    }
    boolean boilerplate = false;
    for (String name : (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).split("\\s+")) {
      for (String word : name.split("[-_]")) {
        if (CONTENT_WORD.matcher(word).matches()) {
          return false;
        }
        boilerplate |= BOILERPLATE_WORD.matcher(word).matches();
      }
    }
    return boilerplate;
  }
}
