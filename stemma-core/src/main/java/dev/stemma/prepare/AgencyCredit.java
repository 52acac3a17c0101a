package dev.stemma.prepare;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the news agency an article credits in its dateline: "PORTVALE, March 3 (Meridian Press) -",
 * "MOSCOW (AP) -", "Paris, 12 Nov (AFP) -". A wire story opens this way, and sites that copy it
 * whole often keep the dateline, so it marks the text closest to the wire; a rewrite usually drops
 * it. Agencies quoted as sources ("Tass reported") are not credits.
 */
public final class AgencyCredit {

  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\p{Lu}[\\p{Lu}\\p{L} .'-]{1,40}"
              + "(,\\s*[\\p{L}.]+\\s+\\d{1,2}|,\\s*\\d{1,2}\\s+[\\p{L}.]+)?"
              + "\\s*\\((\\p{Lu}[\\p{L}&. -]{0,40})\\)\\s*-");

  private AgencyCredit() {}

  /** The agency credited at the start of the body, if any. */
  public static Optional<String> find(String body) {
    Matcher m = DATELINE.matcher(body);
    return m.lookingAt() ? Optional.of(m.group(2).strip()) : Optional.empty();
  }
}
