package dev.stemma.eval.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.stemma.Progress;
import dev.stemma.align.LexicalFeatures;
import dev.stemma.align.SentenceMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencePairsTest {

  @Test
  void normalize_foldsTypographyAsTheCleanerDoes() {
    assertThat(SentencePairs.normalize("\u201CWe\u2019ll  meet\u201D \u2014 soon"))
        .isEqualTo("\"We'll meet\" - soon");
  }

  @Test
  void measure_aSentenceAgainstItself_isAVerbatimMatch() {
    String s = "The council voted on Tuesday to close the old bridge for repairs.";
    SentencePairs.Measured m =
        SentencePairs.measure(List.of(s), List.of(s), new WordHashEncoder(), Progress.NONE)
            .getFirst();
    assertThat(m.lexical().words()).isEqualTo(1.0);
    assertThat(m.lexical().content()).isEqualTo(1.0);
    assertThat(m.lexical().lengthRatio()).isEqualTo(1.0);
    assertThat(m.cosine()).isCloseTo(1.0, within(1e-6));
    assertThat(m.probability(SentenceMatch.DEFAULT))
        .isGreaterThan(SentenceMatch.DEFAULT.threshold());
  }

  @Test
  void measure_typographicVariants_areOneSentence() {
    WordHashEncoder encoder = new WordHashEncoder();
    SentencePairs.measure(
        List.of("He said \u201Cno\u201D.", "He said \"no\"."),
        List.of("He said \"no\".", "Prices rose."),
        encoder,
        Progress.NONE);
    assertThat(encoder.encoded()).containsExactlyInAnyOrder("He said \"no\".", "Prices rose.");
  }

  @Test
  void measure_embedsEachDistinctSentenceOnceShortestFirst() {
    WordHashEncoder encoder = new WordHashEncoder();
    SentencePairs.measure(
        List.of("A long sentence about the bridge.", "Short one.", "Short one."),
        List.of("Short one.", "A long sentence about the bridge.", "Mid sized one here."),
        encoder,
        Progress.NONE);
    assertThat(encoder.encoded())
        .containsExactly("Short one.", "Mid sized one here.", "A long sentence about the bridge.");
  }

  @Test
  void measure_numbersThatDisagree_areSeen() {
    LexicalFeatures f =
        SentencePairs.measure(
                List.of("Shares fell 4 percent on Monday."),
                List.of("Shares fell 7 percent on Monday."),
                new WordHashEncoder(),
                Progress.NONE)
            .getFirst()
            .lexical();
    assertThat(f.numbersDisagree()).isEqualTo(1.0);
  }

  @Test
  void measure_listsOfDifferentLengths_isRejected() {
    assertThatThrownBy(
            () ->
                SentencePairs.measure(
                    List.of("a"), List.of(), new WordHashEncoder(), Progress.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("first and second must have the same length, got 1 and 0");
  }
}
