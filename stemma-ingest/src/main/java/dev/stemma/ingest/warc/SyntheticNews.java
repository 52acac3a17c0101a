package dev.stemma.ingest.warc;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates news pages as sites build them, with the article text each one holds: for tests of
 * extraction at scale and for benchmarks.
 *
 * <p>Four site templates, drawn at random: a modern news site ({@code <article>}, JSON-LD, figure,
 * share bar, inline "Read also", ad slot, comments, sidebar, related stories, cookie banner); a
 * table-layout regional site in French chrome, declared windows-1252; a WordPress blog (entry
 * content, Jetpack sharing and related posts, comment list, widgets); and a site whose pages are
 * mostly inline script (analytics, app state), as many are. Every page also varies its number of
 * paragraphs, subheadings, links inside sentences and script weight (2 to 60 KiB), so that an
 * archive has the size mix of a real crawl. The text is random English-like prose from a fixed
 * vocabulary; the same seed gives the same pages.
 */
final class SyntheticNews {

  /**
   * One page.
   *
   * @param url its address
   * @param html the page as served
   * @param charset the charset of {@code html}'s bytes
   * @param title the headline
   * @param text the article text a correct extraction gives: paragraphs and subheadings, separated
   *     by blank lines
   * @param author the byline
   * @param site the site name
   * @param published the publication instant the page states
   */
  record Page(String url, byte[] html, Charset charset, String title, String text, String author, String site,
      Instant published) {
    Page {
      requireNonNull(url, "url");
      requireNonNull(html, "html");
    }
  }

  private static final String[] WORDS = (
      "the council said on friday that work would start in may after months of delay and that residents could"
          + " expect disruption for most of the summer while engineers replaced parts of the old network a spokesman"
          + " for the ministry added that funding had been agreed with regional authorities in principle but that"
          + " final figures would depend on the results of an independent review published next week officials"
          + " warned that prices were likely to rise again before the end of the year as demand recovered faster than"
          + " expected and supply chains remained under pressure from higher energy costs analysts at several banks"
          + " cut their forecasts for growth while unions called for talks over pay and conditions in the public"
          + " sector police said two people had been arrested and an investigation was continuing witnesses described"
          + " long queues outside the station during the morning rush hour the mayor promised a full report to the"
          + " city assembly within a month opposition leaders accused the government of ignoring early warnings from"
          + " its own experts the company reported a rise in quarterly profit despite weaker sales in europe and asia"
          + " shares closed slightly higher in thin trading ahead of the holiday weekend")
      .split(" ");
  private static final String[] FIRST_NAMES = {
    "Maria", "Jonas", "Amira", "Tomasz", "Chloé", "Kenji", "Fatima", "Lars", "Beatriz", "Oluwaseun", "Ingrid", "Rahul"
  };
  private static final String[] LAST_NAMES = {
    "Lindqvist", "Okafor", "Moreau", "Takahashi", "Nowak", "Haddad", "Brennan", "Castillo", "Virtanen", "Mensah"
  };
  private static final String[] SITES = {
    "The Coastal Herald", "Northern Ledger", "Valley Courier", "Metro Dispatch", "Island Times", "The River Post"
  };
  private static final String[] SECTIONS = {"news", "business", "politics", "world", "local", "science"};
  private static final String[] SCRIPT_TOKENS = {
    "window.dataLayer", "function", "var", "return", "userId", "pageType", "article", "consentState", "null",
    "true", "false", "push", "gtag", "config", "adUnitPath", "sizes", "targeting", "experiment", "variant",
    "impression", "lazyLoad", "prebid", "bidder", "timeout", "session", "hydrate", "props", "children"
  };

  private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

  private final Random random;
  private int count;

  /** Pages from this seed; the same seed gives the same pages, in the same order. */
  SyntheticNews(long seed) {
    this.random = new Random(seed);
  }

  Page next() {
    count++;
    String site = pick(SITES);
    String host = "www." + site.toLowerCase(Locale.ROOT).replace("the ", "").replace(' ', '-') + ".example";
    String section = pick(SECTIONS);
    String title = capitalize(words(6 + random.nextInt(8)));
    Instant published = Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofMinutes(random.nextInt(525_600)));
    String slug = title.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + count;
    String url = "https://" + host + "/" + section + "/" + published.atOffset(ZoneOffset.UTC).toLocalDate() + "/" + slug;
    String author = pick(FIRST_NAMES) + " " + pick(LAST_NAMES);

    List<Block> blocks = new ArrayList<>();
    int paragraphs = 4 + random.nextInt(11);
    for (int i = 0; i < paragraphs; i++) {
      if (i > 1 && random.nextInt(6) == 0) {
        blocks.add(new Block(capitalize(words(2 + random.nextInt(4))), true));
      }
      blocks.add(new Block(paragraph(), false));
    }
    StringBuilder text = new StringBuilder();
    for (Block b : blocks) {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      text.append(b.text());
    }

    int template = random.nextInt(4);
    Charset charset = template == 1 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
    Article a = new Article(url, host, site, section, title, author, published, blocks);
    String html = switch (template) {
      case 0 -> modern(a);
      case 1 -> tableLayout(a);
      case 2 -> wordpress(a);
      default -> scriptHeavy(a);
    };
    return new Page(url, html.getBytes(charset), charset, title, text.toString(), author, site, published);
  }

  /** A paragraph or a subheading of the body. */
  private record Block(String text, boolean heading) {}

  private record Article(String url, String host, String site, String section, String title, String author,
      Instant published, List<Block> blocks) {}

  private String modern(Article a) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(a.title()).append(" | ").append(a.site()).append("</title>\n")
        .append("<link rel=\"canonical\" href=\"").append(a.url()).append("\">\n")
        .append("<meta property=\"og:title\" content=\"").append(a.title()).append("\">\n")
        .append("<meta property=\"og:site_name\" content=\"").append(a.site()).append("\">\n")
        .append("<meta property=\"article:published_time\" content=\"").append(a.published()).append("\">\n")
        .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
        .append("\"headline\":\"").append(a.title()).append("\",\"datePublished\":\"").append(a.published())
        .append("\",\"author\":[{\"@type\":\"Person\",\"name\":\"").append(a.author()).append("\"}]}</script>\n");
    script(h, 2 + random.nextInt(20));
    h.append("</head>\n<body>\n<div class=\"cookie-consent\"><p>We use cookies to personalise content and ads and to"
        + " analyse our traffic, as described in our privacy policy.</p><button>Accept all</button></div>\n");
    h.append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").append(a.site()).append("</a><nav><ul>");
    for (String s : SECTIONS) {
      h.append("<li><a href=\"/").append(s).append("\">").append(capitalize(s)).append("</a></li>");
    }
    h.append("</ul></nav></header>\n<main>\n<article class=\"story\">\n<header><h1>").append(a.title())
        .append("</h1><p class=\"byline\">By <a rel=\"author\" href=\"/authors/x\">").append(a.author())
        .append("</a></p><time datetime=\"").append(a.published()).append("\">")
        .append(HUMAN.format(a.published().atOffset(ZoneOffset.UTC))).append("</time></header>\n")
        .append("<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a></div>\n")
        .append("<figure><img src=\"/img/").append(count).append(".jpg\" alt=\"\"><figcaption>")
        .append(capitalize(words(8))).append(". Photograph: Agency</figcaption></figure>\n<div class=\"story-body\">\n");
    body(h, a, "<p><strong>Read also:</strong> <a href=\"/%s/other-%d\">%s</a></p>\n",
        "<div class=\"ad-slot\"><span>Advertisement</span></div>\n");
    h.append("</div>\n</article>\n<section class=\"comments\"><h3>Comments</h3>");
    for (int i = 0; i < 1 + random.nextInt(4); i++) {
      h.append("<div class=\"comment\"><p class=\"comment-author\">reader").append(random.nextInt(999))
          .append("</p><p>").append(sentence()).append(' ').append(sentence()).append("</p></div>");
    }
    h.append("</section>\n</main>\n<aside class=\"sidebar\"><h3>Most read</h3><ol>");
    links(h, 5);
    h.append("</ol></aside>\n<section class=\"related-stories\"><h2>Related stories</h2><ul>");
    links(h, 3);
    h.append("</ul></section>\n<footer><p>© 2026 ").append(a.site()).append(". All rights reserved.</p></footer>\n");
    script(h, 1 + random.nextInt(10));
    return h.append("</body>\n</html>\n").toString();
  }

  private String tableLayout(Article a) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html lang=\"en\">\n<head>\n")
        .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\n<title>")
        .append(a.title()).append(" - ").append(a.site()).append("</title>\n")
        .append("<meta property=\"og:site_name\" content=\"").append(a.site()).append("\">\n")
        .append("<meta property=\"og:url\" content=\"").append(a.url()).append("\">\n")
        .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[")
        .append("{\"@type\":\"WebSite\",\"name\":\"").append(a.site()).append("\"},{\"@type\":[\"NewsArticle\"],")
        .append("\"headline\":\"").append(a.title()).append("\",\"datePublished\":\"").append(a.published())
        .append("\",\"author\":{\"@type\":\"Person\",\"name\":\"").append(a.author()).append("\"},}]}</script>\n");
    script(h, 2 + random.nextInt(10));
    h.append("</head>\n<body>\n<div id=\"consent-popup\">Nous utilisons des cookies pour mesurer l’audience. <a href=\"#\">"
        + "J’accepte</a></div>\n<div id=\"top\"><div id=\"menu\">");
    for (String s : SECTIONS) {
      h.append("<a href=\"/").append(s).append("/\">").append(capitalize(s)).append("</a> | ");
    }
    h.append("</div></div>\n<table width=\"100%\"><tr><td valign=\"top\" width=\"70%\">\n<div class=\"titre\"><h1>")
        .append(a.title()).append("</h1></div>\n<div class=\"infos\">Par <b>").append(a.author())
        .append("</b> | Publié le ").append(HUMAN.format(a.published().atOffset(ZoneOffset.UTC))).append("</div>\n")
        .append("<div class=\"partage\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a></div>\n")
        .append("<div class=\"photo\"><img src=\"/photos/").append(count).append(".jpg\"><div class=\"legende\">")
        .append(capitalize(words(7))).append(" (Photo&nbsp;: AFP)</div></div>\n<div class=\"texte\">\n");
    body(h, a, "<p><b>À lire aussi&nbsp;:</b> <a href=\"/%s/autre-%d.html\">%s</a></p>\n",
        "<div class=\"pub\">Publicité</div>\n");
    h.append("</div>\n<div id=\"reactions\"><div class=\"titre-bloc\">Réactions</div>");
    for (int i = 0; i < 1 + random.nextInt(3); i++) {
      h.append("<div class=\"reaction\"><b>lecteur").append(random.nextInt(99)).append("</b> : ").append(sentence())
          .append("</div>");
    }
    h.append("</div>\n</td>\n<td valign=\"top\" class=\"colonne-droite\"><div class=\"titre-bloc\">Les plus lus</div><ul>");
    links(h, 4);
    h.append("</ul></td></tr></table>\n<div id=\"bas\">© ").append(a.site()).append(" 2026 – Mentions légales</div>\n");
    return h.append("</body>\n</html>\n").toString();
  }

  private String wordpress(Article a) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n<meta charset=\"UTF-8\">\n<title>").append(a.title())
        .append(" &#8211; ").append(a.site()).append("</title>\n")
        .append("<meta name=\"author\" content=\"").append(a.author()).append("\">\n")
        .append("<link rel=\"canonical\" href=\"").append(a.url()).append("\">\n")
        .append("<meta property=\"article:published_time\" content=\"")
        .append(a.published().atOffset(ZoneOffset.ofHours(2))).append("\">\n");
    script(h, 1 + random.nextInt(15));
    h.append("</head>\n<body class=\"post-template-default single single-post\">\n<div id=\"page\" class=\"site\">\n")
        .append("<header id=\"masthead\" class=\"site-header\"><p class=\"site-title\"><a href=\"/\">").append(a.site())
        .append("</a></p><nav class=\"main-navigation\"><ul>");
    for (String s : SECTIONS) {
      h.append("<li class=\"menu-item\"><a href=\"/category/").append(s).append("\">").append(capitalize(s))
          .append("</a></li>");
    }
    h.append("</ul></nav></header>\n<div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\">")
        .append("<main id=\"main\" class=\"site-main\">\n<article id=\"post-").append(count)
        .append("\" class=\"post type-post status-publish\">\n<header class=\"entry-header\"><h1 class=\"entry-title\">")
        .append(a.title()).append("</h1><div class=\"entry-meta\"><span class=\"posted-on\"><time class=\"entry-date")
        .append(" published\" datetime=\"").append(a.published()).append("\">")
        .append(HUMAN.format(a.published().atOffset(ZoneOffset.UTC))).append("</time></span> <span class=\"byline\">")
        .append("by <span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/x\">").append(a.author())
        .append("</a></span></span></div></header>\n<div class=\"entry-content\">\n");
    body(h, a, "<p>READ MORE: <a href=\"/%s/more-%d/\">%s</a></p>\n", "");
    h.append("<div class=\"sharedaddy sd-sharing-enabled\"><h3 class=\"sd-title\">Share this:</h3><ul><li><a href=\"#\">")
        .append("Twitter</a></li><li><a href=\"#\">Facebook</a></li></ul></div>\n")
        .append("<div id=\"jp-relatedposts\" class=\"jp-relatedposts\"><h3 class=\"jp-relatedposts-headline\">Related</h3>");
    links(h, 3);
    h.append("</div>\n</div>\n<footer class=\"entry-footer\"><span class=\"cat-links\">Posted in <a href=\"#\">")
        .append(capitalize(a.section())).append("</a></span></footer>\n</article>\n")
        .append("<nav class=\"navigation post-navigation\"><a href=\"#\">Previous post</a> <a href=\"#\">Next post</a></nav>\n")
        .append("<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">Thoughts on this post</h2>")
        .append("<ol class=\"comment-list\">");
    for (int i = 0; i < 1 + random.nextInt(4); i++) {
      h.append("<li class=\"comment\"><article class=\"comment-body\"><footer class=\"comment-meta\">reader")
          .append(random.nextInt(999)).append(" says:</footer><div class=\"comment-content\"><p>").append(sentence())
          .append(' ').append(sentence()).append("</p></div></article></li>");
    }
    h.append("</ol></div>\n</main></div>\n<aside id=\"secondary\" class=\"widget-area\"><section class=\"widget\">")
        .append("<h2 class=\"widget-title\">Recent Posts</h2><ul>");
    links(h, 5);
    h.append("</ul></section></aside>\n</div>\n<footer id=\"colophon\" class=\"site-footer\">Proudly powered by WordPress")
        .append("</footer>\n</div>\n");
    script(h, 1 + random.nextInt(10));
    return h.append("</body>\n</html>\n").toString();
  }

  private String scriptHeavy(Article a) {
    StringBuilder h = new StringBuilder(65_536);
    h.append("<!doctype html>\n<html lang=\"en-US\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(a.title())
        .append("</title>\n<meta name=\"twitter:title\" content=\"").append(a.title()).append("\">\n")
        .append("<meta property=\"og:url\" content=\"").append(a.url()).append("\">\n")
        .append("<meta itemprop=\"datePublished\" content=\"").append(a.published()).append("\">\n")
        .append("<meta name=\"author\" content=\"By ").append(a.author()).append("\">\n");
    script(h, 10 + random.nextInt(40));
    h.append("</head>\n<body>\n<div id=\"app\"><div class=\"topbar\"><a href=\"/\">").append(a.site())
        .append("</a><a class=\"subscribe-button\" href=\"/subscribe\">Subscribe</a></div>\n<main>\n")
        .append("<div class=\"story-header\"><h1>").append(a.title()).append("</h1></div>\n")
        .append("<div class=\"story-text\">\n");
    body(h, a, "<p><em>Related:</em> <a href=\"/%s/%d\">%s</a></p>\n", "<div id=\"ad-unit-inline\"></div>\n");
    h.append("</div>\n<div class=\"newsletter-promo\"><h4>Get the morning briefing</h4><p>Our best stories, in your inbox"
        + " every morning before eight o'clock.</p></div>\n</main>\n<div class=\"recirculation\"><h3>More stories</h3><ul>");
    links(h, 6);
    h.append("</ul></div></div>\n");
    script(h, 5 + random.nextInt(20));
    return h.append("</body>\n</html>\n").toString();
  }

  /** The article body, with a "read also" link and an ad slot at random places in it. */
  private void body(StringBuilder h, Article a, String readAlsoFormat, String adSlot) {
    int readAlso = 1 + random.nextInt(Math.max(1, a.blocks().size() - 1));
    int ad = 1 + random.nextInt(Math.max(1, a.blocks().size() - 1));
    for (int i = 0; i < a.blocks().size(); i++) {
      Block b = a.blocks().get(i);
      if (i == readAlso) {
        h.append(String.format(Locale.ROOT, readAlsoFormat, a.section(), random.nextInt(100_000), capitalize(words(7))));
      }
      if (i == ad) {
        h.append(adSlot);
      }
      if (b.heading()) {
        h.append("<h2>").append(b.text()).append("</h2>\n");
      } else {
        h.append("<p>").append(linked(b.text())).append("</p>\n");
      }
    }
  }

  /** The paragraph's HTML, with one of its words made a link now and then, as CMSs do. */
  private String linked(String paragraph) {
    if (random.nextInt(3) != 0) {
      return paragraph;
    }
    String[] words = paragraph.split(" ");
    int i = 1 + random.nextInt(Math.max(1, words.length - 2));
    if (!words[i].matches("[a-z]+")) {
      return paragraph;
    }
    words[i] = "<a href=\"/topics/" + words[i] + "\">" + words[i] + "</a>";
    return String.join(" ", words);
  }

  private void links(StringBuilder h, int n) {
    for (int i = 0; i < n; i++) {
      h.append("<li><a href=\"/").append(pick(SECTIONS)).append('/').append(random.nextInt(100_000)).append("\">")
          .append(capitalize(words(6 + random.nextInt(6)))).append("</a></li>");
    }
  }

  /** Inline script of about {@code kib} KiB: analytics, ad configuration, app state. */
  private void script(StringBuilder h, int kib) {
    h.append("<script>");
    int target = h.length() + kib * 1024;
    while (h.length() < target) {
      h.append(pick(SCRIPT_TOKENS)).append(random.nextInt(4) == 0 ? "(" : ".").append(pick(SCRIPT_TOKENS))
          .append(random.nextInt(3) == 0 ? "=" + random.nextInt(1_000_000) + ";" : ",");
    }
    h.append("</script>\n");
  }

  private String paragraph() {
    StringBuilder p = new StringBuilder();
    for (int s = 0, n = 1 + random.nextInt(4); s < n; s++) {
      if (s > 0) {
        p.append(' ');
      }
      p.append(sentence());
    }
    return p.toString();
  }

  private String sentence() {
    int n = 8 + random.nextInt(18);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        s.append(i > 3 && i < n - 2 && random.nextInt(9) == 0 ? ", " : " ");
      }
      s.append(pick(WORDS));
    }
    return capitalize(s.toString()) + ".";
  }

  private String words(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        s.append(' ');
      }
      s.append(pick(WORDS));
    }
    return s.toString();
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
