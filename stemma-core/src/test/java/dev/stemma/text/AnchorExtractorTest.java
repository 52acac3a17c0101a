package dev.stemma.text;

import static dev.stemma.text.AnchorKind.DATE;
import static dev.stemma.text.AnchorKind.NAME;
import static dev.stemma.text.AnchorKind.NUMBER;
import static dev.stemma.text.AnchorKind.QUOTED;
import static dev.stemma.text.AnchorKind.RARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorExtractorTest {

  private static AnchorSet anchors(String text) {
    return AnchorExtractor.extract(
        text, WordTokenizer.tokenize(text, SentenceSplitter.split(text)));
  }

  private static Anchor anchor(String term, int count, AnchorKind... kinds) {
    EnumSet<AnchorKind> set = EnumSet.of(kinds[0], kinds);
    return new Anchor(term, set.iterator().next(), set, count);
  }

  @Test
  void extract_findsAnchorsOfARealParagraph() {
    // Seed 000, fourth paragraph, after cleaning.
    String text =
        "Russian Ambassador to China Andrei Denisov told reporters the two men would meet at the"
            + " organization's summit in the Uzbek city of Samarkand on September 15-16. \"We are"
            + " actively preparing for this,\" Denisov was quoted by Russian news agency Tass as"
            + " saying.";
    assertThat(anchors(text).anchors())
        .containsExactly(
            anchor("15", 1, NUMBER),
            anchor("16", 1, NUMBER),
            anchor("2", 1, NUMBER), // "two"
            anchor("actively", 1, QUOTED),
            anchor("ambassador", 1, NAME),
            anchor("andrei", 1, NAME, RARE),
            anchor("china", 1, NAME),
            anchor("denisov", 2, NAME, RARE),
            anchor("preparing", 1, QUOTED),
            anchor("russian", 2, NAME), // sentence-initial once, confirmed by "by Russian news"
            anchor("samarkand", 1, NAME, RARE),
            anchor("september", 1, DATE, NAME),
            anchor("tass", 1, NAME, RARE),
            anchor("uzbek", 1, NAME, RARE));
  }

  @Test
  void extract_takesSentenceInitialWordAsNameOnlyWhenConfirmedElsewhere() {
    AnchorSet a =
        anchors("Putin left. Both leaders met Putin. The talks ended. Asked why, he smiled.");
    assertThat(a.get("putin"))
        .hasValueSatisfying(
            x -> {
              assertThat(x.kind()).isEqualTo(NAME);
              assertThat(x.count()).isEqualTo(2);
            });
    assertThat(a.terms()).doesNotContain("both", "the", "asked");
  }

  @Test
  void extract_takesSentenceInitialAcronymAsName() {
    AnchorSet a = anchors("NATO rejected the plan.");
    assertThat(a.get("nato")).hasValue(anchor("nato", 1, NAME, RARE));
  }

  @Test
  void extract_keepsUnconfirmedSentenceInitialRareWordAsRareOnly() {
    AnchorSet a = anchors("Samarkand hosts the summit.");
    assertThat(a.get("samarkand")).hasValue(anchor("samarkand", 1, RARE));
  }

  @Test
  void extract_doesNotTakeHeadingWordsAsNames() {
    AnchorSet a = anchors("The Meeting\n\nLeave a Comment");
    assertThat(a.terms()).isEmpty();
  }

  @Test
  void extract_readsYearsAsDatesAndGroupedNumbersAsNumbers() {
    AnchorSet a = anchors("In 2019 more than 2,000 people came, and 2100 will follow.");
    assertThat(a.get("2019")).hasValue(anchor("2019", 1, DATE));
    assertThat(a.get("2000")).hasValue(anchor("2000", 1, NUMBER));
    assertThat(a.get("2100")).hasValue(anchor("2100", 1, NUMBER));
  }

  @Test
  void extract_readsMonthAbbreviationsAsTheMonth() {
    AnchorSet a = anchors("They met on Sept. 15 and on September 16, and again on Oct 2.");
    assertThat(a.get("september")).hasValue(anchor("september", 2, DATE, NAME));
    assertThat(a.get("october")).hasValue(anchor("october", 1, DATE, NAME));
    assertThat(a.terms()).doesNotContain("sept", "oct");
  }

  @Test
  void extract_readsAbbreviationWithoutPeriodOrNumberAsName() {
    AnchorSet a = anchors("Her friend Jan Smith came.");
    assertThat(a.get("jan")).hasValue(anchor("jan", 1, NAME));
  }

  @Test
  void extract_readsMayAsMonthOnlyWhereItCannotBeTheVerb() {
    assertThat(anchors("It happened in May.").get("may")).hasValue(anchor("may", 1, DATE));
    assertThat(anchors("May 5 was cold.").get("may")).hasValue(anchor("may", 1, DATE));
    assertThat(anchors("May we ask?").terms()).doesNotContain("may");
  }

  @Test
  void extract_readsWeekdaysAsDates() {
    assertThat(anchors("A Russian official said on Wednesday.").get("wednesday"))
        .hasValue(anchor("wednesday", 1, DATE, NAME));
  }

  @Test
  void extract_readsSpelledNumbersAsDigits() {
    AnchorSet a = anchors("The two leaders met for ten days; one of them left.");
    assertThat(a.get("2")).hasValue(anchor("2", 1, NUMBER));
    assertThat(a.get("10")).hasValue(anchor("10", 1, NUMBER));
    assertThat(a.terms()).doesNotContain("1", "one");
  }

  @Test
  void extract_takesContentWordsInQuotesOnly() {
    AnchorSet a = anchors("They would have \"no limits\".");
    assertThat(a.terms()).containsExactly("limits");
    assertThat(a.get("limits")).hasValue(anchor("limits", 1, QUOTED));
  }

  @Test
  void extract_mergesAcronymSpellings() {
    AnchorSet a = anchors("Ties with the U.S. cooled, a top US politician said.");
    assertThat(a.get("us")).hasValue(anchor("us", 2, NAME));
  }

  @Test
  void extract_findsRareLowercaseWords() {
    AnchorSet a = anchors("Beijing said China offered its tacit support despite the sanctions.");
    assertThat(a.terms(RARE)).containsExactly("sanctions", "tacit");
    assertThat(a.terms(NAME)).containsExactly("china");
  }

  @Test
  void extract_keepsNamesUnstemmed() {
    assertThat(anchors("The war in Ukraine went on.").terms()).contains("ukraine");
  }

  @Test
  void extract_findsNothingInEmptyText() {
    assertThat(AnchorExtractor.extract("", List.of())).isEqualTo(AnchorSet.empty());
  }

  @Test
  void anchor_rejectsKindThatIsNotFirstOfKinds() {
    assertThatThrownBy(() -> new Anchor("samarkand", RARE, EnumSet.of(NAME, RARE), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Anchor 'samarkand' kind must be the first of its kinds [NAME, RARE] in precedence"
                + " order, NAME, got RARE");
  }

  @Test
  void anchor_rejectsZeroCount() {
    assertThatThrownBy(() -> Anchor.of("x", NAME, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Anchor 'x' count must be >= 1, got 0");
  }

  @Test
  void anchorSet_rejectsDuplicateTerms() {
    assertThatThrownBy(
            () -> AnchorSet.of(List.of(Anchor.of("xi", NAME, 1), Anchor.of("xi", RARE, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AnchorSet holds each term once, got 'xi' twice; merge their counts");
  }
}
