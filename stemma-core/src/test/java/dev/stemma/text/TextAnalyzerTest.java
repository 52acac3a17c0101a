package dev.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

  private static final String BODY =
      "Putin, Xi to meet in Uzbekistan next week\n\n"
          + "Russian President Vladimir Putin and Chinese President Xi Jinping plan to meet next"
          + " week in Uzbekistan, a Russian official said on Wednesday. \"We are actively preparing"
          + " for this,\" Denisov said. The summit opens on Sept. 15 at 10 a.m. local time.";

  @Test
  void analyze_givesSentencesTokensAndAnchors() {
    TextAnalysis a = TextAnalyzer.analyze(BODY);
    assertThat(a.sentences()).hasSize(4);
    assertThat(a.sentenceText(0)).isEqualTo("Putin, Xi to meet in Uzbekistan next week");
    assertThat(a.sentenceText(3)).isEqualTo("The summit opens on Sept. 15 at 10 a.m. local time.");
    assertThat(a.tokens()).hasSize(4);
    assertThat(a.tokens().get(0))
        .extracting(Token::norm)
        .containsExactly("putin", "xi", "to", "meet", "in", "uzbekistan", "next", "week");
    assertThat(a.tokenCount()).isEqualTo(a.allTokens().size());
    assertThat(a.anchors().terms())
        .contains(
            "putin",
            "xi",
            "jinping",
            "uzbekistan",
            "wednesday",
            "september",
            "15",
            "10",
            "actively",
            "preparing",
            "denisov");
  }

  @Test
  void analyze_isDeterministic() {
    assertThat(TextAnalyzer.analyze(BODY)).isEqualTo(TextAnalyzer.analyze(BODY));
  }

  @Test
  void analyze_givesTheSameResultFromManyThreads() throws Exception {
    TextAnalysis expected = TextAnalyzer.analyze(BODY);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<TextAnalysis>> results =
          pool.invokeAll(java.util.Collections.nCopies(32, () -> TextAnalyzer.analyze(BODY)));
      for (Future<TextAnalysis> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void analyze_keepsItsInvariantsOnRandomText() {
    // Random strings over the characters the rules look at; a failure prints its seed and input.
    long seed = 0x5EED_7E47L;
    Random random = new Random(seed);
    String[] pieces = {
      "a",
      "b",
      "Z",
      "Q",
      "7",
      "0",
      " ",
      " ",
      " ",
      ".",
      ",",
      "!",
      "?",
      "\"",
      "'",
      "-",
      "\n",
      "\n\n",
      "/",
      ":",
      "(",
      ")",
      "…",
      "½",
      "é",
      "\u2019",
      "\u2044",
      "\uD83D\uDE00",
      "U.S.",
      "p.m.",
      "Mr.",
      "2,000",
      "3.5",
      "The",
      "Corp.",
      "etc.",
      "İ",
      "\u0301"
    };
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String body = sb.toString();
      String context = "seed " + Long.toHexString(seed) + ", input #" + n + ": '" + body + "'";
      TextAnalysis a = TextAnalyzer.analyze(body);
      int previousEnd = 0;
      for (int i = 0; i < a.sentences().size(); i++) {
        Sentence s = a.sentences().get(i);
        String text = s.text(body);
        assertThat(s.start()).as(context).isGreaterThanOrEqualTo(previousEnd);
        assertThat(text).as(context).isEqualTo(text.strip()).doesNotContain("\n");
        previousEnd = s.end();
      }
      assertThat(TextAnalyzer.analyze(body)).as(context).isEqualTo(a);
    }
  }

  @Test
  void textAnalysis_survivesJavaSerialization() throws Exception {
    // Spark ships results between executors with Java serialization unless told otherwise.
    TextAnalysis a = TextAnalyzer.analyze(BODY);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(a);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(a);
    }
  }

  @Test
  void analyze_givesEmptyAnalysisOfEmptyBody() {
    TextAnalysis a = TextAnalyzer.analyze("");
    assertThat(a.sentences()).isEmpty();
    assertThat(a.tokens()).isEmpty();
    assertThat(a.anchors().isEmpty()).isTrue();
  }

  @Test
  void analyze_rejectsNull() {
    assertThatThrownBy(() -> TextAnalyzer.analyze(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("cleanedBody");
  }

  @Test
  void textAnalysis_rejectsTokenListsThatDoNotMatchSentences() {
    assertThatThrownBy(
            () ->
                new TextAnalysis("a b", List.of(new Sentence(0, 3)), List.of(), AnchorSet.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "TextAnalysis needs one token list per sentence, got 1 sentences and 0 token lists");
  }

  @Test
  void textAnalysis_rejectsTokenOutsideItsSentence() {
    Token outside = new Token("b", "b", 2, 3, 0);
    assertThatThrownBy(
            () ->
                new TextAnalysis(
                    "a b",
                    List.of(new Sentence(0, 1)),
                    List.of(List.of(outside)),
                    AnchorSet.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Token 'b' [2, 3) lies outside its sentence 0 [0, 1)");
  }
}
