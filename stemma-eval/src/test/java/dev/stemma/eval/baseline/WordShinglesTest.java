package dev.stemma.eval.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordShinglesTest {

  @Test
  void tokens_areLowercaseLetterAndDigitRuns() {
    assertThat(WordTokens.of("The U.S. Senate's 2024 vote — Zürich, \"too\"!"))
        .containsExactly("the", "u", "s", "senate", "s", "2024", "vote", "zürich", "too");
  }

  @Test
  void shingles_areWord5Grams() {
    // a b c d e f -> "a b c d e", "b c d e f"
    assertThat(WordShingles.of(List.of("a", "b", "c", "d", "e", "f"), 5))
        .containsExactly("a b c d e", "b c d e f");
  }

  @Test
  void shingles_ofASentenceShorterThanN_areTheWholeSentence() {
    assertThat(WordShingles.of(WordTokens.of("Storm hits coast"), 5))
        .containsExactly("storm hits coast");
    assertThat(WordShingles.of(List.of(), 5)).isEmpty();
  }

  @Test
  void jaccard_ofAWorkedExample() {
    // A = {ab, bc, cd, de}, B = {bc, cd, de, df}: 3 common / 5 in all = 0.6
    assertThat(WordShingles.jaccard(Set.of("ab", "bc", "cd", "de"), Set.of("bc", "cd", "de", "df")))
        .isEqualTo(0.6);
    assertThat(WordShingles.jaccard(Set.of(), Set.of())).isZero();
  }
}
