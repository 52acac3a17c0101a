package dev.stemma.text;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The text stage: turns one cleaned article body into its sentences, word tokens and anchors.
 *
 * <pre>{@code
 * TextAnalysis a = TextAnalyzer.analyze(cleanedBody);
 * a.sentences();   // spans into cleanedBody
 * a.tokens();      // the tokens of each sentence
 * a.anchors();     // names, numbers, dates, quoted and rare words
 * }</pre>
 *
 * <p>The input is a body as the cleaning stage leaves it: NFKC applied, straight quotes, dashes as
 * {@code -}, single spaces, paragraphs separated by {@code "\n\n"} and no other line breaks (any
 * run of line breaks is read as a paragraph break). {@link #analyze} is a pure, deterministic
 * function that is safe to call from many threads at once, as Spark executors do; the first call in
 * a JVM loads the stop-word list and the WordPiece vocabulary (see {@link WordRarity}).
 *
 * @since 0.1
 */
public final class TextAnalyzer {

  private TextAnalyzer() {}

  /** The sentences, tokens and anchors of a cleaned body. */
  public static TextAnalysis analyze(String cleanedBody) {
    requireNonNull(cleanedBody, "cleanedBody");
    List<Sentence> sentences = SentenceSplitter.split(cleanedBody);
    List<List<Token>> tokens = WordTokenizer.tokenize(cleanedBody, sentences);
    AnchorSet anchors = AnchorExtractor.extract(cleanedBody, tokens);
    return new TextAnalysis(cleanedBody, sentences, tokens, anchors);
  }
}
