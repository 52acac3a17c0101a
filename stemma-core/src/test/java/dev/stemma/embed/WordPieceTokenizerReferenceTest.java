package dev.stemma.embed;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pure-Java tokenizer gives HuggingFace's ids, sentence for sentence. */
class WordPieceTokenizerReferenceTest {

  private static final WordPieceTokenizer JAVA = HuggingFaceReference.minilmJava();
  private static HuggingFaceTokenizer rust;

  @BeforeAll
  static void loadReference() {
    rust = HuggingFaceReference.minilmTokenizer();
  }

  @AfterAll
  static void closeReference() {
    rust.close();
  }

  @Test
  void encode_matchesHuggingFace_onTrickyFixture() {
    assertSameIds(TokenizerFixture.TRICKY);
  }

  /**
   * Every distinct sentence of MRPC train and the STS files, and of every tenth PAN pair: about
   * 13,000 sentences. All 31,750 sentences of the three sets matched when the tokenizer was
   * written; the subset keeps the default build fast (DJL costs about 0.4 ms a sentence).
   */
  @Test
  void encode_matchesHuggingFace_onMrpcStsAndPanSentences() {
    Path eval = EvalData.dir();
    List<EvalData.Pair> pairs = new ArrayList<>(EvalData.mrpc(eval));
    EvalData.stsFiles(eval).forEach(f -> pairs.addAll(EvalData.sts(f)));
    List<EvalData.Pair> pan = EvalData.pan(eval);
    for (int i = 0; i < pan.size(); i += 10) {
      pairs.add(pan.get(i));
    }
    Set<String> sentences = new LinkedHashSet<>();
    for (EvalData.Pair p : pairs) {
      sentences.add(p.first());
      sentences.add(p.second());
    }
    assertThat(sentences).hasSizeGreaterThan(12_000);
    assertSameIds(List.copyOf(sentences));
  }

  private static void assertSameIds(List<String> sentences) {
    List<String> mismatches = new ArrayList<>();
    for (String s : sentences) {
      int[] expected = HuggingFaceReference.ids(rust, s);
      int[] actual = JAVA.encode(s);
      if (!Arrays.equals(expected, actual)) {
        mismatches.add(
            s + "\n  huggingface " + Arrays.toString(expected) + "\n  java        "
                + Arrays.toString(actual));
      }
    }
    assertThat(mismatches).as("sentences tokenized differently").isEmpty();
  }
}
