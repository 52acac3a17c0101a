package dev.stemma.bench.generate;

import org.jspecify.annotations.Nullable;

/**
 * A place in a sentence template where a story's own facts go: the anchors that independent reports
 * of one story share and that a rewriter keeps.
 */
enum Slot {
  PERSON('P'),
  PLACE('L'),
  ORGANISATION('O'),
  /** A capitalised name of unknown kind: filled with a person, a place or an organisation. */
  NAME('N'),
  /** A whole number below 100: a count, an age, a percentage. */
  SMALL_NUMBER('d'),
  /** A whole number of 100 or more: an amount, a toll, a population. */
  NUMBER('D'),
  /** A number with a decimal point: millions, rates. */
  DECIMAL('F'),
  YEAR('Y'),
  MONTH('M'),
  WEEKDAY('W');

  /**
   * Marks a slot inside a template token: {@code OPEN code [index] CLOSE}, private-use characters.
   */
  static final char OPEN = '\uE000';

  static final char CLOSE = '\uE001';

  final char code;

  Slot(char code) {
    this.code = code;
  }

  /** The slot token text, without an index (Markov templates) or with one (paraphrase pairs). */
  String token(int index) {
    return index < 0
        ? OPEN + String.valueOf(code) + CLOSE
        : OPEN + String.valueOf(code) + index + CLOSE;
  }

  static @Nullable Slot ofCode(char code) {
    for (Slot slot : values()) {
      if (slot.code == code) {
        return slot;
      }
    }
    return null;
  }
}
