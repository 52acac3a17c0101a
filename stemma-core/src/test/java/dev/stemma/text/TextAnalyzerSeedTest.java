package dev.stemma.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The text stage on the five seed articles, with sentence boundaries checked by hand. */
class TextAnalyzerSeedTest {

  private static Path seeds;

  @BeforeAll
  static void findSeeds() {
    Optional<Path> folder = SeedArticles.folder();
    assumeTrue(
        folder.isPresent(),
        "Seed corpus ../shared/seeds not found beside the repository root; skipping seed tests");
    seeds = folder.orElseThrow();
  }

  private static TextAnalysis analyze(String prefix) {
    return TextAnalyzer.analyze(SeedArticles.body(seeds, prefix));
  }

  private static List<String> sentences(TextAnalysis a) {
    return a.sentences().stream().map(s -> s.text(a.text())).toList();
  }

  @Test
  void seed000_sentencesAreThoseReadByHand() {
    TextAnalysis a = analyze("000");
    List<String> s = sentences(a);
    assertThat(s).hasSize(25);
    assertThat(s.get(0)).isEqualTo("Putin, Xi to meet in Uzbekistan next week, official says");
    assertThat(s)
        .containsSubsequence(
            "Russian Ambassador to China Andrei Denisov told reporters the two men would meet at"
                + " the organization's summit in the Uzbek city of Samarkand on September 15-16.",
            "\"We are actively preparing for this,\" Denisov was quoted by Russian news agency Tass"
                + " as saying.",
            "The visit to Uzbekistan, if it happens, would be part of Xi's first overseas trip in"
                + " 2½ years.")
        .contains(
            "Asked about the trip, Chinese Foreign Ministry spokesman Mao Ning told a daily"
                + " briefing on Wednesday: \"On your question, I have nothing to offer.\"",
            "The two presidents oversaw the signing of an agreement pledging that the relationship"
                + " between the parties would have \"no limits\".",
            "It is unclear whether Xi was aware at the time of Russia's plans to invade Ukraine.",
            "Xi, meanwhile, is also facing a slowing economy as he is seeking a third five-year"
                + " term as leader of the Communist Party.");
    assertThat(s.get(24)).isEqualTo("Leave a Comment");
  }

  @Test
  void seed000_anchorsHoldTheStorysNamesPlacesAndDates() {
    AnchorSet anchors = analyze("000").anchors();
    assertThat(anchors.terms())
        .contains(
            "putin",
            "xi",
            "jinping",
            "samarkand",
            "uzbekistan",
            "denisov",
            "tass",
            "september",
            "2019",
            "15",
            "16")
        .doesNotContain("both", "the", "asked", "leave", "comment", "russia's");
    assertThat(anchors.get("putin").orElseThrow().kind()).isEqualTo(AnchorKind.NAME);
    assertThat(anchors.get("xi").orElseThrow().count()).isEqualTo(9);
    assertThat(anchors.get("september").orElseThrow().kind()).isEqualTo(AnchorKind.DATE);
    assertThat(anchors.get("2019").orElseThrow().kind()).isEqualTo(AnchorKind.DATE);
    assertThat(anchors.get("15").orElseThrow().kind()).isEqualTo(AnchorKind.NUMBER);
    assertThat(anchors.get("samarkand").orElseThrow().kinds())
        .containsExactly(AnchorKind.NAME, AnchorKind.RARE);
  }

  @Test
  void seed001_keepsUsInsideSentenceAndHeadingsApart() {
    TextAnalysis a = analyze("001");
    List<String> s = sentences(a);
    assertThat(s).contains("The Meeting", "China Party Congress", "Russia-China Collaboration");
    assertThat(s)
        .anyMatch(
            x ->
                x.startsWith("As relations with the U.S. have grown tenser")
                    && x.endsWith("bolster his nationalist credentials."));
    assertThat(s)
        .containsSubsequence(
            "The two presidents oversaw signing an agreement guaranteeing that relations between"
                + " the sides would have \"no limits.\"",
            "It remains unclear whether Xi knew at the time of Russia's plans to invade Ukraine.");
    assertThat(a.anchors().get("2000").orElseThrow().kind()).isEqualTo(AnchorKind.NUMBER);
    assertThat(a.anchors().get("us").orElseThrow().kind()).isEqualTo(AnchorKind.NAME);
    assertThat(a.anchors().get("politburo").orElseThrow().kind()).isEqualTo(AnchorKind.RARE);
    assertThat(a.anchors().terms()).doesNotContain("meeting", "collaboration", "comment");
  }

  @Test
  void seed002_endsUnclosedQuotationAtTheNextOpeningQuote() {
    TextAnalysis a = analyze("002");
    assertThat(sentences(a))
        .containsSubsequence(
            "\"Another gathering of our heads of state will take place at the SCO summit in"
                + " Samarkand in a little less than ten days from now.",
            "According to Denisov, who was speaking as cited by Russia's state-run news service"
                + " Tass, \"We are actively preparing for it.\"");
    assertThat(a.anchors().terms(AnchorKind.QUOTED))
        .contains("gathering", "actively", "preparing")
        .doesNotContain("according", "cited", "speaking");
  }

  @Test
  void seed003_keepsDateAndPlaceInOneSentence() {
    assertThat(sentences(analyze("003")))
        .contains("The SCO summit will be held from September 15 in Samarkand, Uzbekistan.");
  }

  @Test
  void seed004_keepsCaptionsAndQuotesEndingOutside() {
    TextAnalysis a = analyze("004");
    assertThat(sentences(a))
        .contains(
            "(Photo: AP)",
            "Find the best jobs now and be notified by email.",
            "At an economic forum in Vladivostok in eastern Russia, the Russian President spoke of"
                + " \"new centers of economic and technological growth\".",
            "More: Military maneuvers by Russia and China: Should the West fear Putin's alliance"
                + " with Xi?");
    assertThat(a.anchors().get("vostok").orElseThrow().kinds()).contains(AnchorKind.NAME);
  }

  @Test
  void allSeeds_giveOrderedTrimmedSentencesAndTokensInsideThem() {
    for (Path file : SeedArticles.files(seeds)) {
      String body = SeedArticles.body(file);
      TextAnalysis a = TextAnalyzer.analyze(body);
      int previousEnd = 0;
      for (int i = 0; i < a.sentences().size(); i++) {
        Sentence s = a.sentences().get(i);
        String text = s.text(body);
        assertThat(s.start()).as(file + " sentence " + i).isGreaterThanOrEqualTo(previousEnd);
        assertThat(text).as(file + " sentence " + i).isEqualTo(text.strip()).doesNotContain("\n");
        int previousToken = s.start();
        for (Token t : a.tokens().get(i)) {
          assertThat(t.start()).as(file + " token " + t).isGreaterThanOrEqualTo(previousToken);
          assertThat(t.end()).as(file + " token " + t).isLessThanOrEqualTo(s.end());
          previousToken = t.end();
        }
        previousEnd = s.end();
      }
      assertThat(a.tokenCount()).as(file.toString()).isGreaterThan(300);
    }
  }
}
