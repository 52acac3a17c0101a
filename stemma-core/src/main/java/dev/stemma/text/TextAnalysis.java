package dev.stemma.text;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the text stage knows about one cleaned article body: its sentences, the word tokens of each
 * sentence and its anchors. All offsets point into {@link #text()}.
 *
 * @param text the cleaned body
 * @param sentences its sentences in order
 * @param tokens the tokens of each sentence: {@code tokens.get(i)} lies inside {@code
 *     sentences.get(i)}
 * @param anchors its anchor terms
 * @since 0.1
 */
public record TextAnalysis(
    String text, List<Sentence> sentences, List<List<Token>> tokens, AnchorSet anchors)
    implements Serializable {

  public TextAnalysis {
    requireNonNull(text, "text");
    requireNonNull(sentences, "sentences");
    requireNonNull(tokens, "tokens");
    requireNonNull(anchors, "anchors");
    if (sentences.size() != tokens.size()) {
      throw new IllegalArgumentException(
          "TextAnalysis needs one token list per sentence, got "
              + sentences.size()
              + " sentences and "
              + tokens.size()
              + " token lists");
    }
    sentences = List.copyOf(sentences);
    List<List<Token>> copied = new ArrayList<>(tokens.size());
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.end() > text.length()) {
        throw new IllegalArgumentException(
            "Sentence "
                + i
                + " ["
                + s.start()
                + ", "
                + s.end()
                + ") lies outside a text of length "
                + text.length());
      }
      List<Token> list = List.copyOf(tokens.get(i));
      for (Token t : list) {
        if (t.start() < s.start() || t.end() > s.end()) {
          throw new IllegalArgumentException(
              "Token '"
                  + t.norm()
                  + "' ["
                  + t.start()
                  + ", "
                  + t.end()
                  + ") lies outside its"
                  + " sentence "
                  + i
                  + " ["
                  + s.start()
                  + ", "
                  + s.end()
                  + ")");
        }
      }
      copied.add(list);
    }
    tokens = List.copyOf(copied);
  }

  /** The text of sentence {@code i}. */
  public String sentenceText(int i) {
    return sentences.get(i).text(text);
  }

  /** All tokens in text order. */
  public List<Token> allTokens() {
    List<Token> all = new ArrayList<>(tokenCount());
    for (List<Token> list : tokens) {
      all.addAll(list);
    }
    return List.copyOf(all);
  }

  /** The number of tokens in all sentences. */
  public int tokenCount() {
    int n = 0;
    for (List<Token> list : tokens) {
      n += list.size();
    }
    return n;
  }
}
