package dev.stemma.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.stemma.ingest.Article;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * One test per {@link ChromeRule}, each with a line written for the test (not taken from the seeds
 * or the example corpus), and story sentences that use chrome's words but must stay.
 */
class ChromeRulesTest {

  private static final String HEADLINE = "Eastshore ferry fares cut by a third";
  private static final String STORY_1 =
      "The Eastshore transit authority cut ferry fares by a third on Tuesday, saying ridership had"
          + " fallen since the tunnel toll was lifted.";
  private static final String STORY_2 =
      "Board chair Miriam Okoye said the cheaper fares would last at least until the end of the year.";
  private static final String STORY_3 = "Commuter groups welcomed the decision but asked for later sailings.";

  /** An article with the given lines between story paragraphs. */
  private static CleanArticle middle(String... lines) {
    return clean(HEADLINE + "\n\n" + STORY_1 + "\n\n" + String.join("\n\n", lines) + "\n\n" + STORY_2 + "\n\n" + STORY_3);
  }

  /** An article with the given lines after the last story paragraph. */
  private static CleanArticle end(String... lines) {
    return clean(HEADLINE + "\n\n" + STORY_1 + "\n\n" + STORY_2 + "\n\n" + String.join("\n\n", lines));
  }

  /** An article with the given lines right after the headline. */
  private static CleanArticle top(String... lines) {
    return clean(HEADLINE + "\n\n" + String.join("\n\n", lines) + "\n\n" + STORY_1 + "\n\n" + STORY_2);
  }

  private static CleanArticle clean(String text) {
    return Cleaner.clean(Article.of("t", text), RepeatedLines.NONE);
  }

  private static void assertRemoved(CleanArticle c, ChromeRule rule, String... lines) {
    assertThat(c.removed()).extracting(RemovedLine::rule, RemovedLine::text)
        .containsExactly(java.util.Arrays.stream(lines).map(l -> tuple(rule, l)).toArray(org.assertj.core.groups.Tuple[]::new));
    for (String line : lines) {
      assertThat(c.body()).doesNotContain(line);
    }
    assertThat(c.body()).contains(STORY_1).contains(STORY_2);
  }

  @Test
  void titlePrefix_headlineBehindInterfaceWordsInTheBody() {
    assertRemoved(middle("Now reading: " + HEADLINE), ChromeRule.TITLE_PREFIX, "Now reading: " + HEADLINE);
  }

  @Test
  void headlineRepeated_givenTitleAgainAsTheFirstLine() {
    Article a =
        new Article("t", HEADLINE + "\n\n" + STORY_1, HEADLINE, dev.stemma.ingest.ArticleMeta.NONE, dev.stemma.ingest.InputRef.of("t"));
    CleanArticle c = Cleaner.clean(a, RepeatedLines.NONE);
    assertThat(c.removed()).extracting(RemovedLine::rule, RemovedLine::text).containsExactly(tuple(ChromeRule.HEADLINE_REPEATED, HEADLINE));
    assertThat(c.body()).isEqualTo(STORY_1);
  }

  @Test
  void callToAction_commentPrompts() {
    assertRemoved(
        end("Be the first to leave a comment", "37 comments", "Log in to reply"),
        ChromeRule.CALL_TO_ACTION,
        "Be the first to leave a comment",
        "37 comments",
        "Log in to reply");
  }

  @Test
  void byline_byNameWithRole() {
    assertRemoved(top("By Tomasz Wierzbicki, transport correspondent"), ChromeRule.BYLINE, "By Tomasz Wierzbicki, transport correspondent");
  }

  @Test
  void timestamp_updateStamp() {
    assertRemoved(top("Last updated: 14 June 2024, 09:12 BST"), ChromeRule.TIMESTAMP, "Last updated: 14 June 2024, 09:12 BST");
  }

  @Test
  void timestamp_stampsInTheirCommonForms() {
    assertRemoved(
        top("Posted 3 hours ago", "Posted an hour ago", "Updated on Tuesday at 4:10 p.m.", "Published 14 June 2024 by Gazette Staff"),
        ChromeRule.TIMESTAMP,
        "Posted 3 hours ago",
        "Posted an hour ago",
        "Updated on Tuesday at 4:10 p.m.",
        "Published 14 June 2024 by Gazette Staff");
  }

  @Test
  void authorBox_headingNameAndBio() {
    assertRemoved(
        end("About the writer", "Marta Oyelowo", "Marta is a senior reporter covering City Hall for the Gazette."),
        ChromeRule.AUTHOR_BOX,
        "About the writer",
        "Marta Oyelowo",
        "Marta is a senior reporter covering City Hall for the Gazette.");
  }

  @Test
  void advert_jobsBoxWithItsHeading() {
    assertRemoved(
        middle("Careers at the Gazette", "Apply now for reporting jobs and get new vacancies by email."),
        ChromeRule.ADVERT,
        "Careers at the Gazette",
        "Apply now for reporting jobs and get new vacancies by email.");
  }

  @Test
  void advert_newsletterAddressedToTheReader() {
    assertRemoved(
        middle("Get the Morning Commute newsletter: traffic alerts in your inbox every weekday."),
        ChromeRule.ADVERT,
        "Get the Morning Commute newsletter: traffic alerts in your inbox every weekday.");
  }

  @Test
  void advert_appealForSupport() {
    assertRemoved(
        end("Support independent journalism: become a Gazette member for $5 a month."),
        ChromeRule.ADVERT,
        "Support independent journalism: become a Gazette member for $5 a month.");
  }

  @Test
  void photoCredit_standaloneCredit() {
    assertRemoved(top("Photo: Amina Farouk / Eastshore Gazette"), ChromeRule.PHOTO_CREDIT, "Photo: Amina Farouk / Eastshore Gazette");
  }

  @Test
  void photoCredit_captionEndingWithItsCredit() {
    String caption = "A ferry leaves the Pier 2 terminal on Tuesday. (Photo: Lars Berg / Gazette)";
    assertRemoved(top(caption), ChromeRule.PHOTO_CREDIT, caption);
  }

  @Test
  void photoCredit_agencyCredit() {
    assertRemoved(top("Lars Berg / Getty Images"), ChromeRule.PHOTO_CREDIT, "Lars Berg / Getty Images");
  }

  @Test
  void crossLink_linksToOtherArticles() {
    assertRemoved(
        middle("Read next: Five bridges that closed without warning", ">> More from Transport: Bus lanes return to King Street"),
        ChromeRule.CROSS_LINK,
        "Read next: Five bridges that closed without warning",
        ">> More from Transport: Bus lanes return to King Street");
  }

  @Test
  void crossLink_behindAGuillemetBullet() {
    // the normaliser folds » and › to quotation marks before the rules see the line
    assertRemoved(
        middle("\u00BB More from Transport: Bus lanes return to King Street", "\u203A Read also: Why the tunnel toll went"),
        ChromeRule.CROSS_LINK,
        "\u00BB More from Transport: Bus lanes return to King Street",
        "\u203A Read also: Why the tunnel toll went");
  }

  @Test
  void crossLink_aQuotationStartingWithMore_stays() {
    assertThat(middle("\"More: that is what riders want,\" Okoye said.").removed()).isEmpty();
  }

  @Test
  void shareBar_onOneLine() {
    assertRemoved(top("Share: Facebook | LinkedIn | Print"), ChromeRule.SHARE_BAR, "Share: Facebook | LinkedIn | Print");
  }

  @Test
  void shareBar_oneButtonALineNextToAPrompt() {
    CleanArticle c = end("Share this article", "Facebook", "LinkedIn", "Telegram");
    assertThat(c.removed())
        .extracting(RemovedLine::rule, RemovedLine::text)
        .containsExactly(
            tuple(ChromeRule.CALL_TO_ACTION, "Share this article"),
            tuple(ChromeRule.SHARE_BAR, "Facebook"),
            tuple(ChromeRule.SHARE_BAR, "LinkedIn"),
            tuple(ChromeRule.SHARE_BAR, "Telegram"));
  }

  @Test
  void cookieNotice() {
    String notice = "This site uses cookies to improve your experience. Manage your privacy settings or press OK to continue.";
    assertRemoved(end(notice), ChromeRule.COOKIE_NOTICE, notice);
  }

  @Test
  void copyright() {
    assertRemoved(end("\u00A9 2024 Eastshore Gazette Ltd. All rights reserved."), ChromeRule.COPYRIGHT, "\u00A9 2024 Eastshore Gazette Ltd. All rights reserved.");
  }

  @Test
  void copyright_inItsOtherForms() {
    assertRemoved(
        end("Copyright (C) 2024 Harbour Media Group", "Copyright The Eastshore Gazette. All rights reserved.", "Copyright Harbour Media Group"),
        ChromeRule.COPYRIGHT,
        "Copyright (C) 2024 Harbour Media Group",
        "Copyright The Eastshore Gazette. All rights reserved.",
        "Copyright Harbour Media Group");
  }

  @Test
  void editorialNote() {
    assertRemoved(end("This interview has been lightly edited and condensed."), ChromeRule.EDITORIAL_NOTE, "This interview has been lightly edited and condensed.");
  }

  @Test
  void tags() {
    assertRemoved(end("Filed under: Transport, City Hall, Eastshore"), ChromeRule.TAGS, "Filed under: Transport, City Hall, Eastshore");
  }

  @Test
  void trailingFragment_interfaceWordsAndAttributionAfterTheStory() {
    assertRemoved(end("Source: Gazette wire services", "Back to top"), ChromeRule.TRAILING_FRAGMENT, "Source: Gazette wire services", "Back to top");
  }

  @Test
  void trailingFragment_onlyAfterTheLastSentence() {
    CleanArticle c = middle("Back to top");
    assertThat(c.removed()).isEmpty();
  }

  @Test
  void repeatedLine_aTemplateLineAroundDifferentStories() {
    String template = "The Eastshore Gazette, serving the harbour since 1921";
    RepeatedLines.Builder b = new RepeatedLines.Builder();
    for (String story : List.of("Council approves budget.", "School reopens after flood.", "Market hall to close.")) {
      b.add(Cleaner.paragraphs(Article.of("x", story + "\n\n" + template + "\n\n" + story + " More detail follows.")));
    }
    RepeatedLines repeated = b.build();
    CleanArticle c = Cleaner.clean(Article.of("t", HEADLINE + "\n\n" + STORY_1 + "\n\n" + template + "\n\n" + STORY_2), repeated);
    assertThat(c.removed()).extracting(RemovedLine::rule, RemovedLine::text).containsExactly(tuple(ChromeRule.REPEATED_LINE, template));
    assertThat(Cleaner.clean(Article.of("t", HEADLINE + "\n\n" + STORY_1 + "\n\n" + template + "\n\n" + STORY_2), RepeatedLines.NONE).removed())
        .isEmpty();
  }

  @Test
  void navigation_mastheadBreadcrumbsAndMenus() {
    assertRemoved(
        top("Eastshore Gazette | Local news, weather and sport", "Home > News > Transport"),
        ChromeRule.NAVIGATION,
        "Eastshore Gazette | Local news, weather and sport",
        "Home > News > Transport");
  }

  @Test
  void syndicationNote() {
    assertRemoved(
        end("This article first appeared on The Harbour Times."),
        ChromeRule.SYNDICATION_NOTE,
        "This article first appeared on The Harbour Times.");
  }

  @Test
  void advert_aLabelStandingAlone() {
    assertRemoved(middle("Advertisement"), ChromeRule.ADVERT, "Advertisement");
  }

  @Test
  void everyRuleHasATestHere() {
    // a reminder: a rule added to ChromeRule needs a test above (18 rules when this was written)
    assertThat(ChromeRule.values()).hasSize(18);
  }

  /** Story sentences that use chrome's words; each must stay, in the middle of a story and at its end. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "More than 2,000 party members will attend.",
        "Asked about the trip, the spokesman told a daily briefing: \u201COn your question, I have nothing to offer.\u201D",
        "The company cut 200 jobs, it said in an email.",
        "The Meeting",
        "Commuters queue for the ferry at Pier 4 on Monday morning.",
        "Share prices of the ferry operator rose 3% on Tuesday.",
        "Residents who want to see the timetable can join the discussion at City Hall on Thursday.",
        "Sign language interpreters will be at every meeting, the authority said.",
        "Follow the signs to Pier 2, staff told passengers.",
        "Read the full report, the councilman urged his colleagues.",
        "Comments from riders poured in on Tuesday.",
        "Tags on the old ferries show they were built in 1961.",
        "Print shops near the terminal said business had doubled.",
        "By Tuesday evening, the first cheaper sailings were full.",
        "Subscribers to the monthly pass will get a refund, the authority said.",
        "\u201CLet us know when the new timetable starts,\u201D one rider told the board.",
        "Photographs from 1962 show the first ferry leaving Pier 4.",
        "Email records obtained by the Gazette show the cut was planned in May.",
        "Source documents were not made public.",
        "The authority's newsletter, sent to 12,000 subscribers, announced the cut on Monday.",
        "Published in 2019, the audit warned that 4 of the 6 ferries needed new engines.",
        "Updated figures released on Tuesday show 14,000 daily riders.",
        "Posted speed limits on the harbour were cut to 5 knots in March.",
        "Published Monday, the timetable adds 12 sailings a day.",
        "Copyright lawyers say the ruling could affect 3,000 musicians.",
        "Copyright protection for the 1921 ferry posters expired last year.",
        "Protesters gathered outside the court in Munich, dpa reported.",
        "Video by a passenger shows the ferry striking the pier.",
      })
  void storySentenceThatLooksLikeChrome_stays(String sentence) {
    String normalized = TextNormalizer.normalize(sentence).text();
    CleanArticle inMiddle = middle(sentence);
    assertThat(inMiddle.removed()).as("in the middle").isEmpty();
    assertThat(inMiddle.body()).contains(normalized);
    CleanArticle atEnd = end(sentence);
    assertThat(atEnd.removed()).as("at the end").isEmpty();
    assertThat(atEnd.body()).endsWith(normalized);
  }
}
