package dev.stemma.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * HuggingFace's own (Rust) tokenizer through DJL, the reference the pure-Java one is checked
 * against. Its native library comes from inside the DJL jar; DJL's usage tracking and downloads
 * are switched off before it loads, so nothing leaves the machine.
 */
final class HuggingFaceReference {

  static {
    System.setProperty("OPT_OUT_TRACKING", "true");
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("offline", "true");
  }

  /** all-MiniLM-L6-v2's tokenizer.json (test class path): the same vocabulary as the shipped model's. */
  static final String MINILM_TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

  /** The length all-MiniLM-L6-v2 was trained with. */
  static final int MINILM_MAX_TOKENS = 128;

  private HuggingFaceReference() {}

  /** Stemma's tokenizer over the MiniLM tokenizer.json, cut at 128 tokens like the reference. */
  static WordPieceTokenizer minilmJava() {
    try (InputStream in = HuggingFaceReference.class.getResourceAsStream(MINILM_TOKENIZER_RESOURCE)) {
      return WordPieceTokenizer.fromJson(in, MINILM_TOKENIZER_RESOURCE, MINILM_MAX_TOKENS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Call before anything loads DJL (langchain4j's encoders do): runs the settings above. */
  static void keepOffline() {}

  /** The MiniLM tokenizer.json with special tokens added, truncation at 128 and no padding. */
  static HuggingFaceTokenizer minilmTokenizer() {
    try (InputStream in =
        HuggingFaceReference.class.getResourceAsStream(
            MINILM_TOKENIZER_RESOURCE)) {
      return HuggingFaceTokenizer.newInstance(
          in,
          Map.of(
              "addSpecialTokens", "true",
              "truncation", "true",
              "maxLength", String.valueOf(MINILM_MAX_TOKENS),
              "padding", "false"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int[] ids(HuggingFaceTokenizer tokenizer, String text) {
    long[] ids = tokenizer.encode(text).getIds();
    int[] out = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = Math.toIntExact(ids[i]);
    }
    return out;
  }
}
