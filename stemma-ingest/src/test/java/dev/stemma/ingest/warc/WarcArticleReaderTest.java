package dev.stemma.ingest.warc;

import static dev.stemma.ingest.warc.TestWarc.expectedText;
import static dev.stemma.ingest.warc.TestWarc.gzipMember;
import static dev.stemma.ingest.warc.TestWarc.page;
import static dev.stemma.ingest.warc.TestWarc.plain;
import static dev.stemma.ingest.warc.TestWarc.response;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.ingest.Article;
import dev.stemma.ingest.ArticleReader;
import dev.stemma.ingest.InputRef;
import dev.stemma.ingest.Rejection;
import dev.stemma.ingest.testing.RecordingSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArticleReaderTest {

  private static final String BRIDGE = "https://www.coastalherald.example/news/2026/03/14/harbour-bridge-repairs";
  private static final String FESTIVAL = "https://www.quotidiendulac.example/culture/festival-du-lac-80000-visiteurs-48213.html?xtor=RSS";
  private static final String HEATING = "https://www.abendpost.example/wirtschaft/stadtwerke-fernwaerme-preis-a-77120.html";
  private static final String WANGAN = "http://www.wangan-shimpo.example/news/20260314/k0001.html";
  private static final String BINHAI = "http://news.binhai.example/2026/0314/bridge.shtml";
  private static final Instant T = Instant.parse("2026-03-15T06:00:00Z");

  @TempDir Path dir;
  private final WarcArticleReader reader = new WarcArticleReader();
  private RecordingSink sink;

  @BeforeEach
  void newSink() {
    sink = new RecordingSink();
  }

  private static Instant t(int minutes) {
    return T.plusSeconds(60L * minutes);
  }

  private static byte[] html(String name) {
    return page(name);
  }

  @Test
  void readCounting_crawlWithPagesOtherRecordsAndDamage_accountsForEveryRecord() throws IOException {
    TestWarc warc = new TestWarc();
    warc.add(gzipMember(TestWarc.warcinfo())); // 1
    warc.add(gzipMember(TestWarc.request(BRIDGE, t(0)))); // 2
    warc.add(gzipMember(response(BRIDGE, t(0), 200, "text/html; charset=utf-8", html("coastal-herald-bridge.html")))); // 3
    // 4: the page declares windows-1252 in its <meta>, the server says ISO-8859-1: the page wins
    warc.add(gzipMember(response(FESTIVAL, t(1), 200, "text/html; charset=ISO-8859-1", html("quotidien-festival-windows1252.html"))));
    warc.add(gzipMember(response("https://img.coastalherald.example/bridge.jpg", t(2), 200, "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0x00}))); // 5
    warc.add(gzipMember(response("https://www.coastalherald.example/news/gone", t(3), 404, "text/html", html("page-not-found.html")))); // 6
    warc.add(gzipMember(response("https://coastalherald.example/news/bridge", t(4), 301, "text/html", new byte[0]))); // 7
    warc.add(gzipMember(TestWarc.metadata(BRIDGE, t(0)))); // 8
    long truncatedAt = warc.offset();
    byte[] truncatedPage = html("coastal-herald-bridge.html");
    warc.add(TestWarc.truncatedGzipMember(response("https://www.coastalherald.example/news/cut", t(5), 200, "text/html", truncatedPage), 1000)); // 9
    long afterTruncated = warc.offset();
    warc.add(gzipMember(response(HEATING, t(6), 200, "text/html", html("abendpost-fernwaerme-latin1.html")))); // 10
    long badCrcAt = warc.offset();
    warc.add(TestWarc.withBadCrc(gzipMember(response("https://www.coastalherald.example/news/crc", t(7), 200, "text/html", html("coastal-herald-bridge.html"))))); // 11
    long afterBadCrc = warc.offset();
    warc.add(gzipMember(response(WANGAN, t(8), 200, "text/html", html("wangan-bridge-shiftjis.html")))); // 12
    warc.add(gzipMember(response("https://www.coastalherald.example/404-soft", t(9), 200, "text/html", html("page-not-found.html")))); // 13
    warc.add(gzipMember(TestWarc.revisit(BRIDGE, t(10)))); // 14
    warc.add(gzipMember(response("https://www.coastalherald.example/news/long", t(11), 200, "text/html", html("coastal-herald-bridge.html"), Map.of("WARC-Truncated", "length")))); // 15
    warc.add(gzipMember(response(BRIDGE, t(12), 200, "text/html", html("coastal-herald-bridge.html")))); // 16
    long garbageAt = warc.offset();
    warc.add(TestWarc.withGarbageInside(gzipMember(response("https://www.coastalherald.example/news/garbled", t(13), 200, "text/html", html("coastal-herald-bridge.html"))))); // 17
    long afterGarbage = warc.offset();
    warc.add(gzipMember(response(BINHAI, t(14), 200, "text/html", html("binhai-bridge-gb2312.html")))); // 18
    long cutAt = warc.offset();
    byte[] last = gzipMember(response("https://www.coastalherald.example/news/last", t(15), 200, "text/html", html("coastal-herald-bridge.html")));
    warc.add(TestWarc.head(last, last.length / 2)); // 19: the file ends inside this member
    Path file = dir.resolve("crawl-2026-03-15.warc.gz");
    Files.write(file, warc.bytes());

    WarcReadStats stats = reader.readCounting(file, sink);

    assertThat(sink.articles)
        .extracting(Article::id)
        .containsExactly(
            "coastalherald.example/news/2026/03/14/harbour-bridge-repairs",
            "quotidiendulac.example/culture/festival-du-lac-80000-visiteurs-48213.html?xtor=RSS",
            "abendpost.example/wirtschaft/stadtwerke-fernwaerme-preis-a-77120.html",
            "wangan-shimpo.example/news/20260314/k0001.html",
            "coastalherald.example/news/2026/03/14/harbour-bridge-repairs@2026-03-15T06:12:00Z",
            "news.binhai.example/2026/0314/bridge.shtml");
    assertThat(sink.articles)
        .extracting(Article::text)
        .containsExactly(
            expectedText("coastal-herald-bridge"),
            expectedText("quotidien-festival-windows1252"),
            expectedText("abendpost-fernwaerme-latin1"),
            expectedText("wangan-bridge-shiftjis"),
            expectedText("coastal-herald-bridge"),
            expectedText("binhai-bridge-gb2312"));
    assertThat(sink.articles).extracting(a -> a.input().line()).containsExactly(3L, 4L, 10L, 12L, 16L, 18L);

    Article bridge = sink.articles.get(0);
    assertThat(bridge.title()).isEqualTo("Harbour bridge to close for six months of repairs");
    assertThat(bridge.meta().url()).isEqualTo(BRIDGE);
    assertThat(bridge.meta().captured()).isEqualTo(t(0));
    assertThat(bridge.meta().published()).isEqualTo(Instant.parse("2026-03-14T07:30:00Z"));
    assertThat(bridge.input()).isEqualTo(new InputRef(file.toString(), 3));
    // the canonical address from og:url, not the crawled one with its tracking parameter
    assertThat(sink.articles.get(1).meta().url())
        .isEqualTo("https://www.quotidiendulac.example/culture/festival-du-lac-80000-visiteurs-48213.html");
    // a relative canonical link resolved against the record's address
    assertThat(sink.articles.get(2).meta().url()).isEqualTo(HEATING);
    // no canonical link: the record's address
    assertThat(sink.articles.get(5).meta().url()).isEqualTo(BINHAI);
    assertThat(sink.articles.get(5).meta().captured()).isEqualTo(t(14));

    assertThat(sink.passes)
        .extracting(RecordingSink.Note::toString)
        .containsExactly(
            file + ":1: warcinfo record",
            file + ":2: request record",
            file + ":5: not HTML (image/jpeg)",
            file + ":6: HTTP status 404",
            file + ":7: HTTP status 301 (redirect)",
            file + ":8: metadata record",
            file + ":14: revisit record");

    assertThat(sink.rejections).extracting(r -> r.input().line()).containsExactly(9L, 11L, 13L, 15L, 17L, 19L);
    assertThat(sink.rejections.get(0).message())
        .isEqualTo(file + ":9: truncated record (gzip member at byte " + truncatedAt + "): its data ends before the "
            + contentLength(truncatedPage) + " bytes its Content-Length gives. The archive was cut short or damaged"
            + " here (an interrupted download or copy?): fetch it again to recover this record; reading went on with"
            + " the next record, at byte " + afterTruncated);
    assertThat(sink.rejections.get(1).message())
        .isEqualTo(file + ":11: unreadable record: the gzip member at byte " + badCrcAt + " fails its CRC-32 check."
            + " The archive is damaged here: fetch it again to recover this record; reading went on with the next"
            + " intact record, at byte " + afterBadCrc + " (bytes " + badCrcAt + " to " + afterBadCrc + " skipped)");
    assertThat(sink.rejections.get(2).message())
        .isEqualTo(file + ":13: no article text: the main block of the page has 93 characters of text, fewer than"
            + " the 200 of the shortest article. If the page does hold an article, give its text as a .txt file or as"
            + " a JSON Lines line with a \"text\" field");
    assertThat(sink.rejections.get(2).id()).isEqualTo("coastalherald.example/404-soft");
    assertThat(sink.rejections.get(3).message())
        .isEqualTo(file + ":15: the crawler truncated this record (WARC-Truncated: length), so the page is"
            + " incomplete. Crawl the page again without the size or time limit that cut it");
    assertThat(sink.rejections.get(4).message())
        .startsWith(file + ":17: unreadable record: the gzip member at byte " + garbageAt + " ")
        .endsWith("The archive is damaged here: fetch it again to recover this record; reading went on with the next"
            + " intact record, at byte " + afterGarbage + " (bytes " + garbageAt + " to " + afterGarbage + " skipped)");
    assertThat(sink.rejections.get(5).message())
        .isEqualTo(file + ":19: truncated record (gzip member at byte " + cutAt + "): the file ends inside its gzip"
            + " data. The archive was cut short or damaged here (an interrupted download or copy?): fetch it again to"
            + " recover this record; nothing readable follows it in the file");

    assertThat(stats.records()).isEqualTo(19);
    assertThat(stats.articles()).isEqualTo(6);
    assertThat(stats.rejected()).isEqualTo(6);
    assertThat(stats.passed())
        .isEqualTo(Map.of(
            "warcinfo record", 1L,
            "request record", 1L,
            "not HTML (image/jpeg)", 1L,
            "HTTP status 404", 1L,
            "HTTP status 301 (redirect)", 1L,
            "metadata record", 1L,
            "revisit record", 1L));
    assertThat(sink.warnings).isEmpty();
    long size = Files.size(file);
    assertThat(sink.progress).last().isEqualTo(new RecordingSink.Progress(size, size));
    assertThat(sink.progress).extracting(RecordingSink.Progress::bytesRead).isSorted();
  }

  /** The Content-Length of a 200 response record holding the page: HTTP header plus page. */
  private static long contentLength(byte[] page) {
    return response("https://x.example/", T, 200, "text/html", page).headers().sole("Content-Length").map(Long::parseLong).orElseThrow();
  }

  @Test
  void readCounting_uncompressedArchiveWithDamage_resumesAtTheNextRecord() throws IOException {
    TestWarc warc = new TestWarc();
    warc.add(plain(TestWarc.warcinfo())); // 1
    warc.add(plain(response(BRIDGE, t(0), 200, "text/html", html("coastal-herald-bridge.html")))); // 2
    long cutAt = warc.offset();
    warc.add(TestWarc.truncatedPlain(response("https://www.coastalherald.example/news/cut", t(1), 200, "text/html", html("coastal-herald-bridge.html")), 3000)); // 3
    long heatingAt = warc.offset();
    warc.add(plain(response(HEATING, t(2), 200, "text/html", html("abendpost-fernwaerme-latin1.html")))); // 4
    long garbageAt = warc.offset();
    warc.add("this line is not a WARC record\r\n\r\n".getBytes(StandardCharsets.US_ASCII)); // 5
    long wanganAt = warc.offset();
    warc.add(plain(response(WANGAN, t(3), 200, "text/html", html("wangan-bridge-shiftjis.html")))); // 6
    Path file = dir.resolve("crawl.warc");
    Files.write(file, warc.bytes());

    WarcReadStats stats = reader.readCounting(file, sink);

    assertThat(sink.articles)
        .extracting(Article::id)
        .containsExactly(
            "coastalherald.example/news/2026/03/14/harbour-bridge-repairs",
            "abendpost.example/wirtschaft/stadtwerke-fernwaerme-preis-a-77120.html",
            "wangan-shimpo.example/news/20260314/k0001.html");
    assertThat(sink.articles).extracting(a -> a.input().line()).containsExactly(2L, 4L, 6L);
    assertThat(sink.rejectionMessages()).hasSize(2);
    assertThat(sink.rejections.get(0).message())
        .isEqualTo(file + ":3: damaged record (at byte " + cutAt + "): its data does not end where its Content-Length"
            + " of " + contentLength(html("coastal-herald-bridge.html")) + " bytes says. The archive is damaged here:"
            + " fetch it again to recover this record; reading went on with the next intact record, at byte "
            + heatingAt + " (bytes " + cutAt + " to " + heatingAt + " skipped)");
    assertThat(sink.rejections.get(1).message())
        .startsWith(file + ":5: unreadable record (at byte " + garbageAt + "): its WARC header is invalid (")
        .endsWith("reading went on with the next intact record, at byte " + wanganAt + " (bytes " + garbageAt + " to "
            + wanganAt + " skipped)");
    assertThat(stats).isEqualTo(new WarcReadStats(6, 3, Map.of("warcinfo record", 1L), 2, Files.size(file)));
  }

  @Test
  void readCounting_lastRecordWithoutEndMarker_isReadWithAWarning() throws IOException {
    byte[] whole = plain(response(BRIDGE, t(0), 200, "text/html", html("coastal-herald-bridge.html")));
    Path file = dir.resolve("no-trailer.warc");
    Files.write(file, TestWarc.head(whole, whole.length - 4));

    reader.readCounting(file, sink);

    assertThat(sink.articles).hasSize(1);
    assertThat(sink.warnings)
        .extracting(RecordingSink.Note::toString)
        .containsExactly(file + ":1: the record (at byte 0) does not end with the blank line that WARC requires; read"
            + " anyway");
  }

  @Test
  void readCounting_pageWithoutCharsetInAnyDeclaration_isReadAndTheGuessWarned() throws IOException {
    String utf8 = new String(html("coastal-herald-bridge.html"), StandardCharsets.UTF_8).replace("<meta charset=\"utf-8\">", "");
    byte[] latin = utf8.getBytes(java.nio.charset.Charset.forName("windows-1252"));
    Path file = dir.resolve("legacy.warc.gz");
    Files.write(file, gzipMember(response(BRIDGE, t(0), 200, "text/html", latin)));

    reader.readCounting(file, sink);

    assertThat(sink.articles).extracting(Article::text).containsExactly(expectedText("coastal-herald-bridge"));
    assertThat(sink.warnings).singleElement().asString().startsWith(file + ":1: no charset is declared but byte ");
  }

  @Test
  void readCounting_responseWithoutContentType_isSniffed() throws IOException {
    TestWarc warc = new TestWarc()
        .add(gzipMember(response(BRIDGE, t(0), 200, null, html("coastal-herald-bridge.html"))))
        .add(gzipMember(response("https://x.example/data", t(1), 200, null, "{\"a\": 1}".getBytes(StandardCharsets.UTF_8))));
    Path file = dir.resolve("untyped.warc.gz");
    Files.write(file, warc.bytes());

    WarcReadStats stats = reader.readCounting(file, sink);

    assertThat(sink.articles).extracting(Article::id).containsExactly("coastalherald.example/news/2026/03/14/harbour-bridge-repairs");
    assertThat(stats.passed()).isEqualTo(Map.of("not HTML (no Content-Type)", 1L));
  }

  @Test
  void readCounting_fileThatIsNotAWarc_isOneRejectedRecord() throws IOException {
    Path file = dir.resolve("misnamed.warc.gz");
    Files.write(file, TestWarc.gzip("<html><body>not an archive</body></html>".getBytes(StandardCharsets.US_ASCII)));

    WarcReadStats stats = reader.readCounting(file, sink);

    assertThat(stats).isEqualTo(new WarcReadStats(1, 0, Map.of(), 1, Files.size(file)));
    assertThat(sink.rejections).extracting(Rejection::reason).singleElement().asString()
        .startsWith("unreadable record (gzip member at byte 0): its WARC header is invalid (");
  }

  @Test
  void readCounting_gzipMemberTooShortForARecord_isRejectedAndTheNextRead() throws IOException {
    byte[] tiny = TestWarc.gzip("WA".getBytes(StandardCharsets.US_ASCII));
    Path file = dir.resolve("tiny-member.warc.gz");
    Files.write(file, new TestWarc().add(tiny).add(gzipMember(response(BRIDGE, t(0), 200, "text/html",
        html("coastal-herald-bridge.html")))).bytes());

    WarcReadStats stats = reader.readCounting(file, sink);

    assertThat(stats).isEqualTo(new WarcReadStats(2, 1, Map.of(), 1, Files.size(file)));
    assertThat(sink.rejections).singleElement().extracting(Rejection::reason).asString()
        .startsWith("unreadable record (gzip member at byte 0): java.io.EOFException");
    assertThat(sink.rejections.get(0).fix()).endsWith("reading went on with the next record, at byte " + tiny.length);
  }

  @Test
  void readCounting_fileTooShortForARecord_isOneRejectedRecord() throws IOException {
    Path file = dir.resolve("short.warc");
    Files.write(file, new byte[] {'W', 'A', 'R'});

    reader.readCounting(file, sink);

    assertThat(sink.rejectionMessages())
        .containsExactly(file + ":1: unreadable record (at byte 0): the file has 3 bytes, too few for a WARC record."
            + " Check that this is the archive you meant to give");
  }

  @Test
  void read_emptyFile_givesNothing() throws IOException {
    Path file = dir.resolve("empty.warc.gz");
    Files.write(file, new byte[0]);
    assertThat(reader.readCounting(file, sink)).isEqualTo(new WarcReadStats(0, 0, Map.of(), 0, 0));
  }

  @Test
  void accepts_warcFilesByName() {
    assertThat(reader.accepts(Path.of("CC-NEWS-20260315.warc.gz"), new byte[0])).isTrue();
    assertThat(reader.accepts(Path.of("crawl.WARC"), new byte[0])).isTrue();
    assertThat(reader.accepts(Path.of("crawl.gz"), new byte[0])).isFalse();
  }

  @Test
  void accepts_warcFilesByContentWhateverTheName() {
    byte[] member = gzipMember(TestWarc.warcinfo());
    assertThat(reader.accepts(Path.of("download.bin"), member)).isTrue();
    // the core gives a reader the first 8 KiB; 512 bytes of a member inflate to its start
    assertThat(reader.accepts(Path.of("download.bin"), TestWarc.head(gzipMember(response(BRIDGE, T, 200, "text/html", html("coastal-herald-bridge.html"))), 512))).isTrue();
    assertThat(reader.accepts(Path.of("download.bin"), plain(TestWarc.warcinfo()))).isTrue();
  }

  @Test
  void accepts_notOtherGzipOrText() {
    assertThat(reader.accepts(Path.of("page.html.gz"), TestWarc.gzip("<html>".getBytes(StandardCharsets.US_ASCII)))).isFalse();
    assertThat(reader.accepts(Path.of("notes.txt"), "WARC is a format".getBytes(StandardCharsets.US_ASCII))).isFalse();
  }

  @Test
  void serviceLoader_findsTheReaderAboveTheHtmlReader() {
    assertThat(ServiceLoader.load(ArticleReader.class).stream().map(ServiceLoader.Provider::get))
        .anySatisfy(r -> assertThat(r).isInstanceOf(WarcArticleReader.class))
        .anySatisfy(r -> assertThat(r.name()).isEqualTo("html"));
    assertThat(new WarcArticleReader().priority()).isGreaterThan(new dev.stemma.ingest.html.HtmlFileReader().priority());
  }

  @Test
  void nextRecordStart_findsTheNextRecordHeader(@TempDir Path tmp) throws IOException {
    String first = "WARC/1.1\r\nA: b\r\n\r\n";
    String notAHeader = "a WARC/1.0 mention, then a cut record";
    Path file = tmp.resolve("x.warc");
    Files.writeString(file, first + notAHeader + "WARC/1.0\r\n");
    try (var channel = java.nio.channels.FileChannel.open(file)) {
      assertThat(WarcArticleReader.nextRecordStart(channel, 0)).isEqualTo(0);
      assertThat(WarcArticleReader.nextRecordStart(channel, 1)).isEqualTo(first.length() + notAHeader.length());
      assertThat(WarcArticleReader.nextRecordStart(channel, first.length() + notAHeader.length() + 1)).isEqualTo(-1);
    }
  }
}
