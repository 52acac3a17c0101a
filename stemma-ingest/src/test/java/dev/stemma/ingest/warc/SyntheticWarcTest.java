package dev.stemma.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stemma.ingest.Article;
import dev.stemma.ingest.testing.RecordingSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticWarcTest {

  private static final long SEED = 7;

  @TempDir Path dir;

  @Test
  void write_thenRead_givesEveryPageWithTheTextTheGeneratorWrote() throws IOException {
    int pages = 80;
    SyntheticWarc.Summary summary = SyntheticWarc.write(dir.resolve("synthetic.warc.gz"), pages, SEED);
    RecordingSink sink = new RecordingSink();

    WarcReadStats stats = new WarcArticleReader().readCounting(summary.file(), sink);

    // 1 warcinfo + 80 request/response pairs + 3 robots.txt/redirect pairs (after pages 25, 50, 75)
    assertThat(summary.records()).isEqualTo(1 + 2 * 80 + 2 * 3);
    assertThat(stats)
        .isEqualTo(new WarcReadStats(summary.records(), pages,
            Map.of("warcinfo record", 1L, "request record", 80L, "not HTML (text/plain)", 3L,
                "HTTP status 301 (redirect)", 3L),
            0, summary.bytes()));
    assertThat(sink.rejections).isEmpty();
    assertThat(sink.warnings).isEmpty();
    SyntheticNews expected = new SyntheticNews(SEED);
    for (Article article : sink.articles) {
      SyntheticNews.Page page = expected.next();
      assertThat(article.text()).as(page.url()).isEqualTo(page.text());
      assertThat(article.title()).as(page.url()).isEqualTo(page.title());
      assertThat(article.meta().author()).as(page.url()).isEqualTo(page.author());
      assertThat(article.meta().published()).as(page.url()).isEqualTo(page.published());
      assertThat(article.meta().url()).as(page.url()).isEqualTo(page.url());
    }
  }

  @Test
  void write_sameSeed_givesTheSameBytes() throws IOException {
    // same file name: the warcinfo record names the file
    Path a = SyntheticWarc.write(Files.createDirectory(dir.resolve("a")).resolve("x.warc.gz"), 12, SEED).file();
    Path b = SyntheticWarc.write(Files.createDirectory(dir.resolve("b")).resolve("x.warc.gz"), 12, SEED).file();
    Path c = SyntheticWarc.write(Files.createDirectory(dir.resolve("c")).resolve("x.warc.gz"), 12, SEED + 1).file();
    assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
    assertThat(Files.mismatch(a, c)).isNotEqualTo(-1L);
  }

  @Test
  void write_noPages_isRefused() {
    assertThatThrownBy(() -> SyntheticWarc.write(dir.resolve("x.warc.gz"), 0, SEED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pages must be >= 1, got 0");
  }
}
