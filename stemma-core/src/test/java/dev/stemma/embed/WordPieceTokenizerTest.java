package dev.stemma.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The BERT uncased rules, one by one, on the MiniLM vocabulary. Ids are those of BERT's uncased
 * vocabulary (hello = 7592, world = 2088, [CLS] = 101, [SEP] = 102); that HuggingFace gives the
 * same for whole corpora is {@link WordPieceTokenizerReferenceTest}'s job.
 */
class WordPieceTokenizerTest {

  private static final WordPieceTokenizer TOKENIZER = HuggingFaceReference.minilmJava();

  @Test
  void encode_wrapsWordIdsInClsAndSep() {
    assertThat(TOKENIZER.encode("Hello world")).containsExactly(101, 7592, 2088, 102);
  }

  @Test
  void encode_ofEmptyText_isClsSep() {
    assertThat(TOKENIZER.encode("")).containsExactly(101, 102);
    assertThat(TOKENIZER.encode(" \t\n ")).containsExactly(101, 102);
  }

  @Test
  void tokens_lowercaseAndStripAccents() {
    assertThat(TOKENIZER.tokens("CAFÉ Café cafe\u0301"))
        .containsExactly("[CLS]", "cafe", "cafe", "cafe", "[SEP]");
  }

  @Test
  void tokens_isolatePunctuation() {
    assertThat(TOKENIZER.tokens("U.S. (yes)!"))
        .containsExactly("[CLS]", "u", ".", "s", ".", "(", "yes", ")", "!", "[SEP]");
  }

  @Test
  void tokens_splitAsciiSymbolsButNotOtherSymbols() {
    // $ and + are ASCII, so BERT splits them; € and ° are Unicode symbols (Sc, So) and stay put.
    assertThat(TOKENIZER.tokens("$5+3")).containsExactly("[CLS]", "$", "5", "+", "3", "[SEP]");
    assertThat(TOKENIZER.tokens("°c")).containsExactly("[CLS]", "°c", "[SEP]");
  }

  @Test
  void tokens_makeEachChineseCharacterAWord() {
    assertThat(TOKENIZER.tokens("北京")).containsExactly("[CLS]", "北", "京", "[SEP]");
  }

  @Test
  void tokens_cutUnknownWordGreedilyIntoContinuationPieces() {
    // "una" is the longest vocabulary entry "unaffable" starts with, then "##ffa", then "##ble".
    assertThat(TOKENIZER.tokens("unaffable"))
        .containsExactly("[CLS]", "una", "##ffa", "##ble", "[SEP]");
  }

  @Test
  void tokens_dropSoftHyphenAndZeroWidthSpace() {
    assertThat(TOKENIZER.tokens("co\u00ADop")).containsExactly("[CLS]", "coop", "[SEP]");
    assertThat(TOKENIZER.tokens("co\u200Bop")).containsExactly("[CLS]", "coop", "[SEP]");
  }

  @Test
  void tokens_splitOnNoBreakSpace() {
    assertThat(TOKENIZER.tokens("New\u00A0York")).containsExactly("[CLS]", "new", "york", "[SEP]");
  }

  @Test
  void tokens_keepCapitalSigmaAsPlainSigma() {
    // Per code point, as Rust's char::to_lowercase: no final-sigma rule, so Σ -> σ everywhere.
    assertThat(TOKENIZER.tokens("Σ")).containsExactly("[CLS]", "σ", "[SEP]");
  }

  @Test
  void encode_keepsSpecialTokenWrittenInText() {
    assertThat(TOKENIZER.encode("hello[SEP]world")).containsExactly(101, 7592, 102, 2088, 102);
  }

  @Test
  void encode_wordOfHundredCharsIsSplit_wordOfHundredAndOneIsUnknown() {
    assertThat(TOKENIZER.encode("a".repeat(100))).doesNotContain(100).hasSizeGreaterThan(3);
    assertThat(TOKENIZER.encode("a".repeat(101))).containsExactly(101, 100, 102);
  }

  @Test
  void encode_wordWithUnmatchableRemainder_isOneUnknown() {
    // ☃ (U+2603) is in no vocabulary entry, so the whole word is [UNK], not "snow" + [UNK].
    assertThat(TOKENIZER.tokens("snow☃")).containsExactly("[CLS]", "[UNK]", "[SEP]");
  }

  @Test
  void encode_truncatesTo128TokensEndingInSep() {
    // "the quick brown fox jumps over the lazy dog ." is 10 tokens; 20 of them are 200 + 2.
    int[] ids = TOKENIZER.encode("The quick brown fox jumps over the lazy dog. ".repeat(20));
    assertThat(ids).hasSize(128);
    assertThat(ids[0]).isEqualTo(101);
    assertThat(ids[127]).isEqualTo(102);
    assertThat(ids[1]).isEqualTo(1996); // the
    assertThat(ids[126]).isEqualTo(ids[6]); // position 126 = 12 sentences + 5 words in: "over"
  }

  @Test
  void fromJson_smallMaxTokens_keepsClsAndSep() {
    WordPieceTokenizer two = tokenizer(2);
    assertThat(two.encode("hello world")).containsExactly(101, 102);
    assertThat(tokenizer(3).encode("hello world")).containsExactly(101, 7592, 102);
  }

  @Test
  void fromJson_rejectsMaxTokensBelowTwo() {
    assertThatThrownBy(() -> tokenizer(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxTokens must be at least 2 to hold [CLS] and [SEP], got 1");
  }

  @Test
  void fromJson_rejectsAnotherKindOfTokenizer() {
    String bpe = "{\"model\": {\"type\": \"BPE\", \"vocab\": {}}}";
    assertThatThrownBy(() -> WordPieceTokenizer.fromJson(stream(bpe), "bpe.json", 128))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Tokenizer bpe.json has model.type = BPE (expected WordPiece), which WordPieceTokenizer"
                + " does not implement: it reads only BERT WordPiece tokenizers (BertNormalizer,"
                + " BertPreTokenizer, WordPiece with ## continuations)");
  }

  @Test
  void fromJson_rejectsVocabularyWithoutSep() {
    String json =
        """
        {"normalizer": {"type": "BertNormalizer"}, "pre_tokenizer": {"type": "BertPreTokenizer"},
         "model": {"type": "WordPiece", "vocab": {"[UNK]": 0, "[CLS]": 1, "[PAD]": 2, "a": 3}}}
        """;
    assertThatThrownBy(() -> WordPieceTokenizer.fromJson(stream(json), "tiny.json", 128))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tokenizer tiny.json has no [SEP] in its vocabulary; BERT needs it");
  }

  @Test
  void fromJson_rejectsText() {
    assertThatThrownBy(() -> WordPieceTokenizer.fromJson(stream("not json"), "x.json", 128))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("Could not read tokenizer x.json as JSON");
  }

  @Test
  void normalizer_withEveryStepOff_changesNothing() {
    BertNormalizer off = new BertNormalizer(false, false, false, false);
    assertThat(off.normalize("Café\u00AD 北")).isEqualTo("Café\u00AD 北");
    assertThat(BertNormalizer.UNCASED.normalize("Café\u00AD\t北")).isEqualTo("cafe  北 ");
  }

  @Test
  void standard_readsTheShippedModelsVocabulary_whichIsMiniLmsWithLongerInputs() {
    // bge-small-en-v1.5 ships the bert-base-uncased vocabulary, as all-MiniLM-L6-v2 does, so the
    // id-for-id check against HuggingFace's tokenizer above covers it; only the length differs
    WordPieceTokenizer shipped = WordPieceTokenizer.standard();
    String text = "Putin and Xi will meet in Samarkand on September 15-16, an official said.";
    assertThat(shipped.encode(text)).isEqualTo(TOKENIZER.encode(text));
    assertThat(shipped.maxTokens()).isEqualTo(512);
  }

  @Test
  void preTokenizer_dropsWhitespaceAndIsolatesPunctuation() {
    assertThat(BertPreTokenizer.split("  it's  done."))
        .isEqualTo(List.of("it", "'", "s", "done", "."));
  }

  private static WordPieceTokenizer tokenizer(int maxTokens) {
    try (var in = WordPieceTokenizer.class.getResourceAsStream(
        HuggingFaceReference.MINILM_TOKENIZER_RESOURCE)) {
      return WordPieceTokenizer.fromJson(in, "minilm", maxTokens);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ByteArrayInputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
