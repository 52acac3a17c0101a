package dev.stemma.text;

import java.io.Serializable;

/**
 * One sentence of a cleaned article body, as a span of char offsets into that body.
 *
 * <p>The span never starts or ends with a space and never holds a line break: a paragraph break
 * always ends a sentence.
 *
 * @param start offset of the sentence's first char
 * @param end offset just past its last char (exclusive)
 * @since 0.1
 */
public record Sentence(int start, int end) implements Serializable {

  public Sentence {
    if (start < 0) {
      throw new IllegalArgumentException("Sentence start must be >= 0, got " + start);
    }
    if (end <= start) {
      throw new IllegalArgumentException(
          "Sentence end must be > start, got start " + start + " and end " + end);
    }
  }

  /** The number of chars in the sentence. */
  public int length() {
    return end - start;
  }

  /** The sentence's text, cut from the body it was found in. */
  public String text(String body) {
    if (end > body.length()) {
      throw new IllegalArgumentException(
          "Sentence ["
              + start
              + ", "
              + end
              + ") lies outside a body of length "
              + body.length()
              + "; pass the body the sentence was split from");
    }
    return body.substring(start, end);
  }
}
