package dev.stemma.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses the ISO-8601 dates and date-times that inputs give for {@code published}.
 *
 * <p>A date alone ({@code 2022-09-07}) is taken as the start of that day in UTC, and a date-time
 * without an offset as UTC: both are stated in the README, because they decide which member of a
 * copy family is the earliest.
 */
public final class PublicationDates {

  private PublicationDates() {}

  public static Optional<Instant> parse(String value) {
    String s = value.strip();
    try {
      return Optional.of(OffsetDateTime.parse(s).toInstant());
    } catch (DateTimeParseException notOffset) {
      // fall through to the forms without an offset
    }
    try {
      return Optional.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException notLocal) {
      // fall through
    }
    try {
      return Optional.of(LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException notDate) {
      return Optional.empty();
    }
  }
}
