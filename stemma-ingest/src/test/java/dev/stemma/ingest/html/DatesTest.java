package dev.stemma.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-03-14T08:30:00+01:00     | 2026-03-14T07:30:00Z",
        "2026-03-14T08:30:00Z          | 2026-03-14T08:30:00Z",
        "2026-03-14T08:30:00.123+01:00 | 2026-03-14T07:30:00.123Z",
        "2026-03-14T08:30:00+0100      | 2026-03-14T07:30:00Z",
        "2026-03-14T08:30+01           | 2026-03-14T07:30:00Z",
        "2026-03-14 08:30:00           | 2026-03-14T08:30:00Z",
        "2026-03-14T08:30              | 2026-03-14T08:30:00Z",
        "2026-03-14                    | 2026-03-14T00:00:00Z",
        "'Sat, 14 Mar 2026 08:30:00 GMT' | 2026-03-14T08:30:00Z",
      })
  void parse_readsTheFormsPagesWrite(String value, String expected) {
    assertThat(Dates.parse(value)).contains(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "14.03.2026", "0001-01-01T00:00:00Z", "2026-13-40"})
  void parse_givesNothingForWhatIsNotAPlausibleDate(String value) {
    assertThat(Dates.parse(value)).isEmpty();
  }
}
