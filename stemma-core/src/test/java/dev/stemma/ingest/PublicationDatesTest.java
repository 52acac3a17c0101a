package dev.stemma.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {

  @Test
  void parse_utcDateTime() {
    assertThat(PublicationDates.parse("2025-03-03T15:05:00Z")).contains(Instant.parse("2025-03-03T15:05:00Z"));
  }

  @Test
  void parse_offsetDateTime_isConvertedToUtc() {
    // 10:05 at UTC-5 is 15:05 UTC
    assertThat(PublicationDates.parse("2025-03-03T10:05:00-05:00"))
        .contains(Instant.parse("2025-03-03T15:05:00Z"));
  }

  @Test
  void parse_dateTimeWithoutOffset_isTakenAsUtc() {
    assertThat(PublicationDates.parse("2025-03-03T15:05")).contains(Instant.parse("2025-03-03T15:05:00Z"));
  }

  @Test
  void parse_dateAlone_isTheStartOfThatDayInUtc() {
    assertThat(PublicationDates.parse("2022-09-07")).contains(Instant.parse("2022-09-07T00:00:00Z"));
  }

  @Test
  void parse_fractionalSecondsAndSurroundingSpaces() {
    assertThat(PublicationDates.parse("  2025-03-03T15:05:00.250Z\n"))
        .contains(Instant.parse("2025-03-03T15:05:00.250Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "last Tuesday", "03/03/2025", "2025-02-30", "2025-03-03 15:05", "March 3, 2025"})
  void parse_whatIsNotAnIsoDate_isEmpty(String value) {
    assertThat(PublicationDates.parse(value)).isEqualTo(Optional.empty());
  }
}
