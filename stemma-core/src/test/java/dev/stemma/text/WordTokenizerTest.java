package dev.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

  /** The tokens of a text split into sentences, flattened. */
  private static List<Token> tokens(String text) {
    return WordTokenizer.tokenize(text, SentenceSplitter.split(text)).stream()
        .flatMap(List::stream)
        .toList();
  }

  private static List<String> norms(String text) {
    return tokens(text).stream().map(Token::norm).toList();
  }

  private static Token token(String text, String norm) {
    return tokens(text).stream().filter(t -> t.norm().equals(norm)).findFirst().orElseThrow();
  }

  @Test
  void tokenize_givesOffsetsOfEachWord() {
    String text = "Russia's state-run agency said 2,000 people came.";
    List<Token> tokens = tokens(text);
    assertThat(tokens)
        .extracting(Token::norm)
        .containsExactly("russia", "state", "run", "agency", "said", "2000", "people", "came");
    assertThat(tokens)
        .extracting(t -> t.text(text))
        .containsExactly("Russia's", "state", "run", "agency", "said", "2,000", "people", "came");
    // R u s s i a ' s _ s t a t e - r u n: "Russia's" is [0, 8), "state" [9, 14), "run" [15, 18)
    assertThat(tokens.get(0)).extracting(Token::start, Token::end).containsExactly(0, 8);
    assertThat(tokens.get(1)).extracting(Token::start, Token::end).containsExactly(9, 14);
    assertThat(tokens.get(2)).extracting(Token::start, Token::end).containsExactly(15, 18);
  }

  @Test
  void tokenize_dropsPossessiveFromNormButNotFromSpan() {
    Token t = token("Xi's first trip.", "xi");
    assertThat(t.start()).isZero();
    assertThat(t.end()).isEqualTo(4);
  }

  @Test
  void tokenize_keepsContractionWhole() {
    assertThat(norms("They don't know. It can't be."))
        .containsExactly("they", "don't", "know", "it", "can't", "be");
    assertThat(token("They don't know.", "don't").stopword()).isTrue();
  }

  @Test
  void tokenize_joinsDigitGroups() {
    assertThat(norms("About 1,234,567 people and 2,000 more."))
        .containsExactly("about", "1234567", "people", "and", "2000", "more");
  }

  @Test
  void tokenize_keepsCommaBetweenListedNumbers() {
    assertThat(norms("Rows 1,2 and 12,3456."))
        .containsExactly("rows", "1", "2", "and", "12", "3456");
  }

  @Test
  void tokenize_keepsDecimalsAndVersions() {
    assertThat(norms("Growth was 2.5 percent in v2.1 of 1,234.5 cases."))
        .containsExactly("growth", "was", "2.5", "percent", "in", "v2.1", "of", "1234.5", "cases");
    assertThat(token("Growth was 2.5 percent.", "2.5").number()).isTrue();
    assertThat(token("Growth in v2.1 today.", "v2.1").number()).isFalse();
  }

  @Test
  void tokenize_splitsNumberRangesAndHyphenatedWords() {
    assertThat(norms("On September 15-16 the state-run COVID-19 body met."))
        .containsExactly(
            "on", "september", "15", "16", "the", "state", "run", "covid", "19", "body", "met");
  }

  @Test
  void tokenize_readsFractionsAsNumbers() {
    assertThat(norms("In 2½ years and 1/2 of 24/7."))
        .containsExactly("in", "2½", "years", "and", "1/2", "of", "24/7");
    assertThat(token("In 2½ years.", "2½").number()).isTrue();
  }

  @Test
  void tokenize_readsOrdinalsAsNumbers() {
    Token t = token("On the 15th day.", "15");
    assertThat(t.number()).isTrue();
    assertThat(t.end() - t.start()).isEqualTo(4);
  }

  @Test
  void tokenize_readsDottedAcronymWithoutPeriods() {
    String text = "Relations with the U.S. cooled at 5 p.m. today.";
    Token us = token(text, "us");
    assertThat(us.text(text)).isEqualTo("U.S.");
    assertThat(us.capitalized()).isTrue();
    assertThat(us.stopword()).as("U.S. is a name, not the pronoun").isFalse();
    assertThat(token(text, "pm").text(text)).isEqualTo("p.m.");
  }

  @Test
  void tokenize_readsCapitalAcronymAsNonStopword() {
    assertThat(token("A top US politician came.", "us").stopword()).isFalse();
    assertThat(token("They told us nothing.", "us").stopword()).isTrue();
  }

  @Test
  void tokenize_keepsStopwordsInAllCapitalLine() {
    List<Token> tokens = tokens("PUTIN TO MEET US");
    assertThat(tokens).extracting(Token::norm).containsExactly("putin", "to", "meet", "us");
    assertThat(tokens).extracting(Token::stopword).containsExactly(false, true, false, true);
    assertThat(tokens).allMatch(Token::capsExpected).noneMatch(Token::acronym);
  }

  @Test
  void tokenize_flagsAcronymsInCapitalsOrWithPeriods() {
    List<Token> tokens = tokens("NATO and the U.S. met at 5 p.m. in Bali, an IT hub.");
    assertThat(tokens)
        .filteredOn(Token::acronym)
        .extracting(Token::norm)
        .containsExactly("nato", "us", "it");
  }

  @Test
  void tokenize_flagsCapitalizedAndSentenceInitialWords() {
    List<Token> tokens = tokens("Both met Putin. Then Xi left.");
    assertThat(tokens)
        .extracting(Token::norm)
        .containsExactly("both", "met", "putin", "then", "xi", "left");
    assertThat(tokens)
        .extracting(Token::capitalized)
        .containsExactly(true, false, true, true, true, false);
    assertThat(tokens)
        .extracting(Token::sentenceInitial)
        .containsExactly(true, false, false, true, false, false);
    assertThat(tokens)
        .extracting(Token::stopword)
        .containsExactly(true, false, false, true, false, false);
  }

  @Test
  void tokenize_expectsCapitalAfterColonAndOpeningQuote() {
    String text = "He told a briefing: \"On your question, Denisov said, I have nothing.\"";
    List<Token> tokens = tokens(text);
    assertThat(token(text, "on").capsExpected()).isTrue();
    assertThat(token(text, "denisov").capsExpected()).isFalse();
    assertThat(tokens.get(0).capsExpected()).isTrue();
    assertThat(token("The maneuvers \"Vostok\" ended.", "vostok").capsExpected())
        .as("a quote inside a clause does not expect a capital")
        .isFalse();
  }

  @Test
  void tokenize_expectsCapitalsInTitleCaseLine() {
    List<Token> tokens = tokens("China Party Congress\n\nThe Party met.");
    assertThat(tokens)
        .extracting(Token::capsExpected)
        .containsExactly(true, true, true, true, false, false);
  }

  @Test
  void tokenize_doesNotTakeSentenceCaseLineAsTitle() {
    List<Token> tokens = tokens("Putin, Xi to meet in Uzbekistan next week, official says");
    assertThat(tokens)
        .filteredOn(Token::capsExpected)
        .extracting(Token::norm)
        .containsExactly("putin");
  }

  @Test
  void tokenize_flagsQuotedWordsAcrossSentences() {
    String text = "He said: \"We are ready. We go.\" Then he left.";
    List<Token> tokens = tokens(text);
    assertThat(tokens)
        .filteredOn(Token::quoted)
        .extracting(Token::norm)
        .containsExactly("we", "are", "ready", "we", "go");
  }

  @Test
  void tokenize_endsOpenQuotationAtParagraphBreak() {
    String text = "He said: \"We are ready.\n\nThey left.";
    assertThat(tokens(text))
        .filteredOn(Token::quoted)
        .extracting(Token::norm)
        .containsExactly("we", "are", "ready");
  }

  @Test
  void tokenize_endsUnclosedQuotationWhenAnotherOpens() {
    // Seed 002: the first quotation is never closed; the next sentence opens a new one.
    String text =
        "\"Another gathering will take place. According to Denisov, \"We are preparing.\"";
    assertThat(tokens(text))
        .filteredOn(Token::quoted)
        .extracting(Token::norm)
        .containsExactly("another", "gathering", "will", "take", "place", "we", "are", "preparing");
  }

  @Test
  void tokenize_stemsWordsButNotNumbers() {
    String text = "Leaders were meeting 2,000 times.";
    assertThat(tokens(text))
        .extracting(Token::stem)
        .containsExactly("leader", "were", "meet", "2000", "time");
  }

  @Test
  void tokenize_lowercasesAccentedWordsAndLeavesTheirStem() {
    Token t = token("Düsseldorf said.", "düsseldorf");
    assertThat(t.stem()).isEqualTo("düsseldorf");
    assertThat(t.capitalized()).isTrue();
  }

  @Test
  void tokenize_rejectsSentenceOutsideText() {
    assertThatThrownBy(() -> WordTokenizer.tokenize("short", List.of(new Sentence(0, 9))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Sentence 0 [0, 9) lies outside a text of length 5; pass the sentences split from this"
                + " text");
  }

  @Test
  void tokenize_rejectsOverlappingSentences() {
    String text = "One two. Three four.";
    assertThatThrownBy(
            () -> WordTokenizer.tokenize(text, List.of(new Sentence(0, 8), new Sentence(4, 20))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Sentences must be in order and must not overlap: sentence 1 starts at 4 before the"
                + " previous one ends at 8");
  }

  @Test
  void token_rejectsUnknownFlags() {
    assertThatThrownBy(() -> new Token("a", "a", 0, 1, 1 << 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Token flags must be a combination of the Token flag constants, got 0x400");
  }

  @Test
  void token_rejectsEmptySpan() {
    assertThatThrownBy(() -> new Token("a", "a", 3, 3, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Token end must be > start, got start 3 and end 3");
  }

  @Test
  void token_rejectsEmptyNorm() {
    assertThatThrownBy(() -> new Token("", "a", 3, 4, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Token norm must not be empty (at 3)");
  }
}
