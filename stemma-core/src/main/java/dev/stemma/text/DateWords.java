package dev.stemma.text;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** English month and weekday names and their abbreviations, read as the full lowercase name. */
final class DateWords {

  private DateWords() {}

  private static final Map<String, String> FULL =
      Map.ofEntries(
          Map.entry("january", "january"),
          Map.entry("february", "february"),
          Map.entry("march", "march"),
          Map.entry("april", "april"),
          Map.entry("may", "may"),
          Map.entry("june", "june"),
          Map.entry("july", "july"),
          Map.entry("august", "august"),
          Map.entry("september", "september"),
          Map.entry("october", "october"),
          Map.entry("november", "november"),
          Map.entry("december", "december"),
          Map.entry("monday", "monday"),
          Map.entry("tuesday", "tuesday"),
          Map.entry("wednesday", "wednesday"),
          Map.entry("thursday", "thursday"),
          Map.entry("friday", "friday"),
          Map.entry("saturday", "saturday"),
          Map.entry("sunday", "sunday"));

  private static final Map<String, String> ABBREVIATED =
      Map.ofEntries(
          Map.entry("jan", "january"),
          Map.entry("feb", "february"),
          Map.entry("mar", "march"),
          Map.entry("apr", "april"),
          Map.entry("jun", "june"),
          Map.entry("jul", "july"),
          Map.entry("aug", "august"),
          Map.entry("sep", "september"),
          Map.entry("sept", "september"),
          Map.entry("oct", "october"),
          Map.entry("nov", "november"),
          Map.entry("dec", "december"),
          // weekdays, but not "Mon.", "Wed.", "Sat.", "Sun.": they are words and names as well
          Map.entry("tue", "tuesday"),
          Map.entry("tues", "tuesday"),
          Map.entry("thu", "thursday"),
          Map.entry("thur", "thursday"),
          Map.entry("thurs", "thursday"),
          Map.entry("fri", "friday"));

  /** The full name for a full month or weekday name, else null. */
  static @Nullable String full(String norm) {
    return FULL.get(norm);
  }

  /** The full name for an abbreviation ("sept" gives "september"), else null. */
  static @Nullable String abbreviated(String norm) {
    return ABBREVIATED.get(norm);
  }

  /** Whether a number token is a year 1900-2099 written as four plain digits. */
  static boolean isYear(String norm, int writtenLength) {
    if (norm.length() != 4 || writtenLength != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      char c = norm.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return norm.startsWith("19") || norm.startsWith("20");
  }
}
