package dev.stemma.ingest.html;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the publication dates that pages write in their metadata.
 *
 * <p>Pages mostly write ISO 8601 ({@code 2026-03-14T08:30:00+01:00}), but also without the colon in
 * the offset ({@code +0100}), with a space for the {@code T}, without seconds, without any offset,
 * or as an HTTP date ({@code Sat, 14 Mar 2026 08:30:00 GMT}). A time without an offset is read as
 * UTC and a date without a time as its start in UTC, as {@link dev.stemma.ingest.ArticleMeta} says:
 * a guess, but within a day of the truth, which is all the origin decision needs.
 */
final class Dates {

  /** Dates outside this range are typing errors or placeholders ("0001-01-01"), not publication dates. */
  private static final int MIN_YEAR = 1990;
  private static final int MAX_YEAR = 2200;

  private static final Pattern SPACE_FOR_T = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:)");

  private static final DateTimeFormatter ISO_LENIENT =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter();

  private Dates() {}

  /** The instant a page's date string means, or empty when it is not a date we can read. */
  static Optional<Instant> parse(String value) {
    String s = SPACE_FOR_T.matcher(value.strip()).replaceFirst("$1T$2");
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      var parsed = ISO_LENIENT.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
      Instant instant =
          parsed instanceof OffsetDateTime odt ? odt.toInstant() : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
      return plausible(instant);
    } catch (DateTimeException notIsoDateTime) {
      // try the other forms
    }
    try {
      return plausible(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeException notIsoDate) {
      // try the other forms
    }
    try {
      return plausible(OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeException notHttpDate) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> plausible(Instant instant) {
    int year = instant.atOffset(ZoneOffset.UTC).getYear();
    return year >= MIN_YEAR && year <= MAX_YEAR ? Optional.of(instant) : Optional.empty();
  }
}
