package dev.stemma.ingest.testing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes an article as the page a news site would serve: a cookie banner, a header with the
 * site's name, navigation and search, the article (headline in {@code <h1>}, paragraphs in {@code
 * <p>}, a line break inside a paragraph as {@code <br>}), a sidebar of most-read links and a
 * newsletter box, related stories and a footer, with analytics scripts in the head.
 *
 * @param site the site's name
 * @param url the page's address, given as its canonical link
 * @param headline the headline
 * @param paragraphs the body's paragraphs, as plain text
 */
public record NewsPage(String site, String url, String headline, List<String> paragraphs) {

  public NewsPage {
    requireNonNull(site, "site");
    requireNonNull(url, "url");
    requireNonNull(headline, "headline");
    paragraphs = List.copyOf(paragraphs);
  }

  /**
   * A page from an article in the format of a {@code .txt} input: the first non-empty line is the
   * headline, blank lines separate paragraphs.
   */
  public static NewsPage fromText(String site, String url, String text) {
    List<String> paragraphs = new ArrayList<>();
    String headline = null;
    for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
      String p = block.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (headline == null) {
        int nl = p.indexOf('\n');
        headline = nl < 0 ? p : p.substring(0, nl).strip();
        if (nl >= 0) {
          paragraphs.add(p.substring(nl + 1).strip());
        }
      } else {
        paragraphs.add(p);
      }
    }
    if (headline == null) {
      throw new IllegalArgumentException("the text for " + url + " is empty");
    }
    return new NewsPage(site, url, headline, paragraphs);
  }

  public String html() {
    StringBuilder h = new StringBuilder(8192);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(headline)).append(" | ").append(escape(site)).append("</title>\n")
        .append("<meta property=\"og:title\" content=\"").append(escape(headline)).append("\">\n")
        .append("<meta property=\"og:site_name\" content=\"").append(escape(site)).append("\">\n")
        .append("<link rel=\"canonical\" href=\"").append(escape(url)).append("\">\n")
        .append("<link rel=\"stylesheet\" href=\"/static/site.css\">\n")
        .append("<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}")
        .append(" gtag('js', new Date()); gtag('config', 'G-12345');</script>\n")
        .append("</head>\n<body>\n")
        .append("<div class=\"cookie-banner\"><p>We use cookies to improve your experience and to show you")
        .append(" personalised advertising. By continuing to browse the site you agree to our use of cookies.</p>")
        .append("<button>Accept all</button> <button>Manage settings</button></div>\n")
        .append("<header class=\"site-header\">\n<a class=\"logo\" href=\"/\">").append(escape(site)).append("</a>\n")
        .append("<nav class=\"main-nav\"><ul>");
    for (String section : List.of("World", "Politics", "Business", "Technology", "Sport", "Opinion")) {
      h.append("<li><a href=\"/").append(section.toLowerCase(java.util.Locale.ROOT)).append("\">").append(section)
          .append("</a></li>");
    }
    h.append("</ul></nav>\n<form class=\"search\" action=\"/search\"><input type=\"search\" name=\"q\"")
        .append(" placeholder=\"Search\"><button>Go</button></form>\n</header>\n")
        .append("<main>\n<article class=\"article\">\n<h1 class=\"headline\">").append(escape(headline)).append("</h1>\n")
        .append("<div class=\"article-body\">\n");
    for (String p : paragraphs) {
      h.append("<p>").append(escape(p).replace("\n", "<br>\n")).append("</p>\n");
    }
    h.append("</div>\n</article>\n")
        .append("<aside class=\"sidebar\">\n<h2>Most read</h2>\n<ol>\n")
        .append("<li><a href=\"/business/markets-close-higher\">Markets close higher as energy prices ease</a></li>\n")
        .append("<li><a href=\"/sport/cup-final-tickets\">Cup final tickets sell out in an hour</a></li>\n")
        .append("<li><a href=\"/technology/phone-batteries\">Why your phone battery drains faster in winter</a></li>\n")
        .append("</ol>\n<div class=\"newsletter-box\"><h3>The morning briefing</h3><p>Sign up for our newsletter")
        .append(" and get the day's top stories in your inbox every morning.</p><input type=\"email\"")
        .append(" placeholder=\"Your email\"><button>Subscribe</button></div>\n</aside>\n")
        .append("<section class=\"related\">\n<h2>Related stories</h2>\n<ul>\n")
        .append("<li><a href=\"/world/g20-summit-preview\">What to expect from the G20 summit</a></li>\n")
        .append("<li><a href=\"/world/energy-talks\">Energy talks stall as winter approaches</a></li>\n")
        .append("</ul>\n</section>\n</main>\n")
        .append("<footer class=\"site-footer\">\n<ul><li><a href=\"/about\">About us</a></li>")
        .append("<li><a href=\"/privacy\">Privacy policy</a></li><li><a href=\"/terms\">Terms of use</a></li>")
        .append("<li><a href=\"/contact\">Contact</a></li></ul>\n<p>© 2022 ").append(escape(site))
        .append(". All rights reserved.</p>\n</footer>\n")
        .append("<script src=\"/static/app.js\" async></script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
