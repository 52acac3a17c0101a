package dev.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The examples of M.F. Porter, "An algorithm for suffix stripping", Program 14(3), 1980, step by
 * step. Each word is fed to the whole algorithm, so where a later step changes the paper's one-step
 * result the expected stem is the final one (noted beside it).
 */
class PorterStemmerTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // Step 1a
    "caresses, caress",
    "ponies, poni",
    "ties, ti",
    "caress, caress",
    "cats, cat",
    // Step 1b
    "feed, feed",
    "agreed, agre", // step 1b gives agree; step 5a drops the e (m=1, not *o)
    "plastered, plaster",
    "bled, bled",
    "motoring, motor",
    "sing, sing",
    // Step 1b, second part
    "conflated, conflat", // conflate, then 5a
    "troubled, troubl", // trouble, then 5a
    "sized, size",
    "hopping, hop",
    "tanned, tan",
    "falling, fall",
    "hissing, hiss",
    "fizzed, fizz",
    "failing, fail",
    "filing, file",
    // Step 1c
    "happy, happi",
    "sky, sky",
  })
  void stem_followsStep1(String word, String stem) {
    assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "relational, relat", // relate, then 5a
    "conditional, condit", // condition, then step 4 ION after t
    "rational, ration", // step 2 keeps rational (see below); step 4 then drops AL
    "valenci, valenc", // valence, then 5a
    "hesitanci, hesit", // hesitance, then step 4 ANCE
    "digitizer, digit", // digitize, then step 4 IZE
    "conformabli, conform", // conformable, then step 4 ABLE
    "radicalli, radic", // radical, then step 4 AL
    "differentli, differ", // different, then step 4 ENT
    "vileli, vile",
    "analogousli, analog", // analogous, then step 4 OUS
    "vietnamization, vietnam", // vietnamize, then step 4 IZE
    "predication, predic", // predicate, then step 3 ICATE
    "operator, oper", // operate, then step 4 ATE
    "feudalism, feudal",
    "decisiveness, decis", // decisive, then step 4 IVE
    "hopefulness, hope", // hopeful, then step 3 FUL
    "callousness, callous",
    "formaliti, formal",
    "sensitiviti, sensit", // sensitive, then step 4 IVE
    "sensibiliti, sensibl", // sensible, then 5a
  })
  void stem_followsStep2(String word, String stem) {
    assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "triplicate, triplic",
    "formative, form",
    "formalize, formal",
    "electriciti, electr", // electric, then step 4 IC
    "electrical, electr", // electric, then step 4 IC
    "hopeful, hope",
    "goodness, good",
  })
  void stem_followsStep3(String word, String stem) {
    assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "revival, reviv",
    "allowance, allow",
    "inference, infer",
    "airliner, airlin",
    "gyroscopic, gyroscop",
    "adjustable, adjust",
    "defensible, defens",
    "irritant, irrit",
    "replacement, replac",
    "adjustment, adjust",
    "dependent, depend",
    "adoption, adopt",
    "homologou, homolog",
    "communism, commun",
    "activate, activ",
    "angulariti, angular",
    "homologous, homolog",
    "effective, effect",
    "bowdlerize, bowdler",
  })
  void stem_followsStep4(String word, String stem) {
    assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "probate, probat",
    "rate, rate",
    "cease, ceas",
    "controll, control",
    "roll, roll",
  })
  void stem_followsStep5(String word, String stem) {
    assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
  }

  @Test
  void stem_takesPapersLongWordsThroughEveryStep() {
    // GENERALIZATIONS -> GENERALIZATION (1a) -> GENERALIZE (2) -> GENERAL (3) -> GENER (4)
    assertThat(PorterStemmer.stem("generalizations")).isEqualTo("gener");
    // OSCILLATORS -> OSCILLATOR (1a) -> OSCILLATE (2) -> OSCILL (4) -> OSCIL (5b)
    assertThat(PorterStemmer.stem("oscillators")).isEqualTo("oscil");
  }

  @Test
  void stem_conflatesTheConnectFamily() {
    // The paper's opening example: CONNECT, CONNECTED, CONNECTING, CONNECTION, CONNECTIONS.
    for (String w :
        new String[] {"connect", "connected", "connecting", "connection", "connections"}) {
      assertThat(PorterStemmer.stem(w)).as(w).isEqualTo("connect");
    }
  }

  @Test
  void stem_keepsLongestMatchEvenWhenItsConditionFails() {
    // EED matches "feed" with stem "f" (m=0), so step 1b does nothing; were ED tried instead, its
    // stem "fe" holds a vowel and the word would become "fe".
    assertThat(PorterStemmer.stem("feed")).isEqualTo("feed");
    // SS matches "caress" and blocks S.
    assertThat(PorterStemmer.stem("caress")).isEqualTo("caress");
  }

  @Test
  void stem_stemsShortWordsAsThePaperDoes() {
    // The paper sets no minimum length (the later C version skips words of one or two letters).
    assertThat(PorterStemmer.stem("is")).isEqualTo("i");
    assertThat(PorterStemmer.stem("news")).isEqualTo("new");
    assertThat(PorterStemmer.stem("this")).isEqualTo("thi");
    // Step 1a would strip "s" to nothing; a stem keeps at least one letter.
    assertThat(PorterStemmer.stem("s")).isEqualTo("s");
  }

  @Test
  void stem_leavesNonAsciiLettersAndDigitsAlone() {
    assertThat(PorterStemmer.stem("düsseldorf")).isEqualTo("düsseldorf");
    assertThat(PorterStemmer.stem("don't")).isEqualTo("don't");
    assertThat(PorterStemmer.stem("g20")).isEqualTo("g20");
    assertThat(PorterStemmer.stem("")).isEmpty();
  }

  @Test
  void stem_returnsSameInstanceWhenNothingChanges() {
    String word = "putin";
    assertThat(PorterStemmer.stem(word)).isSameAs(word);
  }
}
