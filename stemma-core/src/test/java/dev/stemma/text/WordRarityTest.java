package dev.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordRarityTest {

  @ParameterizedTest
  @ValueSource(strings = {"samarkand", "denisov", "politburo", "tacit", "kremlin", "sanctions"})
  void isRare_wordsAbsentOrRankedAboveTheCut(String word) {
    assertThat(WordRarity.isRare(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"president", "meeting", "week", "the", "china", "wednesday", "quoted"})
  void isRare_notCommonWords(String word) {
    assertThat(WordRarity.isRare(word)).isFalse();
  }

  @Test
  void rank_isTheWordPieceId() {
    // bert-base-uncased: [PAD] is 0, "the" is the first whole word at 1996.
    assertThat(WordRarity.rank("the")).hasValue(1996);
    assertThat(WordRarity.rank("president")).hasValue(2343);
    assertThat(WordRarity.rank("week")).hasValue(2733);
    // "meeting" has id 3116, but its base form "meet" has 3113.
    assertThat(WordRarity.rank("meeting")).hasValue(3113);
    assertThat(WordRarity.rank("samarkand")).isEmpty();
  }

  @Test
  void rank_ofInflectedWordIsItsCommonestBaseForm() {
    // "presidents" has its own id, but "president" ranks lower.
    assertThat(WordRarity.rank("presidents")).isEqualTo(WordRarity.rank("president"));
    // "pledging" has no id; "pledge" has.
    assertThat(WordRarity.rank("pledging")).isEqualTo(WordRarity.rank("pledge"));
    assertThat(WordRarity.rank("policies")).isEqualTo(WordRarity.rank("policy"));
    assertThat(WordRarity.rank("planned")).isEqualTo(WordRarity.rank("plan"));
    assertThat(WordRarity.isRare("presidents")).isFalse();
  }

  @Test
  void rank_ignoresAccentsLikeTheUncasedVocabulary() {
    assertThat(WordRarity.rank("café")).isEqualTo(WordRarity.rank("cafe")).isNotEmpty();
  }

  @Test
  void rank_ofWordWithApostropheIsItsRarestPart() {
    assertThat(WordRarity.isRare("o'brien")).isEqualTo(WordRarity.isRare("brien"));
    assertThat(WordRarity.rank("don't")).isEqualTo(WordRarity.rank("don"));
  }

  @Test
  void rank_ofPiecesAndSpecialTokensIsEmpty() {
    assertThat(WordRarity.rank("##s")).isEmpty();
    assertThat(WordRarity.rank("[CLS]")).isEmpty();
    assertThat(WordRarity.rank("")).isEmpty();
  }
}
