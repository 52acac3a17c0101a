package dev.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StopwordsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the",
        "an",
        "both",
        "each",
        "he",
        "themselves",
        "would",
        "were",
        "against",
        "between",
        "although",
        "while",
        "meanwhile",
        "however",
        "just",
        "don't",
        "mr"
      })
  void contains_functionWords(String word) {
    assertThat(Stopwords.contains(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"putin", "said", "two", "summit", "meeting", "president", "week", "The"})
  void contains_notContentWordsOrCapitalizedForms(String word) {
    assertThat(Stopwords.contains(word)).isFalse();
  }

  @Test
  void all_holdsAFewHundredLowercaseWords() {
    assertThat(Stopwords.all()).hasSizeBetween(250, 450);
    assertThat(Stopwords.all()).allMatch(w -> w.equals(w.toLowerCase(Locale.ROOT)));
  }

  @Test
  void all_leavesOutContractionsInApostropheS() {
    // The tokenizer drops a final 's, so "it's" reaches the list as "it".
    assertThat(Stopwords.all()).noneMatch(w -> w.endsWith("'s"));
  }
}
