package dev.stemma.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.ingest.Article;
import dev.stemma.ingest.ArticleMeta;
import dev.stemma.ingest.InputRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerTest {

  private static CleanArticle clean(String text) {
    return Cleaner.clean(Article.of("t", text), RepeatedLines.NONE);
  }

  private static CleanArticle clean(String title, String text) {
    return Cleaner.clean(new Article("t", text, title, ArticleMeta.NONE, InputRef.of("t")), RepeatedLines.NONE);
  }

  @Test
  void clean_firstLineIsTheHeadlineAndTheRestTheBody() {
    CleanArticle c = clean("Ferry fares cut\n\nThe transit authority cut fares.\n\nRiders welcomed it.\n");
    assertThat(c.id()).isEqualTo("t");
    assertThat(c.headline()).isEqualTo("Ferry fares cut");
    assertThat(c.headlineField()).isEqualTo("text");
    assertThat(new int[] {c.headlineStart(), c.headlineEnd()}).containsExactly(0, 15);
    assertThat(c.body()).isEqualTo("The transit authority cut fares.\n\nRiders welcomed it.");
    assertThat(c.removed()).isEmpty();
  }

  @Test
  void clean_normalisesAndJoinsSoftWrappedLinesInTheBody() {
    CleanArticle c = clean("Head\u00ADline\r\n\r\n\u201CWe are\r\nready,\u201D she said \u2013 twice.\r\n");
    assertThat(c.headline()).isEqualTo("Headline");
    assertThat(c.body()).isEqualTo("\"We are ready,\" she said - twice.");
  }

  @Test
  void clean_bodyMapsBackToTheOriginal() {
    String original = "Head\r\n\r\n\u201CWe are\r\nready,\u201D she said.\r\n\r\nLeave a comment\r\n\r\nSecond  paragraph.";
    CleanArticle c = clean(original);
    assertThat(c.body()).isEqualTo("\"We are ready,\" she said.\n\nSecond paragraph.");
    int ready = c.body().indexOf("ready");
    int[] span = c.toOriginal(ready, ready + 5);
    assertThat(original.substring(span[0], span[1])).isEqualTo("ready");
    int second = c.body().indexOf("Second");
    int[] whole = c.toOriginal(second, c.body().length());
    assertThat(original.substring(whole[0], whole[1])).isEqualTo("Second  paragraph.");
    int[] quote = c.toOriginal(0, c.body().indexOf(" she"));
    assertThat(original.substring(quote[0], quote[1])).isEqualTo("\u201CWe are\r\nready,\u201D");
  }

  @Test
  void clean_everyBodyCharacterComesFromTheSameCharacterOfTheOriginalOrFromWhitespace() {
    String original = "Headline\n\nThe city\u00A0closed  the bridge\non Monday.\n\nLeave a Comment\n\nIt will \u201Creopen\u201D.";
    CleanArticle c = clean(original);
    for (int i = 0; i < c.body().length(); i++) {
      char ch = c.body().charAt(i);
      String source = original.substring(c.bodyMap().start(i), c.bodyMap().end(i));
      if (ch == '\n') {
        assertThat(source).as("paragraph break at %d", i).isEmpty();
      } else if (ch == ' ') {
        assertThat(source).as("space at %d", i).isNotEmpty().matches("[\\s\\u00A0]+");
      } else if (ch == '"') {
        assertThat(source).as("quote at %d", i).isIn("\u201C", "\u201D");
      } else {
        assertThat(source).as("char %d", i).isEqualTo(String.valueOf(ch));
      }
    }
  }

  @Test
  void clean_removedLineCarriesTheOriginalOffsetsAndText() {
    String original = "Headline\r\n\r\nStory sentence one.\r\n\r\n  Leave\u00A0a  Comment \r\n\r\nStory sentence two.";
    CleanArticle c = clean(original);
    assertThat(c.removed()).hasSize(1);
    RemovedLine line = c.removed().get(0);
    assertThat(line.rule()).isEqualTo(ChromeRule.CALL_TO_ACTION);
    assertThat(line.field()).isEqualTo("text");
    assertThat(line.text()).isEqualTo("Leave\u00A0a  Comment");
    assertThat(original.substring(line.start(), line.end())).isEqualTo(line.text());
    assertThat(c.body()).isEqualTo("Story sentence one.\n\nStory sentence two.");
  }

  @Test
  void clean_removedSoftWrappedLineSpansBothOriginalLines() {
    String original = "Headline\n\nStory sentence.\n\nGet our newsletter and\nsubscribe for free job alerts.\n\nMore story text here.";
    CleanArticle c = clean(original);
    assertThat(c.removed()).extracting(RemovedLine::text).containsExactly("Get our newsletter and\nsubscribe for free job alerts.");
    RemovedLine line = c.removed().get(0);
    assertThat(original.substring(line.start(), line.end())).isEqualTo(line.text());
  }

  @Test
  void clean_givenTitle_isTheHeadlineAndTheWholeTextIsBody() {
    CleanArticle c = clean("Ferry  fares \u2018cut\u2019 ", "The transit authority cut fares.");
    assertThat(c.headline()).isEqualTo("Ferry fares 'cut'");
    assertThat(c.headlineField()).isEqualTo("title");
    assertThat(new int[] {c.headlineStart(), c.headlineEnd()}).containsExactly(0, 19); // the whole field
    assertThat(c.body()).isEqualTo("The transit authority cut fares.");
  }

  @Test
  void clean_givenTitleRepeatedAsTheFirstLine_removesTheRepeat() {
    String text = "FERRY FARES CUT\n\nThe transit authority cut fares.";
    CleanArticle c = clean("Ferry fares cut", text);
    assertThat(c.removed())
        .containsExactly(new RemovedLine(ChromeRule.HEADLINE_REPEATED, "text", 0, 15, "FERRY FARES CUT"));
    assertThat(c.body()).isEqualTo("The transit authority cut fares.");
  }

  @Test
  void clean_givenTitleThatEchoesTheFirstLine_takesTheHeadlineFromTheText() {
    String title = "Now reading: Ferry fares cut";
    String text = "Ferry fares cut\n\nThe transit authority cut fares.";
    CleanArticle c = clean(title, text);
    assertThat(c.removed()).containsExactly(new RemovedLine(ChromeRule.TITLE_PREFIX, "title", 0, 28, title));
    assertThat(c.headline()).isEqualTo("Ferry fares cut");
    assertThat(c.headlineField()).isEqualTo("text");
    assertThat(new int[] {c.headlineStart(), c.headlineEnd()}).containsExactly(0, 15);
    assertThat(c.body()).isEqualTo("The transit authority cut fares.");
  }

  @Test
  void clean_titleEchoFollowedByTheHeadline_dropsTheEchoAndKeepsTheHeadline() {
    String text = "You are now reading Ferry Fares Cut for Eastshore\n\nFerry Fares Cut for Eastshore\n\nThe transit authority cut fares.";
    CleanArticle c = clean(text);
    assertThat(c.removed()).extracting(RemovedLine::rule, RemovedLine::start, RemovedLine::end)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ChromeRule.TITLE_PREFIX, 0, 49));
    assertThat(c.headline()).isEqualTo("Ferry Fares Cut for Eastshore");
    assertThat(text.substring(c.headlineStart(), c.headlineEnd())).isEqualTo("Ferry Fares Cut for Eastshore");
    assertThat(c.body()).isEqualTo("The transit authority cut fares.");
  }

  @Test
  void clean_firstLineEndingLikeTheSecondAfterASentence_isNoTitleEcho() {
    CleanArticle c = clean("The council met. Fares cut\n\nFares cut\n\nThe authority cut fares.");
    assertThat(c.removed()).isEmpty();
    assertThat(c.headline()).isEqualTo("The council met. Fares cut");
  }

  @Test
  void isTitleEcho_needsOneToSixWordsOfInterfaceBeforeTheHeadline() {
    String headline = "Ferry fares cut";
    assertThat(ChromeDetector.isTitleEcho("You are currently viewing Ferry fares cut", headline)).isTrue();
    assertThat(ChromeDetector.isTitleEcho("Viewing: ferry FARES cut", headline)).isTrue();
    assertThat(ChromeDetector.isTitleEcho("Ferry fares cut", headline)).isFalse();
    assertThat(ChromeDetector.isTitleEcho("After months of talks the authority said that Ferry fares cut", headline)).isFalse();
    assertThat(ChromeDetector.isTitleEcho("Riders cheered. Ferry fares cut", headline)).isFalse();
    assertThat(ChromeDetector.isTitleEcho("anything", "")).isFalse();
  }

  @Test
  void clean_emptyText_givesEmptyHeadlineAndBody() {
    CleanArticle c = clean(" \n ");
    assertThat(c.headline()).isEmpty();
    assertThat(c.body()).isEmpty();
    assertThat(c.bodyMap().length()).isZero();
  }

  @Test
  void clean_headlineOnly_givesAnEmptyBody() {
    CleanArticle c = clean("Just a headline\n");
    assertThat(c.headline()).isEqualTo("Just a headline");
    assertThat(c.body()).isEmpty();
  }

  @Test
  void clean_removedLinesAreInOriginalOrder() {
    CleanArticle c =
        clean(
            "Headline\n\nBy Ana Ruiz, Gazette reporter\n\nStory sentence one.\n\nStory sentence two.\n\n"
                + "Filed under: Transport, Eastshore\n\nPost a comment");
    assertThat(c.removed()).extracting(RemovedLine::rule)
        .containsExactly(ChromeRule.BYLINE, ChromeRule.TAGS, ChromeRule.CALL_TO_ACTION);
    List<Integer> starts = c.removed().stream().map(RemovedLine::start).toList();
    assertThat(starts).isSorted();
  }

  @Test
  void paragraphs_includeTheHeadlineForCorpusStatistics() {
    assertThat(Cleaner.paragraphs(Article.of("t", "Head\n\nBody \u2013 one.")))
        .extracting(Paragraph::text)
        .containsExactly("Head", "Body - one.");
  }

  @Test
  void describe_givesRuleCodeAndTheLineShortened() {
    RemovedLine shortLine = new RemovedLine(ChromeRule.CALL_TO_ACTION, "text", 0, 17, "Leave a\n  comment");
    assertThat(Cleaner.describe(shortLine)).isEqualTo("call_to_action: \"Leave a comment\"");
    String longText = "Sign up for the Gazette morning newsletter to get the day's top stories in your inbox";
    RemovedLine longLine = new RemovedLine(ChromeRule.ADVERT, "text", 0, longText.length(), longText);
    assertThat(Cleaner.describe(longLine))
        .isEqualTo("advert: \"Sign up for the Gazette morning newsletter to get the day...\"");
  }

  @Test
  void chromeRule_codeIsTheLowerCaseName() {
    assertThat(ChromeRule.TRAILING_FRAGMENT.code()).isEqualTo("trailing_fragment");
    assertThat(ChromeRule.PHOTO_CREDIT.description()).isEqualTo("a photo or image credit");
  }

  @Test
  void removedLine_rejectsABadSpan() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RemovedLine(ChromeRule.TAGS, "text", 5, 4, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad span [5, 4) for removed line");
  }
}
