package dev.stemma.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplaterTest {

  static final Templater TEMPLATER =
      new Templater(Set.of("the", "he", "in", "shares", "police", "but", "officials", "a"));

  static String show(List<String> template) {
    return String.join(" ", template).replace(Slot.OPEN, '<').replace(Slot.CLOSE, '>');
  }

  @Test
  void template_replacesNamesNumbersAndDatesWithSlots() {
    List<String> t =
        TEMPLATER.template(
            "The mayor of Springfield, John Kessler, said on Tuesday that Acme Corp. lost $2.5"
                + " billion in 2003.",
            null);
    assertThat(show(t))
        .isEqualTo("The mayor of <N>, <P>, said on <W> that <O> lost $<F> billion in <Y>.");
  }

  @Test
  void template_judgesAFirstWordByWhetherItAppearsInLowerCase() {
    assertThat(show(TEMPLATER.template("Shares fell in Tokyo.", null)))
        .isEqualTo("Shares fell in <L>.");
    assertThat(show(TEMPLATER.template("Al-Amoudi was arrested in March.", null)))
        .isEqualTo("<N> was arrested in <M>.");
  }

  @Test
  void template_keepsTitlesAndTakesTheNameAfterOneForAPerson() {
    assertThat(show(TEMPLATER.template("He met Mr. Abaaoud and Japanese officials.", null)))
        .isEqualTo("He met Mr. <P> and Japanese officials.");
  }

  @Test
  void template_ofAPair_indexesEachEntityOnceForBothSides() {
    Map<String, Integer> entities = new LinkedHashMap<>();
    List<String> source =
        TEMPLATER.template("Amrozi accused his brother in Bali of lying.", entities);
    List<String> rewrite = TEMPLATER.template("In Bali, Amrozi said his brother lied.", entities);
    assertThat(show(source)).isEqualTo("<N0> accused his brother in <L1> of lying.");
    assertThat(show(rewrite)).isEqualTo("In <N1>, <P0> said his brother lied.");
  }
}
