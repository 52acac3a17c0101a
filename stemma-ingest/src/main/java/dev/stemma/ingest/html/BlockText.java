package dev.stemma.ingest.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Writes the article element Readability found as plain text: one paragraph per block, paragraphs
 * separated by a blank line, whitespace collapsed as a browser shows it, a {@code <br>} kept as a
 * line break.
 *
 * <p>White space is collapsed where HTML collapses it (space, tab, line breaks), and so are the
 * no-break spaces (U+00A0, U+202F) that typography tools put before French colons and inside
 * numbers: one site's "80&amp;nbsp;000" is another's "80 000". Other spaces are characters of the
 * text (the ideographic space U+3000 of Chinese and Japanese) and are kept.
 *
 * <p>Our rules, applied per block because Readability judges whole containers and keeps what sits
 * between paragraphs:
 *
 * <ul>
 *   <li>the headline is left out when Readability keeps it (the article's {@code title} carries it);
 *   <li>a block whose text is mostly a link (80% or more) is a "Read also: ..." or "More: ..."
 *       pointer to another article, placed inline by the CMS, not a sentence of this one;
 *   <li>a short block (at most {@value #BYLINE_MAX_CHARS} characters) that names the author or holds
 *       the page's date ({@code <time>}, {@code rel=author}, {@code itemprop=author} or
 *       {@code datePublished}) is the byline or dateline: Readability removes bylines only when
 *       their class says "byline" or "author" and none came from the metadata;
 *   <li>a block whose whole text is an advertising label ("Advertisement", "Anzeige") is the
 *       remains of an ad slot whose class did not give it away;
 *   <li>a block that opens with such a label (">> Read also:", "Lesen Sie auch:") and is half links
 *       or more is the same pointer with a longer label;
 *   <li>a title at the end of the text (a heading, or a short line that does not end a sentence and
 *       is not a list item) belongs to something removed after the article: "Most read" over a
 *       link list, "Comments" over a thread. Readability sometimes takes a whole table row of an
 *       old layout, sidebar cell included; the cell's links go, its title stays. Only at the end:
 *       inside the text such a line is a subheading or a bullet point;
 *   <li>soft hyphens, zero-width spaces and word joiners are dropped: they are invisible, and
 *       sites insert them differently, so they would make identical texts differ. (Zero-width
 *       joiners and non-joiners stay: Persian and Indic scripts need them.)
 * </ul>
 */
final class BlockText {

  /** Share of a block's characters inside links at which the block is a link to elsewhere. */
  static final double LINK_BLOCK_SHARE = 0.8;

  /** Share of a block's characters inside links at which a block with a "Read also" label is a pointer. */
  static final double LABELLED_LINK_BLOCK_SHARE = 0.5;

  /** Labels that CMSs put before a link to another article, in several languages. */
  private static final Pattern READ_ALSO_LABEL =
      Pattern.compile(
          "^[>»►▶→\\s]*(?:(?:read (?:also|more)|also read|see also|lees ook|lesen sie (?:auch|mehr)|mehr zum thema"
              + "|à lire aussi|a lire aussi|lire aussi|lire la suite|voir aussi|leia também|lea también"
              + "|leer más|leggi anche|läs också|læs også|les også|czytaj (?:też|także|więcej)"
              + "|читайте также|相关阅读|延伸阅读|関連記事)\\s*[:：]?"
              // single words start real sentences too ("More than 40 people..."): only with a colon
              + "|(?:related|more|watch|listen)\\s*[:：])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern AUTHOR_SEPARATOR =
      Pattern.compile("\\s*(?:[,;&/]|\\s(?:and|und|et|y|e|og|och|en)\\s)\\s*", Pattern.CASE_INSENSITIVE);

  /** The longest line without closing punctuation that counts as a title. */
  static final int TITLE_MAX_CHARS = 80;

  /** What ends a sentence (or a line that introduces one), in the scripts of the seed corpus and more. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…。！？：；\"”»’)\\]]$");

  /** The longest block that the byline rule drops. */
  static final int BYLINE_MAX_CHARS = 150;

  private static final Set<String> BLOCKS =
      Set.of(
          "address", "article", "blockquote", "center", "dd", "details", "div", "dl", "dt",
          "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
          "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
          "thead", "tfoot", "tr", "ul");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> CELLS = Set.of("td", "th");

  private static final Set<String> AD_LABELS =
      Set.of(
          "ad", "ads", "advertisement", "advertising", "sponsored", "sponsored content", "anzeige",
          "werbung", "publicité", "publicidad", "pubblicità", "reklama", "advertentie", "annons",
          "mainos", "広告", "广告", "광고");

  /** The article text and how much of the main block was links. */
  record Rendered(String text, int chars, int linkChars) {}

  private BlockText() {}

  /**
   * The text of the main block.
   *
   * @param content the block Readability chose
   * @param comparableTitle the headline as {@link #comparable} gives it, to leave it out
   * @param author the byline from the metadata, to leave out the block that shows it
   */
  static Rendered render(Element content, @Nullable String comparableTitle, @Nullable String author) {
    List<String> authorNames = new ArrayList<>();
    if (author != null) {
      // "Maria Lindqvist, Jonas Berg" and "Ana Ruiz y Juan Gil": each name is matched by itself
      for (String name : AUTHOR_SEPARATOR.split(author)) {
        String w = words(name);
        if (w != null) {
          authorNames.add(w);
        }
      }
    }
    Visitor visitor = new Visitor(comparableTitle, authorNames);
    NodeTraversor.traverse(visitor, content);
    visitor.endBlock();
    List<Paragraph> paragraphs = visitor.paragraphs;
    int end = paragraphs.size();
    while (end > 0 && paragraphs.get(end - 1).isTitle()) {
      end--;
    }
    List<String> texts = paragraphs.subList(0, end).stream().map(Paragraph::text).toList();
    return new Rendered(String.join("\n\n", texts), visitor.totalChars, visitor.totalLinkChars);
  }

  /** A block of the text: whether it is a heading element, or a list item. */
  private record Paragraph(String text, boolean heading, boolean listItem) {
    /** A heading, or a short line that ends no sentence, and not a list item. */
    boolean isTitle() {
      return !listItem
          && (heading || (text.length() <= TITLE_MAX_CHARS && !SENTENCE_END.matcher(text).find()));
    }
  }


  /** A text reduced for comparison: case, accents, punctuation and spacing do not count. */
  static String comparable(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(folded.length());
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /**
   * A text as words for matching names: lower case, accents and punctuation gone, one space between
   * words and one at each end, so that " perrin " matches a whole word; null for no text.
   */
  static @Nullable String words(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(folded.length() + 2).append(' ');
    folded.codePoints()
        .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
        .forEach(c -> {
          if (Character.isLetterOrDigit(c)) {
            sb.appendCodePoint(c);
          } else if (sb.charAt(sb.length() - 1) != ' ') {
            sb.append(' ');
          }
        });
    if (sb.charAt(sb.length() - 1) != ' ') {
      sb.append(' ');
    }
    return sb.length() > 1 ? sb.toString() : null;
  }

  private static boolean isBylineMarker(Element e) {
    String itemprop = e.attr("itemprop");
    return e.normalName().equals("time")
        || e.attr("rel").equalsIgnoreCase("author")
        || itemprop.equalsIgnoreCase("author")
        || itemprop.equalsIgnoreCase("datePublished")
        || itemprop.equalsIgnoreCase("dateModified");
  }

  private static boolean isCollapsible(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0' || c == '\u202f';
  }

  private static final class Visitor implements NodeVisitor {
    private final @Nullable String title;
    private final List<String> authorNames;
    private boolean bylineMarker;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final StringBuilder block = new StringBuilder();
    private boolean pendingSpace;
    private int linkDepth;
    private int headingDepth;
    private int listItemDepth;
    private int blockChars;
    private int blockLinkChars;
    private int totalChars;
    private int totalLinkChars;

    Visitor(@Nullable String title, List<String> authorNames) {
      this.title = title;
      this.authorNames = authorNames;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        append(text.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (BLOCKS.contains(tag)) {
          endBlock();
        }
        if (isBylineMarker(e)) {
          bylineMarker = true;
        }
        if (HEADINGS.contains(tag)) {
          headingDepth++;
        } else if (tag.equals("li")) {
          listItemDepth++;
        } else if (tag.equals("a")) {
          linkDepth++;
        } else if (tag.equals("br")) {
          lineBreak();
        } else if (CELLS.contains(tag)) {
          pendingSpace = block.length() > 0;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (BLOCKS.contains(tag)) {
          endBlock();
        }
        if (HEADINGS.contains(tag)) {
          headingDepth--;
        } else if (tag.equals("li")) {
          listItemDepth--;
        } else if (tag.equals("a")) {
          linkDepth--;
        } else if (CELLS.contains(tag)) {
          pendingSpace = true;
        }
      }
    }

    private void append(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\u00ad' || c == '\u200b' || c == '\u2060' || c == '\ufeff') {
          continue;
        }
        if (isCollapsible(c)) {
          pendingSpace = block.length() > 0;
          continue;
        }
        if (pendingSpace && block.charAt(block.length() - 1) != '\n') {
          block.append(' ');
        }
        pendingSpace = false;
        block.append(c);
        blockChars++;
        if (linkDepth > 0) {
          blockLinkChars++;
        }
      }
    }

    private void lineBreak() {
      if (block.length() > 0 && block.charAt(block.length() - 1) != '\n') {
        block.append('\n');
      }
      pendingSpace = false;
    }

    void endBlock() {
      String text = block.toString().strip();
      boolean heading = headingDepth > 0;
      boolean listItem = listItemDepth > 0;
      int chars = blockChars;
      int linkChars = blockLinkChars;
      boolean marker = bylineMarker;
      bylineMarker = false;
      block.setLength(0);
      pendingSpace = false;
      blockChars = 0;
      blockLinkChars = 0;
      if (text.isEmpty()) {
        return;
      }
      totalChars += chars;
      totalLinkChars += linkChars;
      if (heading && title != null && comparable(text).equals(title)) {
        return;
      }
      if (linkChars >= LINK_BLOCK_SHARE * chars) {
        return;
      }
      if (linkChars >= LABELLED_LINK_BLOCK_SHARE * chars && READ_ALSO_LABEL.matcher(text).lookingAt()) {
        return;
      }
      if (AD_LABELS.contains(text.toLowerCase(Locale.ROOT))) {
        return;
      }
      if (text.length() <= BYLINE_MAX_CHARS && (marker || namesAuthor(text))) {
        return;
      }
      paragraphs.add(new Paragraph(text, heading, listItem));
    }

    private boolean namesAuthor(String text) {
      if (authorNames.isEmpty()) {
        return false;
      }
      String w = words(text);
      return w != null && authorNames.stream().anyMatch(w::contains);
    }
  }
}
