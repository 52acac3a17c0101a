package dev.stemma.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.ingest.Article;
import dev.stemma.ingest.ArticleReader;
import dev.stemma.ingest.InputRef;
import dev.stemma.ingest.testing.Fixtures;
import dev.stemma.ingest.testing.RecordingSink;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlFileReaderTest {

  private final HtmlFileReader reader = new HtmlFileReader();

  private RecordingSink read(Path file) throws IOException {
    RecordingSink sink = new RecordingSink();
    reader.read(file, sink);
    return sink;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "coastal-herald-bridge",
        "quotidien-festival-windows1252",
        "abendpost-fernwaerme-latin1",
        "wangan-bridge-shiftjis",
        "binhai-bridge-gb2312",
        "malformed-tagsoup"
      })
  void read_newsPage_givesOneArticleWithTheBodyText(String stem) throws IOException {
    RecordingSink sink = read(Fixtures.path(stem + ".html"));

    assertThat(sink.rejections).isEmpty();
    assertThat(sink.warnings).isEmpty();
    assertThat(sink.articles).hasSize(1);
    Article article = sink.articles.get(0);
    assertThat(article.id()).isEqualTo(stem);
    assertThat(article.text()).isEqualTo(Fixtures.expectedText(stem));
    assertThat(article.input()).isEqualTo(InputRef.of(Fixtures.path(stem + ".html").toString()));
  }

  @Test
  void read_windows1252Page_hasItsMetadataFromJsonLd() throws IOException {
    Article article = read(Fixtures.path("quotidien-festival-windows1252.html")).articles.get(0);
    assertThat(article.title()).isEqualTo("Le festival du lac attend 80 000 visiteurs");
    assertThat(article.meta().url())
        .isEqualTo("https://www.quotidiendulac.example/culture/festival-du-lac-80000-visiteurs-48213.html");
    assertThat(article.meta().source()).isEqualTo("Le Quotidien du Lac");
    assertThat(article.meta().author()).isEqualTo("Élodie Perrin");
    assertThat(article.meta().published()).isEqualTo(Instant.parse("2026-06-02T16:45:00Z"));
    assertThat(article.meta().lang()).isEqualTo("fr");
    assertThat(article.meta().captured()).isNull();
  }

  @Test
  void read_latin1Page_hasItsMetadataFromTimeAndMetaTags() throws IOException {
    Article article = read(Fixtures.path("abendpost-fernwaerme-latin1.html")).articles.get(0);
    assertThat(article.title()).isEqualTo("Stadtwerke erhöhen Fernwärmepreis um zwölf Prozent");
    // relative canonical link and no address for a file: not an absolute address, so unknown
    assertThat(article.meta().url()).isNull();
    assertThat(article.meta().author()).isEqualTo("Jörg Weißmüller");
    assertThat(article.meta().published()).isEqualTo(Instant.parse("2026-01-09T15:20:00Z"));
    assertThat(article.meta().lang()).isEqualTo("de");
  }

  @Test
  void read_shiftJisAndGb2312Pages_haveTheirTitlesAndLanguages() throws IOException {
    Article japanese = read(Fixtures.path("wangan-bridge-shiftjis.html")).articles.get(0);
    assertThat(japanese.title()).isEqualTo("港湾大橋、5月から半年間通行止め　ケーブル交換で");
    assertThat(japanese.meta().author()).isEqualTo("山田 太郎");
    assertThat(japanese.meta().published()).isEqualTo(Instant.parse("2026-03-14T00:00:00Z"));
    assertThat(japanese.meta().lang()).isEqualTo("ja");

    Article chinese = read(Fixtures.path("binhai-bridge-gb2312.html")).articles.get(0);
    assertThat(chinese.title()).isEqualTo("海港大桥五月起封闭半年 更换主缆");
    assertThat(chinese.meta().source()).isEqualTo("滨海日报");
    assertThat(chinese.meta().published()).isEqualTo(Instant.parse("2026-03-14T00:00:00Z"));
    assertThat(chinese.meta().lang()).isEqualTo("zh");
  }

  @Test
  void read_pageWithoutArticleText_isRejectedWithTheReasonAndTheFix() throws IOException {
    Path file = Fixtures.path("page-not-found.html");
    RecordingSink sink = read(file);
    assertThat(sink.articles).isEmpty();
    assertThat(sink.rejectionMessages())
        .containsExactly(
            file + ": no article text: the main block of the page has 93 characters of text, fewer than the 200"
                + " of the shortest article. If the page does hold an article, give its text as a .txt file or as a"
                + " JSON Lines line with a \"text\" field");
    assertThat(sink.rejections.get(0).id()).isEqualTo("page-not-found");
  }

  @Test
  void read_pageInAnUndeclaredLegacyCharset_isReadAndTheGuessReported(@TempDir Path dir) throws IOException {
    String html = Fixtures.utf8Page("coastal-herald-bridge.html").replace("<meta charset=\"utf-8\">", "");
    Path file = dir.resolve("undeclared.htm");
    Files.write(file, html.getBytes(Charset.forName("windows-1252")));

    // the first byte that is not UTF-8 is the £ (0xA3) of "Subscribe from £1 a week"
    int pound = html.substring(0, html.indexOf('£')).getBytes(Charset.forName("windows-1252")).length;

    RecordingSink sink = read(file);

    assertThat(sink.articles).extracting(Article::text).containsExactly(Fixtures.expectedText("coastal-herald-bridge"));
    assertThat(sink.warnings)
        .extracting(RecordingSink.Note::toString)
        .containsExactly(file + ": no charset is declared but byte " + pound + " (0xA3) is not UTF-8; decoded as windows-1252");
  }

  @Test
  void read_reportsProgressOfTheWholeFile() throws IOException {
    Path file = Fixtures.path("coastal-herald-bridge.html");
    assertThat(read(file).progress).containsExactly(new RecordingSink.Progress(Files.size(file), Files.size(file)));
  }

  @Test
  void accepts_htmlAndHtmFilesByName() {
    byte[] notHtml = "just text".getBytes(StandardCharsets.US_ASCII);
    assertThat(reader.accepts(Path.of("a/page.html"), notHtml)).isTrue();
    assertThat(reader.accepts(Path.of("PAGE.HTM"), notHtml)).isTrue();
    assertThat(reader.accepts(Path.of("page.txt"), notHtml)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<!DOCTYPE html><html>",
        "\n  <!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
        "<!-- saved from url=(0042)https://example.com/ -->\n<html lang=en>",
        "\ufeff<html><head>"
      })
  void accepts_htmlByContentWhateverTheName(String start) {
    assertThat(reader.accepts(Path.of("saved-page.txt"), start.getBytes(StandardCharsets.UTF_8))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"id\": \"a\", \"html\": \"<html>\"}", "Putin and Xi to meet <b>in</b> Samarkand", "WARC/1.1\r\n"})
  void accepts_notOtherContent(String start) {
    assertThat(reader.accepts(Path.of("input.dat"), start.getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void stem_dropsOnlyTheLastExtension() {
    assertThat(HtmlFileReader.stem("a.b.html")).isEqualTo("a.b");
    assertThat(HtmlFileReader.stem(".html")).isEqualTo(".html");
  }

  @Test
  void serviceLoader_findsTheReader() {
    assertThat(ServiceLoader.load(ArticleReader.class).stream().map(ServiceLoader.Provider::type))
        .contains(HtmlFileReader.class);
  }
}
