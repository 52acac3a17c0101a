package dev.stemma.clean;

import java.util.Locale;

/** Why a line of a page is site chrome rather than story text; each is one general rule. */
public enum ChromeRule {
  /** A page-title echo: the headline again, behind a few words of interface ("You are viewing"). */
  TITLE_PREFIX("the headline repeated behind interface words"),
  /** The headline given apart from the text, repeated as the text's first line. */
  HEADLINE_REPEATED("the headline, repeated as the first line of the text"),
  /** An invitation to act on the page: comment, reply, click, subscribe, sign in, follow. */
  CALL_TO_ACTION("an invitation to comment, click, subscribe or follow"),
  /** Site navigation as text: a masthead with its tagline, breadcrumbs, a menu ("Home > News"). */
  NAVIGATION("site navigation: a masthead, breadcrumbs or a menu"),
  /** A byline: "By NAME", with the outlet or role after it. */
  BYLINE("a byline"),
  /** The page's own publication or update stamp: "Published: March 3, 2025 | Updated: ...". */
  TIMESTAMP("a publication or update stamp"),
  /** A box about the author: a heading such as "About the author" and the short lines after it. */
  AUTHOR_BOX("an author box"),
  /** An advert addressed to the reader: jobs, newsletters, offers, with the heading of its box. */
  ADVERT("an advert or newsletter box addressed to the reader"),
  /** A credit for a photo, image or video. */
  PHOTO_CREDIT("a photo or image credit"),
  /** A link to another article: "Read also:", "More:", "Related:", "See also:". */
  CROSS_LINK("a link to another article"),
  /** Share buttons as text: the names of social networks, "Share", "Print", "Email". */
  SHARE_BAR("share buttons"),
  /** A cookie or privacy consent notice. */
  COOKIE_NOTICE("a cookie or consent notice"),
  /** A note that the text was first published elsewhere: "This article first appeared on ...". */
  SYNDICATION_NOTE("a note on where the text first appeared"),
  /** A copyright or rights notice. */
  COPYRIGHT("a copyright notice"),
  /** An editor's note on the page's form: "Transcript edited for clarity." */
  EDITORIAL_NOTE("an editor's note on the text's form"),
  /** A list of tags or categories. */
  TAGS("a list of tags or categories"),
  /** A short attribution or interface fragment ending the page: "Source link", "Back to top". */
  TRAILING_FRAGMENT("a short interface fragment at the end of the page"),
  /** A short line that recurs across many articles of the corpus in different contexts. */
  REPEATED_LINE("a line repeated across many articles of the corpus");

  private final String description;

  ChromeRule(String description) {
    this.description = description;
  }

  /** The name used in the JSON output: {@code call_to_action}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String description() {
    return description;
  }
}
