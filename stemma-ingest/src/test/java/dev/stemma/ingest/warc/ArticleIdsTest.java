package dev.stemma.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleIdsTest {

  @ParameterizedTest
  @CsvSource({
    "https://www.example.com/news/a-story.html, example.com/news/a-story.html",
    "http://Example.COM:8080/a?id=7&x=1#comments, example.com:8080/a?id=7&x=1",
    "https://example.com, example.com/",
    "https://www.example.com/search?q=a b|c, example.com/search?q=a b|c",
  })
  void readable_dropsSchemeWwwAndFragment(String address, String id) {
    assertThat(ArticleIds.readable(address)).isEqualTo(id);
  }

  @Test
  void idFor_laterCaptureOfTheSameAddress_getsItsDate() {
    ArticleIds ids = new ArticleIds("crawl");
    Instant first = Instant.parse("2026-03-15T06:00:00Z");
    Instant second = Instant.parse("2026-03-15T07:00:00Z");
    assertThat(ids.idFor("https://example.com/a", first, 3)).isEqualTo("example.com/a");
    assertThat(ids.idFor("https://example.com/a", second, 9)).isEqualTo("example.com/a@2026-03-15T07:00:00Z");
    assertThat(ids.idFor("https://example.com/a", second, 12)).isEqualTo("example.com/a@2026-03-15T07:00:00Z#12");
  }

  @Test
  void idFor_recordWithoutAddress_isTheArchiveAndRecordNumber() {
    assertThat(new ArticleIds("CC-NEWS-20260315").idFor(null, null, 17)).isEqualTo("CC-NEWS-20260315#17");
  }
}
