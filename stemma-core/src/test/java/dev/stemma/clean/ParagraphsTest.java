package dev.stemma.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

  private static List<String> texts(String normalized) {
    return Paragraphs.split(normalized).stream().map(Paragraph::text).toList();
  }

  @Test
  void split_blankLineSeparatesParagraphs() {
    assertThat(texts("Headline\n\nFirst paragraph.\n\n\n\nSecond paragraph."))
        .containsExactly("Headline", "First paragraph.", "Second paragraph.");
  }

  @Test
  void split_joinsASoftWrappedLineToTheNextWhenThatStartsInLowerCase() {
    String text = "Sign up for alerts and\nbe told first.";
    List<Paragraph> paragraphs = Paragraphs.split(text);
    assertThat(paragraphs).extracting(Paragraph::text).containsExactly("Sign up for alerts and be told first.");
    // the line break became a space in place, so offsets stay those of the normalised text
    assertThat(paragraphs.get(0).start()).isZero();
    assertThat(paragraphs.get(0).end()).isEqualTo(text.length());
  }

  @Test
  void split_joinsAWrapAcrossSeveralLines() {
    assertThat(texts("the crack\nwas found\nat night by the team.")).containsExactly("the crack was found at night by the team.");
  }

  @Test
  void split_keepsLinesApartAfterSentencePunctuationOrBeforeACapital() {
    assertThat(texts("One sentence.\nanother line\nThe Next One\nQuoted:\nlower after a colon"))
        .containsExactly("One sentence.", "another line", "The Next One", "Quoted:", "lower after a colon");
  }

  @Test
  void split_linesOfJsonInputsOneParagraphALine() {
    assertThat(texts("Paragraph one says this\nParagraph two says that"))
        .containsExactly("Paragraph one says this", "Paragraph two says that");
  }

  @Test
  void split_spansPointIntoTheNormalisedText() {
    String text = "\nHead\n\nBody one\nand two.\n\nLast.";
    for (Paragraph p : Paragraphs.split(text)) {
      assertThat(text.substring(p.start(), p.end()).replace('\n', ' ')).isEqualTo(p.text());
    }
    assertThat(Paragraphs.split(text)).extracting(Paragraph::start).containsExactly(1, 7, 26);
  }

  @Test
  void split_nothing_givesNoParagraphs() {
    assertThat(Paragraphs.split("")).isEmpty();
    assertThat(Paragraphs.split("\n\n")).isEmpty();
  }

  private static Paragraph p(String text) {
    return new Paragraph(0, text.length(), text);
  }

  @Test
  void words_countsRunsOfLettersAndDigits() {
    // It | s | 2 | 000 | people | in | Xi | an
    assertThat(p("It's 2,000 people - in Xi'an.").words()).isEqualTo(8);
    assertThat(p(" - ").words()).isZero();
  }

  @Test
  void endsLikeSentence_looksThroughClosingQuotesAndBrackets() {
    assertThat(p("He said \"no.\"").endsLikeSentence()).isTrue();
    assertThat(p("Why?").endsLikeSentence()).isTrue();
    assertThat(p("(Done.)").endsLikeSentence()).isTrue();
    assertThat(p("(Photo: AP)").endsLikeSentence()).isFalse();
    assertThat(p("The Meeting").endsLikeSentence()).isFalse();
    assertThat(p("").endsLikeSentence()).isFalse();
  }

  @Test
  void paragraph_spanMustMatchTheTextLength() {
    assertThatThrownBy(() -> new Paragraph(3, 5, "abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("paragraph span [3, 5) does not match its text of length 3");
  }
}
