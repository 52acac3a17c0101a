package dev.stemma.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stemma.BridgeArticles;
import dev.stemma.candidate.Candidates;
import dev.stemma.clean.RepeatedLines;
import dev.stemma.exact.BodyHash;
import dev.stemma.ingest.Article;
import dev.stemma.minhash.Shingles;
import dev.stemma.text.Anchor;
import dev.stemma.text.AnchorKind;
import dev.stemma.text.Token;
import dev.stemma.text.WordRarity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreparerTest {

  private static final Preparer PREPARER = new Preparer(Candidates.shingleHasher(), Candidates.anchorHasher());

  @Test
  void prepare_anArticleOfSiteChromeOnly_isUnusable_withTheReasonAndTheFix() {
    Preparer.Outcome o = PREPARER.prepare(
        Article.of("chrome", "Headline\n\nShare this article\n\nLeave a comment\n\nAdvertisement\n"), RepeatedLines.NONE);
    assertThat(o).isInstanceOf(Preparer.Unusable.class);
    Preparer.Unusable u = (Preparer.Unusable) o;
    assertThat(u.reason()).isEqualTo("no story text left after removing 3 line(s) of site chrome");
    assertThat(u.fix()).isEqualTo("Check that the input holds the article's text, not only its page furniture.");
    assertThat(u.clean().removed()).hasSize(3);
  }

  @Test
  void prepare_aBodyWithoutWords_isUnusable() {
    Preparer.Outcome o = PREPARER.prepare(Article.of("dashes", "Headline\n\n- - -\n"), RepeatedLines.NONE);
    assertThat(o).isInstanceOf(Preparer.Unusable.class);
    assertThat(((Preparer.Unusable) o).reason()).isEqualTo("no words in the story text");
    assertThat(((Preparer.Unusable) o).fix()).isEqualTo("Give the article's text.");
  }

  @Test
  void prepare_computesTheFingerprintsOfTheCleanedBody() {
    PreparedArticle p = BridgeArticles.prepare("copy", BridgeArticles.COPY_WITH_CHROME);
    assertThat(p.id()).isEqualTo("copy");
    assertThat(p.bodyHash()).isEqualTo(BodyHash.of(p.clean().body()));
    List<String> words = new ArrayList<>();
    p.text().tokens().forEach(sentence -> sentence.forEach(t -> words.add(t.norm())));
    assertThat(p.shingles()).isEqualTo(Shingles.of(words, Preparer.SHINGLE_SIZE));
    assertThat(p.shingleSignature()).hasSize(Candidates.shingleHasher().size());
    assertThat(p.profiles()).hasSize(p.sentenceCount()).hasSize(6);
    assertThat(p.anchorWeights()).hasSameSizeAs(p.anchorTerms());
    assertThat(p.contentWeights()).hasSameSizeAs(p.contentStems());
    assertThat(p.anchorTerms()).isSorted();
    assertThat(p.contentStems()).isSorted();
  }

  @Test
  void prepare_weighsAContentStemByItsCountAndRarity() {
    // "bridge" three times: (1 + ln 3) * ln(1 + rank / 1000)
    PreparedArticle p = BridgeArticles.prepare("b", "Headline\n\nThe bridge, the bridge and the bridge.\n");
    long bridge = dev.stemma.minhash.Hashing.token("bridg");
    int k = java.util.Arrays.binarySearch(p.contentStems(), bridge);
    assertThat(k).isNotNegative();
    assertThat(p.contentWeights()[k]).isCloseTo((1 + Math.log(3)) * Preparer.rarity("bridge"), within(1e-12));
  }

  @Test
  void weight_namesAndRareWordsWeighMost_thenNumbersOfTwoDigits_quotedWords_andDates() {
    assertThat(Preparer.weight(Anchor.of("okafor", AnchorKind.NAME, 2))).isEqualTo(1.0);
    assertThat(Preparer.weight(Anchor.of("girder", AnchorKind.RARE, 1))).isEqualTo(1.0);
    assertThat(Preparer.weight(Anchor.of("84000", AnchorKind.NUMBER, 1))).isEqualTo(0.8);
    assertThat(Preparer.weight(Anchor.of("vouch", AnchorKind.QUOTED, 1))).isEqualTo(0.6);
    assertThat(Preparer.weight(Anchor.of("march", AnchorKind.DATE, 1))).isEqualTo(0.4);
    // one digit recurs in every article: no weight
    assertThat(Preparer.weight(Anchor.of("6", AnchorKind.NUMBER, 1))).isZero();
  }

  @Test
  void weight_ofATermOfSeveralKinds_isTheLargest() {
    // 1962 is a year (0.4) and a number of four digits (0.8)
    Anchor year = new Anchor("1962", AnchorKind.DATE, EnumSet.of(AnchorKind.DATE, AnchorKind.NUMBER), 1);
    assertThat(Preparer.weight(year)).isEqualTo(0.8);
  }

  @Test
  void distinctive_keepsTheTermsWeighingAtLeastPointEight() {
    long[] terms = {1, 2, 3, 4, 5};
    double[] weights = {1.0, 0.4, 0.8, 0.6, 0.79};
    assertThat(Preparer.distinctive(terms, weights)).containsExactly(1, 3);
  }

  @Test
  void rarity_isTheLogOfOnePlusTheVocabularyRankInThousands() {
    int said = WordRarity.rank("said").orElseThrow();
    assertThat(Preparer.rarity("said")).isCloseTo(Math.log(1 + said / 1000.0), within(1e-12));
    assertThat(Preparer.rarity("said")).isLessThan(Preparer.rarity("summit"));
    // a word the vocabulary lacks ranks last: ln(1 + 30.522) = 3.45
    assertThat(Preparer.rarity("samarkand")).isCloseTo(Math.log(1 + WordRarity.VOCABULARY_SIZE / 1000.0), within(1e-12));
  }

  @Test
  void prepare_isAPureFunctionOfTheArticle() {
    PreparedArticle once = BridgeArticles.prepare("wire", BridgeArticles.WIRE);
    PreparedArticle twice = BridgeArticles.prepare("wire", BridgeArticles.WIRE);
    assertThat(twice.bodyHash()).isEqualTo(once.bodyHash());
    assertThat(twice.shingleSignature()).isEqualTo(once.shingleSignature());
    assertThat(twice.anchorSignature()).isEqualTo(once.anchorSignature());
    assertThat(twice.contentWeights()).isEqualTo(once.contentWeights());
    List<List<Token>> tokens = twice.text().tokens();
    assertThat(tokens).isEqualTo(once.text().tokens());
  }
}
