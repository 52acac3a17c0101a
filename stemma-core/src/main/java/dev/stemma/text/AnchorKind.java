package dev.stemma.text;

/**
 * What makes a token an anchor: a kind of word that rewriters rarely change.
 *
 * <p>The constants are declared in order of precedence: when one term qualifies as several kinds (a
 * year is a number too; "Samarkand" is a name and rare), its {@link Anchor#kind()} is the first of
 * them in this order, and {@link Anchor#kinds()} holds them all.
 *
 * @since 0.1
 */
public enum AnchorKind {
  /** A month or weekday name (abbreviations read as the full name), or a year 1900-2099. */
  DATE,
  /** A number written in digits, or a spelled-out number word ("two" reads as 2). */
  NUMBER,
  /**
   * A capitalized content word where a capital is not expected, an acronym anywhere ("NATO"), or a
   * word that also appears as a name elsewhere in the same text ("Putin" at a sentence start; not
   * "The" or "Both").
   */
  NAME,
  /** A content word inside double quotes. */
  QUOTED,
  /** A content word that {@link WordRarity} calls rare. */
  RARE
}
