package dev.stemma.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stemma.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexicalFeaturesTest {

  static SentenceProfile profile(String sentence) {
    return SentenceProfile.of(TextAnalyzer.analyze(sentence).tokens().get(0));
  }

  @Test
  void of_identicalSentences_isOneEverywhereAndNumbersAgree() {
    SentenceProfile p = profile("Police arrested 12 people on Friday.");
    assertThat(LexicalFeatures.of(p, p)).isEqualTo(new LexicalFeatures(1, 1, 1, 1, 0, 1));
  }

  @Test
  void of_oneWordChanged_workedArithmetic() {
    // words:   {the, mayor, closed, bridge, on, monday} vs {the, mayor, shut, bridge, on, tuesday}
    //          shared {the, mayor, bridge, on} = 4 of 8 distinct => Jaccard 4 / 8 = 0.5
    // content: {mayor, close, bridg, mondai} vs {mayor, shut, bridg, tuesdai} ("the", "on" are
    //          function words); shared 2 => Dice 2 * 2 / (4 + 4) = 0.5, of the shorter 2 / 4 = 0.5
    // bigrams: mayor-close, close-bridg, bridg-mondai vs mayor-shut, shut-bridg, bridg-tuesdai => 0
    // length:  7 words each => 1
    LexicalFeatures f =
        LexicalFeatures.of(profile("The mayor closed the bridge on Monday."), profile("The mayor shut the bridge on Tuesday."));
    assertThat(f).isEqualTo(new LexicalFeatures(0.5, 0.5, 0.5, 0, 0, 1));
  }

  @Test
  void of_aShorterSentenceInsideALongerOne_workedArithmetic() {
    // words:   {police, arrested, 12, people, and, seized, 3, cars} vs {police, arrested, 12, people}
    //          => 4 / 8 = 0.5
    // content: {polic, arrest, 12, peopl, seiz, 3, car} vs {polic, arrest, 12, peopl} => Dice
    //          2 * 4 / (7 + 4) = 8 / 11, of the shorter 4 / 4 = 1
    // bigrams: 6 (polic-arrest ... 3-car) vs 3 (polic-arrest, arrest-12, 12-peopl), 3 shared
    //          => 2 * 3 / 9 = 2 / 3
    // numbers: {12, 3} and {12} share 12 => they agree; length 4 / 8 = 0.5
    LexicalFeatures f = LexicalFeatures.of(
        profile("Police arrested 12 people and seized 3 cars."), profile("Police arrested 12 people."));
    assertThat(f.words()).isEqualTo(0.5);
    assertThat(f.content()).isCloseTo(8.0 / 11, within(1e-12));
    assertThat(f.contentOfShorter()).isEqualTo(1.0);
    assertThat(f.bigrams()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(f.numbersDisagree()).isZero();
    assertThat(f.lengthRatio()).isEqualTo(0.5);
  }

  @Test
  void of_numbersThatShareNothing_disagree() {
    // {12} and {15}: both sentences give a number, and not the same one => a different fact
    LexicalFeatures f = LexicalFeatures.of(profile("Police arrested 12 people."), profile("Police arrested 15 people."));
    assertThat(f.numbersDisagree()).isEqualTo(1.0);
    // words {police, arrested, 12, people} vs {..., 15, ...}: 3 shared of 5 => 0.6
    assertThat(f.words()).isEqualTo(0.6);
  }

  @Test
  void of_aNumberOnOneSideOnly_doesNotDisagree() {
    LexicalFeatures f = LexicalFeatures.of(profile("Police arrested 12 people."), profile("Police arrested people."));
    assertThat(f.numbersDisagree()).isZero();
  }

  @Test
  void of_theSameWordsInAnotherOrder_shareNoBigrams() {
    // content {citi, close, bridg} on both sides; bigrams citi-close, close-bridg vs bridg-close,
    // close-citi: none shared
    LexicalFeatures f = LexicalFeatures.of(profile("The city closed the bridge."), profile("The bridge closed the city."));
    assertThat(f).isEqualTo(new LexicalFeatures(1, 1, 1, 0, 0, 1));
  }

  @Test
  void of_isSymmetric() {
    SentenceProfile a = profile("Ferries will run every 15 minutes from Tuesday, the authority said.");
    SentenceProfile b = profile("Extra ferries run every 15 minutes.");
    assertThat(LexicalFeatures.of(a, b)).isEqualTo(LexicalFeatures.of(b, a));
  }

  @Test
  void of_emptyProfiles_isZeroEverywhere() {
    SentenceProfile empty = SentenceProfile.of(List.of());
    assertThat(LexicalFeatures.of(empty, empty)).isEqualTo(new LexicalFeatures(0, 0, 0, 0, 0, 0));
    assertThat(LexicalFeatures.of(empty, profile("The bridge closed."))).isEqualTo(new LexicalFeatures(0, 0, 0, 0, 0, 0));
  }

  @Test
  void sharedContent_countsTheSharedContentStems() {
    // {mayor, close, bridg, mondai} and {mayor, shut, bridg, tuesdai} share mayor and bridg
    assertThat(LexicalFeatures.sharedContent(
            profile("The mayor closed the bridge on Monday."), profile("The mayor shut the bridge on Tuesday.")))
        .isEqualTo(2);
  }
}
