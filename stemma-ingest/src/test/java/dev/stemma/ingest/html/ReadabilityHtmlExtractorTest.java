package dev.stemma.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.ingest.ArticleMeta;
import dev.stemma.ingest.HtmlExtractor.ExtractedPage;
import dev.stemma.ingest.HtmlExtractor;
import dev.stemma.ingest.testing.Fixtures;
import java.time.Instant;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ReadabilityHtmlExtractorTest {

  private final ReadabilityHtmlExtractor extractor = new ReadabilityHtmlExtractor();

  /** A page around one article body, with the given head and the body's HTML. */
  private static String page(String head, String articleHtml) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head + "</head><body>"
        + "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav></header>"
        + "<main><article>" + articleHtml + "</article></main>"
        + "<footer><a href=\"/about\">About us</a> <a href=\"/privacy\">Privacy</a></footer></body></html>";
  }

  private static final String P1 =
      "<p>The harbour bridge will close to traffic for six months from May while engineers replace its"
          + " corroded suspension cables, the council said on Friday afternoon.</p>";
  private static final String P2 =
      "<p>Inspections last winter found that water had entered the cable housings on the northern span,"
          + " and that several strands had lost a fifth of their strength.</p>";
  private static final String T1 =
      "The harbour bridge will close to traffic for six months from May while engineers replace its"
          + " corroded suspension cables, the council said on Friday afternoon.";
  private static final String T2 =
      "Inspections last winter found that water had entered the cable housings on the northern span,"
          + " and that several strands had lost a fifth of their strength.";

  private ExtractedPage found(String html, String baseUri) {
    HtmlExtractor.Extraction result = extractor.read(html, baseUri);
    assertThat(result).isInstanceOf(ExtractedPage.class);
    return (ExtractedPage) result;
  }

  @Test
  void extract_newsPage_givesTheArticleBodyWithoutSiteChromeCaptionsOrReadAlsoLinks() {
    ExtractedPage page =
        found(
            Fixtures.utf8Page("coastal-herald-bridge.html"),
            "https://www.coastalherald.example/news/2026/03/14/harbour-bridge-repairs?utm_source=rss");

    assertThat(page.text()).isEqualTo(Fixtures.expectedText("coastal-herald-bridge"));
    assertThat(page.title()).isEqualTo("Harbour bridge to close for six months of repairs");
    assertThat(page.meta())
        .isEqualTo(
            new ArticleMeta(
                "https://www.coastalherald.example/news/2026/03/14/harbour-bridge-repairs",
                "The Coastal Herald",
                "Maria Lindqvist",
                Instant.parse("2026-03-14T07:30:00Z"),
                null,
                "en"));
  }

  @Test
  void extract_malformedTagSoup_readsLikeABrowser() {
    ExtractedPage page = found(Fixtures.utf8Page("malformed-tagsoup.html"), "https://www.bayside.example/news/cycle-lanes");

    assertThat(page.text()).isEqualTo(Fixtures.expectedText("malformed-tagsoup"));
    assertThat(page.title()).isEqualTo("Council approves new cycle lanes on the seafront");
    assertThat(page.meta().author()).isEqualTo("Tom Ridley");
  }

  @Test
  void read_errorPage_hasNoArticleBecauseItsTextIsTooShort() {
    assertThat(extractor.read(Fixtures.utf8Page("page-not-found.html"), null))
        .isEqualTo(
            new HtmlExtractor.NoArticle(
                "no article text: the main block of the page has 93 characters of text, fewer than the 200"
                    + " of the shortest article"));
    assertThat(extractor.extract(Fixtures.utf8Page("page-not-found.html"), null)).isEmpty();
  }

  @Test
  void read_sectionFront_hasNoArticleBecauseItIsALinkList() {
    assertThat(extractor.read(Fixtures.utf8Page("section-front.html"), null))
        .isEqualTo(
            new HtmlExtractor.NoArticle(
                "the main block of the page is a list of links (91% of its text is links): an index page,"
                    + " not an article"));
  }

  @Test
  void read_emptyPage_hasNoArticle() {
    assertThat(extractor.read("", null)).isInstanceOf(HtmlExtractor.NoArticle.class);
  }

  @Test
  void extract_readAlsoParagraph_isDropped() {
    String html =
        page("", P1 + "<p><strong>Read also:</strong> <a href=\"/x\">Ferry operators promise extra sailings</a></p>" + P2);
    assertThat(found(html, null).text()).isEqualTo(T1 + "\n\n" + T2);
  }

  @Test
  void extract_readAlsoWithLongLabel_isDroppedWhenHalfIsLink() {
    // ">> Read also:" as the seed sites write it; the link is 40 of the 62 letters, under 80%
    String html = page("", P1 + "<p>&gt;&gt; Read also: <a href=\"/x\">Putin and Xi to meet in Samarkand</a></p>" + P2);
    assertThat(found(html, null).text()).isEqualTo(T1 + "\n\n" + T2);
  }

  @Test
  void extract_paragraphWithAFewLinks_isKept() {
    String html =
        page("", P1 + "<p>The <a href=\"/council\">council</a> published the <a href=\"/report\">inspection"
            + " report</a> on its website on Thursday, with photographs of the damaged strands.</p>" + P2);
    assertThat(found(html, null).text())
        .isEqualTo(T1 + "\n\nThe council published the inspection report on its website on Thursday, with"
            + " photographs of the damaged strands.\n\n" + T2);
  }

  @Test
  void extract_adSlotBetweenParagraphs_isDroppedWithItsLabel() {
    String html = page("", P1 + "<div class=\"advert\"><span>Advertisement</span></div>"
        + "<div><span>ADVERTISEMENT</span></div>" + P2);
    assertThat(found(html, null).text()).isEqualTo(T1 + "\n\n" + T2);
  }

  @Test
  void extract_headlineInsideTheArticle_isTheTitleNotText() {
    String html = page("<meta property=\"og:title\" content=\"Bridge to close\">", "<h1>Bridge to close</h1>" + P1 + P2);
    ExtractedPage page = found(html, null);
    assertThat(page.title()).isEqualTo("Bridge to close");
    assertThat(page.text()).isEqualTo(T1 + "\n\n" + T2);
  }

  @Test
  void extract_subheading_isKeptAsItsOwnParagraph() {
    String html = page("", P1 + "<h2>Diversions</h2>" + P2);
    assertThat(found(html, null).text()).isEqualTo(T1 + "\n\nDiversions\n\n" + T2);
  }

  @Test
  void extract_bylineNamingTheAuthor_isDropped() {
    String html = page("<meta name=\"author\" content=\"Ana Ruiz y Juan Gil\">", "<div>Por Juan Gil, 3 de abril</div>" + P1 + P2);
    assertThat(found(html, null).text()).isEqualTo(T1 + "\n\n" + T2);
  }

  @Test
  void extract_shortBlockWithTheDate_isDropped() {
    String html = page("", "<p>Updated <time datetime=\"2026-03-14\">14 March</time></p>" + P1 + P2);
    assertThat(found(html, null).text()).isEqualTo(T1 + "\n\n" + T2);
  }

  @Test
  void extract_titleLeftAtTheEndWithoutItsLinks_isDropped() {
    String html = page("", P1 + P2 + "<p>Most read</p><ul><li><a href=\"/a\">School roof collapses after record snowfall</a></li>"
        + "<li><a href=\"/b\">Late goal settles the harbour derby</a></li></ul>");
    assertThat(found(html, null).text()).isEqualTo(T1 + "\n\n" + T2);
  }

  @Test
  void extract_shortLinesInsideTheText_areKeptAsSubheadingsAndBullets() {
    String html = page("", P1 + "<h2>What changes</h2><p>Buses go over the ring road</p><p>Ferries sail every ten minutes</p>"
        + P2 + "<ul><li>Cost of the works</li><li>Start in May</li></ul>");
    assertThat(found(html, null).text())
        .isEqualTo(T1 + "\n\nWhat changes\n\nBuses go over the ring road\n\nFerries sail every ten minutes\n\n" + T2
            + "\n\nCost of the works\n\nStart in May");
  }

  @Test
  void extract_hiddenElements_areDropped() {
    String html = page("", P1 + "<p style=\"display: none\">Subscribers read this sentence only after they pay for"
        + " a subscription to the newspaper.</p><p hidden>Also hidden from every reader of the page.</p>" + P2);
    assertThat(found(html, null).text()).isEqualTo(T1 + "\n\n" + T2);
  }

  @Test
  void extract_whitespace_isCollapsedAsABrowserShowsIt() {
    String html =
        page("", "<p>  Line one\n   of a paragraph,<br>line two after a break &nbsp;and a no-break space, with a"
            + " soft hy&shy;phen and a zero-width&#8203;space.</p>" + P1);
    assertThat(found(html, null).text())
        .isEqualTo("Line one of a paragraph,\nline two after a break and a no-break space, with a soft hyphen and a"
            + " zero-widthspace.\n\n" + T1);
  }

  @Test
  void extract_ideographicSpace_isKept() {
    String html = page("", "<p>本报讯\u3000市政府十四日宣布，为更换老化的主缆，海港大桥将从五月上旬起封闭约半年，禁止车辆通行。" + "去年冬季的检测发现，北侧桥跨的主缆进水，部分钢丝强度最多下降了两成。".repeat(3) + "</p>");
    assertThat(found(html, null).text()).startsWith("本报讯\u3000市政府");
  }

  @Test
  void extract_canonicalLinkToTheHomePage_isIgnored() {
    String html = page("<link rel=\"canonical\" href=\"https://www.example.com/\">"
        + "<meta property=\"og:url\" content=\"https://www.example.com/news/bridge\">", P1 + P2);
    assertThat(found(html, null).meta().url()).isEqualTo("https://www.example.com/news/bridge");
  }

  @Test
  void extract_relativeCanonicalLink_isResolvedAgainstThePageAddress() {
    String html = page("<link rel=\"canonical\" href=\"/news/bridge\">", P1 + P2);
    assertThat(found(html, "https://www.example.com/amp/news/bridge?x=1").meta().url())
        .isEqualTo("https://www.example.com/news/bridge");
  }

  @Test
  void extract_jsonLdGraph_givesAuthorsDateAndPublisher() {
    String ld =
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
            + "{\"@type\":\"WebPage\",\"name\":\"x\"},"
            + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Bridge to close\",\"datePublished\":\"2026-03-14T08:30:00+0100\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"Maria Lindqvist\"},{\"name\":\"Jonas Berg\"}],"
            + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Coastal Herald\"},\"inLanguage\":\"sv-SE\",}]}</script>";
    ExtractedPage page = found(page(ld, P1 + P2).replace("lang=\"en\"", ""), null);
    assertThat(page.title()).isEqualTo("Bridge to close");
    assertThat(page.meta())
        .isEqualTo(
            new ArticleMeta(null, "The Coastal Herald", "Maria Lindqvist, Jonas Berg",
                Instant.parse("2026-03-14T07:30:00Z"), null, "sv"));
  }

  @Test
  void extract_articleAuthorThatIsAProfileAddress_isNotTheAuthor() {
    String html = page("<meta property=\"article:author\" content=\"https://www.facebook.com/coastalherald\">", P1 + P2);
    assertThat(found(html, null).meta().author()).isNull();
  }

  @Test
  void extract_invalidJsonLd_isIgnored() {
    String html = page("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
        + "<meta property=\"article:published_time\" content=\"2026-03-14\">", P1 + P2);
    ExtractedPage page = found(html, null);
    assertThat(page.meta().published()).isEqualTo(Instant.parse("2026-03-14T00:00:00Z"));
  }

  @Test
  void serviceLoader_findsTheExtractor() {
    assertThat(ServiceLoader.load(HtmlExtractor.class).stream().map(ServiceLoader.Provider::type))
        .containsExactly(ReadabilityHtmlExtractor.class);
  }
}
