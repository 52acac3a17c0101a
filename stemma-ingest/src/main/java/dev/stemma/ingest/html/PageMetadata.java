package dev.stemma.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stemma.ingest.ArticleMeta;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What a page says about the article in it: headline, address, site, author, date, language.
 *
 * <p>Each field is taken from the first source that has a usable value, most deliberate first:
 * Open Graph and {@code article:*} tags (written for link previews, so kept right), then schema.org
 * JSON-LD (written for search engines), then microdata and plain {@code <meta>} names, then what
 * the visible page shows ({@code <h1>}, {@code <time>}, the byline). Read before the extraction
 * changes the document, since Readability removes scripts (JSON-LD) and headers.
 *
 * @param title the headline
 * @param url the canonical address
 * @param site the site or publisher name
 * @param author the byline, authors joined by ", "
 * @param published the publication instant
 * @param lang ISO 639-1 code
 */
record PageMetadata(
    @Nullable String title,
    @Nullable String url,
    @Nullable String site,
    @Nullable String author,
    @Nullable Instant published,
    @Nullable String lang) {

  private static final Pattern BY_PREFIX = Pattern.compile("^(?i:by|von|par|por|di|door)\\s+");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0]+");

  static PageMetadata read(Document doc) {
    Optional<JsonNode> ld = JsonLd.article(doc);
    MetaTags meta = new MetaTags(doc);
    return new PageMetadata(
        title(doc, meta, ld),
        url(doc, meta, ld),
        site(meta, ld),
        author(doc, meta, ld),
        published(doc, meta, ld),
        lang(doc, meta, ld));
  }

  /**
   * The page's {@code <meta>} tags by {@code property} and {@code name} (lower case), first one
   * winning: gathered in one pass, since a page has dozens and we ask for twenty.
   */
  private static final class MetaTags {
    private final Map<String, String> content = new HashMap<>();

    MetaTags(Document doc) {
      for (Element e : doc.getElementsByTag("meta")) {
        String value = e.attr("content");
        if (value.isBlank()) {
          continue;
        }
        for (String key : new String[] {e.attr("property"), e.attr("name"), e.attr("itemprop")}) {
          if (!key.isEmpty()) {
            content.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
          }
        }
        String httpEquiv = e.attr("http-equiv");
        if (!httpEquiv.isEmpty()) {
          content.putIfAbsent("http-equiv:" + httpEquiv.toLowerCase(Locale.ROOT), value);
        }
      }
    }

    /** The cleaned content of the tag with this property or name. */
    @Nullable String get(String key) {
      return clean(content.get(key.toLowerCase(Locale.ROOT)));
    }
  }

  /** The metadata as the core records it, with what the caller knows better (WARC address and date). */
  ArticleMeta toArticleMeta(@Nullable String fallbackAuthor) {
    return new ArticleMeta(url, site, author != null ? author : fallbackAuthor, published, null, lang);
  }

  private static @Nullable String title(Document doc, MetaTags meta, Optional<JsonNode> ld) {
    return first(
        () -> meta.get("og:title"),
        () -> meta.get("twitter:title"),
        () -> ld.flatMap(n -> JsonLd.text(n, "headline")).map(PageMetadata::clean).orElse(null),
        () -> text(doc.selectFirst("article h1")),
        () -> text(doc.selectFirst("h1")),
        () -> clean(doc.title()));
  }

  private static @Nullable String url(Document doc, MetaTags meta, Optional<JsonNode> ld) {
    List<String> candidates = new ArrayList<>();
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null) {
      candidates.add(canonical.absUrl("href").isEmpty() ? canonical.attr("href") : canonical.absUrl("href"));
    }
    candidates.add(meta.get("og:url"));
    ld.flatMap(n -> JsonLd.text(n, "mainEntityOfPage")).ifPresent(candidates::add);
    ld.flatMap(n -> JsonLd.text(n, "url")).ifPresent(candidates::add);
    for (String candidate : candidates) {
      String url = articleAddress(candidate);
      if (url != null) {
        return url;
      }
    }
    return null;
  }

  /**
   * The candidate if it is an absolute http(s) address that can be an article's. A canonical link
   * to the site's home page ("/") is a known CMS misconfiguration that would give every article of
   * the site the same address, so it is skipped.
   */
  private static @Nullable String articleAddress(@Nullable String candidate) {
    if (candidate == null || candidate.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(candidate.strip());
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        return null;
      }
      String path = uri.getRawPath();
      if ((path == null || path.isEmpty() || path.equals("/")) && uri.getRawQuery() == null) {
        return null;
      }
      return candidate.strip();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static @Nullable String site(MetaTags meta, Optional<JsonNode> ld) {
    return first(
        () -> meta.get("og:site_name"),
        () -> name(ld.flatMap(n -> JsonLd.text(n, "publisher")).orElse(null)),
        () -> meta.get("application-name"));
  }

  private static @Nullable String author(Document doc, MetaTags meta, Optional<JsonNode> ld) {
    return first(
        () -> ld.map(n -> joinNames(JsonLd.texts(n, "author"))).orElse(null),
        () -> byline(meta.get("author")),
        () -> byline(meta.get("article:author")),
        () -> byline(meta.get("byl")),
        () -> byline(text(doc.selectFirst("[itemprop=author] [itemprop=name]"))),
        () -> byline(text(doc.selectFirst("[rel=author]"))));
  }

  private static @Nullable Instant published(Document doc, MetaTags meta, Optional<JsonNode> ld) {
    List<String> candidates = new ArrayList<>();
    candidates.add(meta.get("article:published_time"));
    ld.flatMap(n -> JsonLd.text(n, "datePublished")).ifPresent(candidates::add);
    for (Element e : doc.getElementsByAttributeValue("itemprop", "datePublished")) {
      candidates.add(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
    }
    List<Element> times = doc.getElementsByTag("time");
    for (String name :
        List.of(
            "og:published_time",
            "datePublished",
            "pubdate",
            "publishdate",
            "publish-date",
            "publication_date",
            "dc.date.issued",
            "dcterms.issued",
            "dc.date",
            "sailthru.date",
            "parsely-pub-date",
            "date")) {
      candidates.add(meta.get(name));
    }
    // <time pubdate> (HTML5 drafts), then the first <time> inside <article>, then any
    times.stream().filter(t -> t.hasAttr("pubdate")).forEach(t -> candidates.add(t.attr("datetime")));
    times.stream().filter(t -> t.closest("article") != null).forEach(t -> candidates.add(t.attr("datetime")));
    times.forEach(t -> candidates.add(t.attr("datetime")));
    for (String candidate : candidates) {
      if (candidate != null) {
        Optional<Instant> instant = Dates.parse(candidate);
        if (instant.isPresent()) {
          return instant.get();
        }
      }
    }
    return null;
  }

  private static @Nullable String lang(Document doc, MetaTags meta, Optional<JsonNode> ld) {
    Element html = doc.selectFirst("html");
    List<String> candidates = new ArrayList<>();
    if (html != null) {
      candidates.add(html.attr("lang"));
      candidates.add(html.attr("xml:lang"));
    }
    candidates.add(meta.get("http-equiv:content-language"));
    candidates.add(meta.get("og:locale"));
    ld.flatMap(n -> JsonLd.text(n, "inLanguage")).ifPresent(candidates::add);
    for (String candidate : candidates) {
      String code = iso639_1(candidate);
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  /** "en-GB", "en_GB", "EN" give "en"; a three-letter code is mapped to its two-letter form. */
  static @Nullable String iso639_1(@Nullable String tag) {
    if (tag == null) {
      return null;
    }
    String primary = tag.strip().split("[-_,;\\s]", 2)[0].toLowerCase(Locale.ROOT);
    if (primary.matches("[a-z]{2}")) {
      return primary;
    }
    if (primary.matches("[a-z]{3}")) {
      for (String two : Locale.getISOLanguages()) {
        if (Locale.of(two).getISO3Language().equals(primary)) {
          return two;
        }
      }
    }
    return null;
  }

  private static @Nullable String text(@Nullable Element e) {
    return e == null ? null : clean(e.text());
  }

  /** A byline without its "By ", and nothing when it is an address (article:author is often a profile URL). */
  private static @Nullable String byline(@Nullable String value) {
    String name = name(value);
    return name == null ? null : clean(BY_PREFIX.matcher(name).replaceFirst(""));
  }

  /** A name, and nothing when it is an address (a JSON-LD reference to another node). */
  private static @Nullable String name(@Nullable String value) {
    return value == null || value.startsWith("http://") || value.startsWith("https://") ? null : clean(value);
  }

  private static @Nullable String joinNames(List<String> names) {
    Set<String> distinct = new LinkedHashSet<>();
    for (String name : names) {
      String b = byline(name);
      if (b != null) {
        distinct.add(b);
      }
    }
    return distinct.isEmpty() ? null : String.join(", ", distinct);
  }

  /** Whitespace collapsed and trimmed; null when nothing is left. */
  static @Nullable String clean(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String s = WHITESPACE.matcher(value).replaceAll(" ").strip();
    return s.isEmpty() ? null : s;
  }

  @SafeVarargs
  private static @Nullable String first(Supplier<@Nullable String>... sources) {
    for (Supplier<@Nullable String> source : sources) {
      String value = source.get();
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
