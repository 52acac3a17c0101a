package dev.stemma.ingest.warc;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Gives the articles of one archive their ids: the page address without its scheme, "www." and
 * fragment ({@code coastalherald.example/news/2026/03/14/harbour-bridge-repairs}).
 *
 * <p>Why the address: it is what a reader of a report recognises (which site, which story); it is
 * stable across runs and across re-packed archives, where a record number or offset is not; and
 * the same page in two archives gets the same id, as it should. Why not the canonical URL: a site
 * that points every page's canonical link at one address would collapse its articles into one id;
 * the canonical URL goes to {@code ArticleMeta.url} instead. A second capture of the same address
 * in the archive gets "@" and its WARC-Date ({@code ...repairs@2026-03-14T09:00:00Z}), and in the
 * unlikely case of two in the same second, "#" and its record number, so ids are unique within an
 * archive. A record without a target URI gets the archive name and its record number.
 */
final class ArticleIds {

  private final String archiveName;
  private final Set<String> used = new HashSet<>();

  ArticleIds(String archiveName) {
    this.archiveName = archiveName;
  }

  String idFor(@Nullable String targetUri, @Nullable Instant captured, long recordNumber) {
    String base = targetUri == null || targetUri.isBlank() ? archiveName + "#" + recordNumber : readable(targetUri);
    if (used.add(base)) {
      return base;
    }
    String dated = captured == null ? base + "#" + recordNumber : base + "@" + captured;
    if (used.add(dated)) {
      return dated;
    }
    String numbered = dated + "#" + recordNumber;
    used.add(numbered);
    return numbered;
  }

  /** The address as a reader would write it: host (without "www."), port if any, path and query. */
  static String readable(String address) {
    String s = address.strip();
    try {
      URI uri = new URI(s);
      if (uri.getHost() != null) {
        StringBuilder sb = new StringBuilder(uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        if (uri.getPort() != -1) {
          sb.append(':').append(uri.getPort());
        }
        sb.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
          sb.append('?').append(uri.getRawQuery());
        }
        return sb.toString();
      }
    } catch (URISyntaxException notStrict) {
      // crawled addresses often hold characters java.net.URI refuses: trim by hand
    }
    String noScheme = s.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
    int hash = noScheme.indexOf('#');
    String noFragment = hash >= 0 ? noScheme.substring(0, hash) : noScheme;
    return noFragment.replaceFirst("^(?i)www\\.", "");
  }
}
