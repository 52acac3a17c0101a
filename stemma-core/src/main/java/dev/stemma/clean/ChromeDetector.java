package dev.stemma.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decides which paragraphs of an article are site chrome, by general rules.
 *
 * <p>Scraped news carries the page around the story: comment prompts, share bars, author boxes,
 * adverts, photo credits, links to other articles. None of it is evidence of copying, and some of
 * it (a site's footer) would make unrelated articles of one site look alike, or copies from two
 * sites look different. The rules below describe the <em>kinds</em> of chrome in words that any
 * site uses for them ("comment", "subscribe", "newsletter", "Photo:", "Read also:"); they are never
 * a list of particular pages' strings.
 *
 * <p>Every rule is guarded by shape, because story sentences use the same words: a call to action
 * is short; an advert addresses the reader (an imperative or "you") and uses at least two advert
 * words, so "The company cut 200 jobs, it said in an email." stays; a trailing fragment is a short
 * line without sentence punctuation after the story's last sentence.
 */
final class ChromeDetector {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          "\\b(leave|post|add|write|submit|view|load|read|see|join|be the first to)\\b.{0,25}"
              + "\\b(comments?|repl(y|ies)|discussion|conversation)\\b"
              + "|^\\d*\\s*comments?\\s*(\\(\\d+\\))?$"
              + "|\\b(click|tap) here\\b"
              + "|^(please\\s+)?(subscribe|sign up|sign in|log in|register|follow us|like us)\\b"
              + "|\\b(download|get|install) (our|the)\\b.{0,30}\\bapp\\b"
              + "|^(have|got) a (news )?tip\\b|\\bsend (us )?(your |a )?(news )?(tips?|corrections?|feedback)\\b"
              + "|^did we (miss|get) (something|anything)|\\b(let us know|contact us|email us|write to us)\\b"
              + "|\\b(required fields are marked|will not be published)\\b|\\bcomments below\\b"
              + "|^comments (are|have been) (closed|disabled|turned off)\\b"
              + "|^follow [\\p{L}0-9 .&'-]{1,60} on (social media|facebook|twitter|x|instagram|linkedin|tiktok|threads|bluesky)\\b"
              + "|^(print|e-?mail|share|tweet|save|bookmark)( this)?( article| story| page)?$",
          FLAGS);

  private static final Pattern BYLINE =
      Pattern.compile("^([^|]{0,40}\\|\\s*)?(?i:by|von|par|por)\\s+\\p{Lu}.*$");

  /**
   * A stamp: the word, then at once a date or time ("Published: March 3", "Updated 4:10 PM", "Posted
   * 3 hours ago"), so that "Published in 2019, the audit ..." is not one. See also {@link #STAMP_WORDS}.
   */
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "^(published|updated|posted|last updated|first published|last modified)( on| at)?\\s*:?\\s*"
              + "(\\d|(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?"
              + "|oct(ober)?|nov(ember)?|dec(ember)?|(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?"
              + "|today|yesterday|an? (minute|hour|day))\\b).*$",
          FLAGS);

  private static final Pattern SYNDICATION =
      Pattern.compile(
          "^(this (article|story|report|piece|post) (was )?(first |originally )?(appeared|was published|published|ran)"
              + " (on|in|at|by)|(originally|first) published (on|in|at|by)|republished (from|with permission)).*$",
          FLAGS);

  /** An advert's label standing alone: "Advertisement", "Sponsored content". */
  private static final Pattern AD_LABEL =
      Pattern.compile(
          "^(advertisement|advertising|sponsored( content)?|promoted( content)?|paid (post|content)|ad"
              + "|(story|article) continues (below|after) (this )?(advertisement|ad))$",
          FLAGS);

  /** A separator of navigation items: pipes, angle quotes, arrows, bullets. */
  private static final Pattern NAV_SEPARATOR = Pattern.compile("\\s*(\\||>|»|›|→|•|·)\\s*");

  /**
   * The only lower-case words a stamp holds; a story sentence has others ("Published Monday, the
   * timetable adds ..."). Capitalised words (a name after "by", a time zone) are allowed.
   */
  private static final Set<String> STAMP_WORDS =
      Set.of(
          "published", "updated", "posted", "last", "first", "modified", "on", "at", "by", "and", "ago",
          "a", "an", "am", "pm", "a.m", "p.m", "min", "mins", "minute", "minutes", "hour", "hours",
          "day", "days", "today", "yesterday", "jan", "january", "feb", "february", "mar", "march",
          "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept",
          "september", "oct", "october", "nov", "november", "dec", "december", "mon", "monday", "tue",
          "tues", "tuesday", "wed", "wednesday", "thu", "thurs", "thursday", "fri", "friday", "sat",
          "saturday", "sun", "sunday", "st", "nd", "rd", "th");

  /**
   * A rights notice: "©", "(c)", or "Copyright" followed by a sign, a year, the holder's capitalised
   * name or, later, "All rights reserved"; "Copyright lawyers say ..." is a story sentence.
   */
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "^(©|(?i:\\(c\\))|(?i:copyright)\\s*(©|(?i:\\(c\\))|\\d{4}\\b|(by\\s+)?\\p{Lu}[^.!?]*$)|(?i:all rights reserved)\\b).*$"
              + "|^(?i:copyright)\\b.*\\b(?i:all rights reserved)\\b.*$");

  private static final Pattern EDITORIAL_NOTE =
      Pattern.compile(
          "^(editor'?s note:.*|(this )?(transcript|interview|story|article|report|conversation)( has been| was| is)?"
              + " (lightly )?(edited|condensed|updated|corrected)( and (edited|condensed))?( for (clarity|length|brevity))?\\.?)$",
          FLAGS);

  /** A caption that ends with its credit: "Commuters wait at the pier. (Photo: Jane Doe / Courier)". */
  private static final Pattern CAPTION_CREDIT =
      Pattern.compile(
          ".*[.!?]\\s*(\\(\\s*(photo|photos|image|picture|foto|video)s?\\s*(:|/|by\\b)[^()]{1,80}\\)"
              + "|(photo|image|picture|foto)s?\\s*:\\s*[^.!?]{1,80})$",
          FLAGS);

  /** An appeal for money or membership: "Support local journalism: subscribe ...". */
  private static final Pattern SUPPORT_APPEAL =
      Pattern.compile(
          "^support (local |independent |our |this |quality |public )?(journalism|reporting|news|work|newsroom)\\b.*"
              + "|.*\\b(donate (now|today)|become a (member|subscriber|supporter|patron))\\b.*",
          FLAGS);

  /** The lines of an author box after its heading: a short bio, "See all articles by". */
  private static final Pattern AUTHOR_BIO =
      Pattern.compile(
          ".*\\b(is an?|was an?) (\\p{L}+ ){0,3}(writer|reporter|journalist|editor|correspondent|contributor|columnist)\\b.*"
              + "|.*\\b(see|view|read|more) (all )?(articles|posts|stories) (by|from)\\b.*",
          FLAGS);

  private static final Pattern AUTHOR_HEADING =
      Pattern.compile(
          "^(about the (author|writer|reporter|contributor)s?|about me|author( bio| info)?|written by|posted by)\\b.{0,40}$",
          FLAGS);

  private static final Pattern PHOTO_CREDIT =
      Pattern.compile(
          "^\\(?\\s*(photo|photos|photograph|image|images|picture|pictures|foto|fotos|bild|credit|credits"
              + "|illustration|video|graphic|cover image|header image)s?\\s*(:|/|by\\b|credit\\b)[^()]{0,80}\\)?$"
              + "|^\\(?[\\p{L} .&/,-]{0,50}\\b(getty images|shutterstock|ap photo|afp photo|reuters photo"
              + "|epa-efe|imago|dpa|picture alliance|alamy|istock)\\b[\\p{L} .&/,-]{0,50}\\)?$",
          FLAGS);

  /**
   * A credit's label ("Photo:", "Image /"). A credit without one that ends like a sentence is a
   * sentence: "Video by a passenger shows ...", "..., dpa reported."
   */
  private static final Pattern PHOTO_LABEL =
      Pattern.compile(
          "^\\(?\\s*(photo|photos|photograph|image|images|picture|pictures|foto|fotos|bild|credit|credits"
              + "|illustration|video|graphic|cover image|header image)s?\\s*(:|/)",
          FLAGS);

  private static final Pattern CROSS_LINK =
      Pattern.compile(
          // » and › arrive folded to " and ' (TextNormalizer); a bullet has a space after it, a quote not
          "^(>>+|→|▶|►|\\*|-|[\"'](?=\\s))?\\s*(read( also| more| next)?|also read|more|see also"
              + "|related( articles?| stories| coverage| content| reading)?|recommended( reading| stories)?"
              + "|further reading|more on (this|that)( story| topic)?|more from [\\p{L} ]{1,30}|don'?t miss"
              + "|must read|you (may|might) also (like|be interested in)|watch|listen|trending"
              + "|top stories|latest( news)?|explore more)\\s*(:|>>|»|\\|)\\s*\\S.*$",
          FLAGS);

  private static final Pattern TAGS =
      Pattern.compile("^(tags?|topics?|filed under|categor(y|ies)|keywords|themes)\\s*:.*$", FLAGS);

  private static final Pattern ATTRIBUTION =
      Pattern.compile("^(source|sources|via|originally published|first published|credit)\\b.*$", FLAGS);

  /** A word of letters, with the dots of "a.m." and "p.m.". */
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+(\\.\\p{L}+)*\\.?");

  private static final Set<String> SHARE_WORDS =
      Set.of(
          "facebook", "twitter", "x", "whatsapp", "linkedin", "email", "e", "mail", "print", "copy",
          "link", "telegram", "reddit", "pinterest", "share", "tweet", "messenger", "flipboard",
          "threads", "bluesky", "mastodon", "sms", "this", "article", "story", "page", "post", "on", "via");

  private static final Set<String> ADVERT_WORDS =
      Set.of(
          "job", "jobs", "career", "careers", "hiring", "vacancy", "vacancies", "newsletter",
          "newsletters", "subscribe", "subscribed", "subscription", "subscriptions", "inbox", "email",
          "e-mail", "notified", "notification", "notifications", "alerts", "offer", "offers", "deal",
          "deals", "discount", "coupon", "coupons", "sponsored", "advertisement", "advertising",
          "promoted", "promotion", "trial", "shop", "premium", "unlimited", "sign", "daily", "weekly",
          "free");

  /** Advert words that story text rarely uses next to a call to the reader. */
  private static final Set<String> STRONG_ADVERT_WORDS =
      Set.of(
          "job", "jobs", "careers", "hiring", "vacancies", "newsletter", "newsletters", "subscribe",
          "subscription", "inbox", "notified", "notifications", "alerts", "sponsored", "advertisement",
          "coupon", "coupons", "discount", "promotion", "trial");

  private static final Set<String> IMPERATIVES =
      Set.of(
          "find", "get", "sign", "subscribe", "join", "discover", "apply", "click", "download",
          "try", "shop", "browse", "see", "check", "register", "start", "claim", "grab", "enter",
          "receive", "stay", "never", "don't", "read", "follow", "explore", "unlock", "save", "support",
          "become", "donate", "install", "send", "email", "share", "like", "leave", "post", "have");

  private static final Set<String> FRAGMENT_WORDS =
      Set.of(
          "comment", "comments", "reply", "share", "source", "link", "links", "site", "print", "email",
          "top", "back", "menu", "home", "next", "previous", "advertisement", "ad", "ads", "tags",
          "related", "more", "loading", "sponsored", "continue", "reading", "close", "skip", "content");

  private ChromeDetector() {}

  /**
   * The rule that removes each paragraph, or null for story text.
   *
   * @param paragraphs the body paragraphs, headline excluded
   * @param headline the headline, to recognise echoes of it
   * @param repeated lines the corpus repeats in different contexts
   */
  static @Nullable ChromeRule[] classify(List<Paragraph> paragraphs, String headline, RepeatedLines repeated) {
    int n = paragraphs.size();
    ChromeRule[] rules = new ChromeRule[n];
    for (int i = 0; i < n; i++) {
      rules[i] = single(paragraphs.get(i), headline);
    }
    authorBoxes(paragraphs, rules);
    shareButtons(paragraphs, rules);
    advertHeadings(paragraphs, rules);
    trailingFragments(paragraphs, rules);
    for (int i = 0; i < n; i++) {
      if (rules[i] == null && repeated.isBoilerplate(paragraphs.get(i).text())) {
        rules[i] = ChromeRule.REPEATED_LINE;
      }
    }
    return rules;
  }

  private static @Nullable ChromeRule single(Paragraph p, String headline) {
    String text = p.text();
    int words = p.words();
    if (words <= 20 && (words <= 6 || !p.endsLikeSentence() || addressesReader(text))
        && CALL_TO_ACTION.matcher(text).find()) {
      return ChromeRule.CALL_TO_ACTION;
    }
    if (words <= 12 && !p.endsLikeSentence() && BYLINE.matcher(text).matches()) {
      return ChromeRule.BYLINE;
    }
    if (words <= 24 && TIMESTAMP.matcher(text).matches() && onlyStampWords(text)) {
      return ChromeRule.TIMESTAMP;
    }
    if (words <= 30 && SYNDICATION.matcher(text).matches()) {
      return ChromeRule.SYNDICATION_NOTE;
    }
    if (words <= 4 && AD_LABEL.matcher(text).matches()) {
      return ChromeRule.ADVERT;
    }
    if (words >= 2 && words <= 12 && isShareBar(text)) {
      return ChromeRule.SHARE_BAR;
    }
    if (words <= 14 && isNavigation(p)) {
      return ChromeRule.NAVIGATION;
    }
    if (words <= 30 && COPYRIGHT.matcher(text).matches()) {
      return ChromeRule.COPYRIGHT;
    }
    if (words <= 16 && EDITORIAL_NOTE.matcher(text).matches()) {
      return ChromeRule.EDITORIAL_NOTE;
    }
    if (words <= 40 && CAPTION_CREDIT.matcher(text).matches()) {
      return ChromeRule.PHOTO_CREDIT;
    }
    if (words <= 40 && SUPPORT_APPEAL.matcher(text).matches() && addressesReader(text)) {
      return ChromeRule.ADVERT;
    }
    if (words <= 30 && CROSS_LINK.matcher(text).matches()) {
      return ChromeRule.CROSS_LINK;
    }
    if (words <= 16
        && PHOTO_CREDIT.matcher(text).matches()
        && (!p.endsLikeSentence() || PHOTO_LABEL.matcher(text).lookingAt())) {
      return ChromeRule.PHOTO_CREDIT;
    }
    if (words <= 40 && TAGS.matcher(text).matches()) {
      return ChromeRule.TAGS;
    }
    if (words <= 40 && isAdvert(text)) {
      return ChromeRule.ADVERT;
    }
    if (words <= 80 && isCookieNotice(text)) {
      return ChromeRule.COOKIE_NOTICE;
    }
    if (isTitleEcho(text, headline)) {
      return ChromeRule.TITLE_PREFIX;
    }
    return null;
  }

  /** An "About the author" heading takes the short lines after it (name, role, prompts) with it. */
  private static void authorBoxes(List<Paragraph> paragraphs, @Nullable ChromeRule[] rules) {
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      if (p.words() > 8 || p.endsLikeSentence() || !AUTHOR_HEADING.matcher(p.text()).matches()) {
        continue;
      }
      rules[i] = ChromeRule.AUTHOR_BOX;
      for (int j = i + 1; j < paragraphs.size() && j <= i + 6; j++) {
        Paragraph q = paragraphs.get(j);
        boolean shortLine = q.words() <= 6 && !q.endsLikeSentence();
        if (rules[j] != null) {
          continue; // a prompt inside the box keeps its own rule
        }
        if (!shortLine && !(q.words() <= 60 && AUTHOR_BIO.matcher(q.text()).matches())) {
          break;
        }
        rules[j] = ChromeRule.AUTHOR_BOX;
      }
    }
  }

  /** Share buttons one a line ("Facebook", "X", "Email") next to other share buttons or prompts. */
  private static void shareButtons(List<Paragraph> paragraphs, @Nullable ChromeRule[] rules) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < paragraphs.size(); i++) {
        Paragraph p = paragraphs.get(i);
        if (rules[i] != null || p.words() == 0 || p.words() > 2 || !isShareBar(p.text())) {
          continue;
        }
        if (isShareOrPrompt(rules, i - 1) || isShareOrPrompt(rules, i + 1)) {
          rules[i] = ChromeRule.SHARE_BAR;
          changed = true;
        }
      }
    }
  }

  private static boolean isShareOrPrompt(@Nullable ChromeRule[] rules, int i) {
    return i >= 0 && i < rules.length
        && (rules[i] == ChromeRule.SHARE_BAR || rules[i] == ChromeRule.CALL_TO_ACTION);
  }

  /** A heading-like line with an advert word next to an advert is that advert's heading. */
  private static void advertHeadings(List<Paragraph> paragraphs, @Nullable ChromeRule[] rules) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (rules[i] != null) {
        continue;
      }
      boolean nextToAdvert =
          (i > 0 && rules[i - 1] == ChromeRule.ADVERT)
              || (i + 1 < paragraphs.size() && rules[i + 1] == ChromeRule.ADVERT);
      Paragraph p = paragraphs.get(i);
      if (nextToAdvert && p.words() <= 8 && !p.endsLikeSentence() && advertWords(p.text()) >= 1) {
        rules[i] = ChromeRule.ADVERT;
      }
    }
  }

  /**
   * After the story's last sentence, short lines without sentence punctuation that are made of
   * interface words ("Source link", "Back to top") or attributions ("Source: ...") are chrome.
   */
  private static void trailingFragments(List<Paragraph> paragraphs, @Nullable ChromeRule[] rules) {
    for (int i = paragraphs.size() - 1; i >= 0; i--) {
      if (rules[i] != null) {
        continue;
      }
      Paragraph p = paragraphs.get(i);
      if (p.words() > 6 || p.endsLikeSentence()) {
        return;
      }
      if (!ATTRIBUTION.matcher(p.text()).matches() && !madeOfFragmentWords(p.text())) {
        return;
      }
      rules[i] = ChromeRule.TRAILING_FRAGMENT;
    }
  }

  /**
   * Navigation as text: items joined by separators ("Home > News > Latest", "Menu | Search |
   * Subscribe", "Site Name | Local news, weather and sport"), each item a few words, no sentence.
   */
  private static boolean isNavigation(Paragraph p) {
    if (p.endsLikeSentence()) {
      return false;
    }
    String[] items = NAV_SEPARATOR.split(p.text().strip());
    if (items.length < 2) {
      return false;
    }
    for (String item : items) {
      int w = words(item).length;
      if (w == 0 || w > 6) {
        return false;
      }
    }
    return true;
  }

  /** Whether every lower-case word of the line is one a date stamp uses. */
  private static boolean onlyStampWords(String text) {
    Matcher m = LETTERS.matcher(text);
    while (m.find()) {
      String w = m.group();
      if (Character.isLowerCase(w.charAt(0)) && !STAMP_WORDS.contains(w.replaceAll("\\.$", ""))) {
        return false;
      }
    }
    return true;
  }

  private static boolean madeOfFragmentWords(String text) {
    String[] words = words(text);
    int interfaceWords = 0;
    for (String w : words) {
      if (FRAGMENT_WORDS.contains(w)) {
        interfaceWords++;
      }
    }
    return interfaceWords > 0 && interfaceWords * 2 >= words.length;
  }

  /**
   * An advert speaks to the reader (an imperative first word, or "you" outside quotation marks, so
   * that a quoted official saying "your question" does not count) and uses two advert words, one of
   * them a word that story text rarely puts in such a sentence.
   */
  private static boolean isAdvert(String text) {
    String unquoted = text.replaceAll("\"[^\"]*\"", " ");
    String[] words = words(unquoted);
    if (words.length == 0) {
      return false;
    }
    if (!addressesReader(text) || advertWords(unquoted) < 2) {
      return false;
    }
    for (String w : words) {
      if (STRONG_ADVERT_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** An imperative first word, or "you" / "your" / "us" outside quotation marks. */
  private static boolean addressesReader(String text) {
    String[] words = words(text.replaceAll("\"[^\"]*\"", " "));
    return words.length > 0
        && (IMPERATIVES.contains(words[0])
            || contains(words, "you")
            || contains(words, "your")
            || contains(words, "us"));
  }

  private static int advertWords(String text) {
    int count = 0;
    for (String w : words(text)) {
      if (ADVERT_WORDS.contains(w)) {
        count++;
      }
    }
    return count;
  }

  private static boolean isShareBar(String text) {
    for (String w : words(text)) {
      if (!SHARE_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCookieNotice(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("cookie")
        && (lower.contains("accept") || lower.contains("consent") || lower.contains("privacy")
            || lower.contains("agree") || lower.contains("settings"));
  }

  /** "You are currently viewing HEADLINE": the headline after at most six words of interface. */
  static boolean isTitleEcho(String text, String headline) {
    if (headline.isEmpty() || text.length() <= headline.length()) {
      return false;
    }
    if (!text.toLowerCase(Locale.ROOT).endsWith(headline.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String prefix = text.substring(0, text.length() - headline.length());
    int prefixWords = words(prefix).length;
    return prefixWords >= 1 && prefixWords <= 6 && !prefix.strip().endsWith(".");
  }

  private static boolean contains(String[] words, String word) {
    for (String w : words) {
      if (w.equals(word)) {
        return true;
      }
    }
    return false;
  }

  static String[] words(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
    return lower.isEmpty() ? new String[0] : lower.split(" ");
  }
}
