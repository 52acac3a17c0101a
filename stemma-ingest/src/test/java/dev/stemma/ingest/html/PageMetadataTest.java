package dev.stemma.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageMetadataTest {

  @ParameterizedTest
  @CsvSource({"en-GB, en", "en_GB, en", "DE, de", "deu, de", "zh-Hans-CN, zh", "x-klingon, ", "'', "})
  void iso639_1_givesTheTwoLetterLanguage(String tag, String expected) {
    assertThat(PageMetadata.iso639_1(tag)).isEqualTo(expected);
  }
}
