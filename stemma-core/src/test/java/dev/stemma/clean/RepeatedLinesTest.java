package dev.stemma.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedLinesTest {

  private static final String FOOTER = "Harbour News, independent since 1921";

  /** Paragraphs of a normalised text, one per blank-line-separated block. */
  private static List<Paragraph> article(String... lines) {
    return Paragraphs.split(String.join("\n\n", lines));
  }

  @Test
  void lineInThreeDifferentContexts_isBoilerplate() {
    RepeatedLines repeated =
        new RepeatedLines.Builder()
            .add(article("Council passes budget.", FOOTER, "Reporting by A."))
            .add(article("School reopens.", FOOTER, "Reporting by B."))
            .add(article("Market hall closes.", FOOTER))
            .build();
    assertThat(repeated.isBoilerplate(FOOTER)).isTrue();
    assertThat(repeated.size()).isEqualTo(1);
  }

  @Test
  void exactCopiesRepeatingALineThreeTimes_doNotMakeItBoilerplate() {
    // a wire story and two exact copies: the same line in the same context three times over
    List<Paragraph> story = article("Ferry fares cut.", "Officials said so on Tuesday.", "Riders cheered.");
    RepeatedLines repeated = new RepeatedLines.Builder().add(story).add(story).add(story).build();
    assertThat(repeated.isBoilerplate("Officials said so on Tuesday.")).isFalse();
    assertThat(repeated.size()).isZero();
  }

  @Test
  void twoContexts_areNotEnough() {
    RepeatedLines repeated =
        new RepeatedLines.Builder()
            .add(article("Council passes budget.", FOOTER))
            .add(article("School reopens.", FOOTER))
            .add(article("School reopens.", FOOTER))
            .build();
    assertThat(repeated.isBoilerplate(FOOTER)).isFalse();
  }

  @Test
  void aDifferentLineAfterIsADifferentContext() {
    RepeatedLines repeated =
        new RepeatedLines.Builder()
            .add(article("Same before.", FOOTER, "After one."))
            .add(article("Same before.", FOOTER, "After two."))
            .add(article("Same before.", FOOTER, "After three."))
            .build();
    assertThat(repeated.isBoilerplate(FOOTER)).isTrue();
  }

  @Test
  void matchingIgnoresCaseAndWhichDigits() {
    RepeatedLines repeated =
        new RepeatedLines.Builder()
            .add(article("One.", "Comments (3)"))
            .add(article("Two.", "COMMENTS (14)"))
            .add(article("Three.", "comments (0)"))
            .build();
    assertThat(repeated.isBoilerplate("Comments (271)")).isTrue();
    assertThat(repeated.isBoilerplate("Comments")).isFalse();
  }

  @Test
  void linesLongerThanTwentyWords_areNeverBoilerplate() {
    String wireSentence = "word ".repeat(RepeatedLines.MAX_WORDS).strip() + " more";
    RepeatedLines.Builder b = new RepeatedLines.Builder();
    for (String before : List.of("A.", "B.", "C.", "D.")) {
      b.add(article(before, wireSentence));
    }
    assertThat(b.build().isBoilerplate(wireSentence)).isFalse();
    String twenty = "word ".repeat(RepeatedLines.MAX_WORDS).strip();
    RepeatedLines.Builder c = new RepeatedLines.Builder();
    for (String before : List.of("A.", "B.", "C.")) {
      c.add(article(before, twenty));
    }
    assertThat(c.build().isBoilerplate(twenty)).isTrue();
  }

  @Test
  void mergedPartitions_countContextsTogether() {
    RepeatedLines.Builder left = new RepeatedLines.Builder().add(article("One.", FOOTER)).add(article("Two.", FOOTER));
    RepeatedLines.Builder right = new RepeatedLines.Builder().add(article("Two.", FOOTER)).add(article("Three.", FOOTER));
    assertThat(left.build().isBoilerplate(FOOTER)).isFalse();
    assertThat(right.build().isBoilerplate(FOOTER)).isFalse();
    assertThat(left.merge(right).build().isBoilerplate(FOOTER)).isTrue();
  }

  @Test
  void none_holdsNothing() {
    assertThat(RepeatedLines.NONE.isBoilerplate(FOOTER)).isFalse();
    assertThat(RepeatedLines.NONE.size()).isZero();
  }

  @Test
  void builtStatistic_doesNotChangeWhenTheBuilderGoesOn() {
    RepeatedLines.Builder b = new RepeatedLines.Builder();
    List<String> stories = new ArrayList<>(List.of("One.", "Two.", "Three."));
    b.add(article(stories.get(0), FOOTER)).add(article(stories.get(1), FOOTER));
    RepeatedLines before = b.build();
    b.add(article(stories.get(2), FOOTER));
    assertThat(before.isBoilerplate(FOOTER)).isFalse();
    assertThat(b.build().isBoilerplate(FOOTER)).isTrue();
  }
}
