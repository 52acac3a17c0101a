package dev.stemma.bench.generate;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A publisher and the chrome it prints around every article: what a site adds that is not story
 * text, the same on all its articles (a footer line repeated across a site's pages is how a cleaner
 * can tell it from the story).
 *
 * @param name the site's name, the {@code source} field
 * @param domain its web address, for {@code url}
 * @param wire whether it is a news agency whose stories other sites take
 * @param dated whether its pages show a publication time ({@code published})
 * @param header a line above the story, or null
 * @param byline whether it prints "By NAME" above the story
 * @param footer templates of lines below the story; see {@link SiteChrome}
 * @param staff its reporters' names, for bylines
 */
record Site(
    String name,
    String domain,
    boolean wire,
    boolean dated,
    @Nullable String header,
    boolean byline,
    List<String> footer,
    List<String> staff) {

  Site {
    requireNonNull(name, "name");
    requireNonNull(domain, "domain");
    footer = List.copyOf(footer);
    staff = List.copyOf(staff);
  }
}
