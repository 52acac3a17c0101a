package dev.stemma.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped encoder, on a handful of sentences (the model loads in about a second). */
class OnnxEncoderTest {

  private static final String GUITAR = "A man is playing a guitar.";
  private static final String GUITAR_PARAPHRASE = "A person plays guitar.";
  private static final String MARKETS =
      "Stocks fell sharply on Wall Street after the rate decision.";
  private static final String CAT = "The cat slept on the windowsill all afternoon.";

  private static OnnxEncoder encoder;

  @BeforeAll
  static void load() {
    HuggingFaceReference.keepOffline();
    encoder = OnnxEncoder.standard();
  }

  @AfterAll
  static void close() {
    encoder.close();
  }

  @Test
  void encode_returnsOneUnitVectorOf384PerSentence_inInputOrder() {
    float[][] v = encoder.encode(List.of(CAT, GUITAR, "x"));

    assertThat(encoder.dimension()).isEqualTo(384);
    assertThat(v).hasNumberOfRows(3);
    for (float[] row : v) {
      assertThat(row).hasSize(384);
      assertThat(dot(row, row)).isCloseTo(1.0, within(1e-5));
    }
    // Input order, not the length order batches run in: the first row is the cat's.
    float[] cat = encoder.encode(List.of(CAT))[0];
    assertThat(dot(v[0], cat)).isGreaterThan(0.98);
    assertThat(dot(v[1], cat)).isLessThan(0.5);
  }

  @Test
  void cosine_ofParaphrase_isHigh_andOfUnrelatedSentences_isLow() {
    float[][] v = encoder.encode(List.of(GUITAR, GUITAR_PARAPHRASE, MARKETS, CAT));

    // bge's cosines sit high (unrelated news sentences score about 0.3): what matters is the gap
    assertThat(dot(v[0], v[1])).isGreaterThan(0.85); // 0.91 measured
    assertThat(dot(v[0], v[2])).isLessThan(0.45); // 0.30
    assertThat(dot(v[1], v[3])).isLessThan(0.45); // 0.36
    assertThat(dot(v[2], v[3])).isLessThan(0.45); // 0.31
  }

  @Test
  void encode_matchesLangchain4jsImplementationOfTheSameModel() {
    var reference = new BgeSmallEnV15QuantizedEmbeddingModel();
    for (String s : List.of(GUITAR, MARKETS, "Café déjà vu: naïve coöperation in São Paulo!")) {
      float[] expected = reference.embed(s).content().vector();
      float[] actual = encoder.encode(List.of(s))[0];
      for (int d = 0; d < expected.length; d++) {
        assertThat(actual[d]).as("%s, dimension %d", s, d).isCloseTo(expected[d], within(1e-5f));
      }
    }
  }

  @Test
  void encode_sameListTwice_givesIdenticalBits() {
    List<String> list = List.of(GUITAR, GUITAR_PARAPHRASE, MARKETS, CAT, "", "¿Qué pasa?");
    assertThat(Arrays.deepEquals(encoder.encode(list), encoder.encode(list))).isTrue();
  }

  @Test
  void encode_ofEmptyList_isEmpty() {
    assertThat(encoder.encode(List.of())).isEmpty();
  }

  @Test
  void encode_rejectsNullSentenceByIndex() {
    assertThatThrownBy(() -> encoder.encode(Arrays.asList(GUITAR, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("sentence 1 of 2 is null");
  }

  @Test
  void encode_afterClose_isRefused() {
    OnnxEncoder closed = OnnxEncoder.standard();
    closed.close();
    closed.close(); // a second close does nothing

    assertThatThrownBy(() -> closed.encode(List.of(GUITAR)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("OnnxEncoder was closed; load a new one");
  }

  @Test
  void load_rejectsBatchSizeBelowOne() {
    assertThatThrownBy(() -> OnnxEncoder.standard(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batchSize must be at least 1, got 0");
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (double) a[i] * b[i];
    }
    return s;
  }
}
