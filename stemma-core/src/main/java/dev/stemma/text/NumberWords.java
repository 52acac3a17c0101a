package dev.stemma.text;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Spelled-out English cardinals read as digits, so that "two" and "2" are one number anchor.
 *
 * <p>"one" is left out: it is mostly a pronoun ("no one", "one of the"). Scale words (hundred,
 * thousand, million, billion, trillion) are anchors as themselves, since "2 million" and "two
 * million" then share both terms.
 */
final class NumberWords {

  private NumberWords() {}

  private static final Map<String, String> DIGITS =
      Map.ofEntries(
          Map.entry("zero", "0"),
          Map.entry("two", "2"),
          Map.entry("three", "3"),
          Map.entry("four", "4"),
          Map.entry("five", "5"),
          Map.entry("six", "6"),
          Map.entry("seven", "7"),
          Map.entry("eight", "8"),
          Map.entry("nine", "9"),
          Map.entry("ten", "10"),
          Map.entry("eleven", "11"),
          Map.entry("twelve", "12"),
          Map.entry("thirteen", "13"),
          Map.entry("fourteen", "14"),
          Map.entry("fifteen", "15"),
          Map.entry("sixteen", "16"),
          Map.entry("seventeen", "17"),
          Map.entry("eighteen", "18"),
          Map.entry("nineteen", "19"),
          Map.entry("twenty", "20"),
          Map.entry("thirty", "30"),
          Map.entry("forty", "40"),
          Map.entry("fifty", "50"),
          Map.entry("sixty", "60"),
          Map.entry("seventy", "70"),
          Map.entry("eighty", "80"),
          Map.entry("ninety", "90"),
          Map.entry("hundred", "hundred"),
          Map.entry("thousand", "thousand"),
          Map.entry("million", "million"),
          Map.entry("billion", "billion"),
          Map.entry("trillion", "trillion"));

  /** The number term for a spelled-out number word, else null. */
  static @Nullable String term(String norm) {
    return DIGITS.get(norm);
  }
}
