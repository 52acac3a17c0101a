package dev.stemma.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.ingest.html.PageDecoder.DecodedPage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static byte[] bytes(String text, Charset charset) {
    return text.getBytes(charset);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void decode_utf8ByteOrderMark_winsOverTheMetaDeclaration() {
    byte[] page = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
        bytes("<meta charset=\"windows-1252\"><p>café</p>", StandardCharsets.UTF_8));
    DecodedPage decoded = PageDecoder.decode(page, null);
    assertThat(decoded.html()).isEqualTo("<meta charset=\"windows-1252\"><p>café</p>");
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.warning()).isNull();
  }

  @Test
  void decode_utf16LittleEndianByteOrderMark_isRead() {
    byte[] page = concat(new byte[] {(byte) 0xff, (byte) 0xfe}, bytes("<p>naïve</p>", StandardCharsets.UTF_16LE));
    assertThat(PageDecoder.decode(page, null).html()).isEqualTo("<p>naïve</p>");
  }

  @Test
  void decode_metaCharset_isUsed() {
    byte[] page = bytes("<html><head><meta charset=\"windows-1252\"></head><p>“Déjà vu” – 5 €</p>", WINDOWS_1252);
    DecodedPage decoded = PageDecoder.decode(page, null);
    assertThat(decoded.html()).endsWith("<p>“Déjà vu” – 5 €</p>");
    assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
    assertThat(decoded.warning()).isNull();
  }

  @Test
  void decode_httpEquivContentType_isUsed() {
    byte[] page = bytes("<meta http-equiv=Content-Type content='text/html; charset=Shift_JIS'><p>港湾大橋</p>",
        Charset.forName("Shift_JIS"));
    assertThat(PageDecoder.decode(page, null).html()).endsWith("<p>港湾大橋</p>");
  }

  @Test
  void decode_iso88591Label_meansWindows1252AsInBrowsers() {
    // 0x93 and 0x94 are control characters in ISO-8859-1 and curly quotes in windows-1252
    byte[] page = concat(bytes("<meta charset=\"ISO-8859-1\"><p>", StandardCharsets.US_ASCII),
        new byte[] {(byte) 0x93, 'H', 'i', (byte) 0x94}, bytes("</p>", StandardCharsets.US_ASCII));
    DecodedPage decoded = PageDecoder.decode(page, null);
    assertThat(decoded.html()).endsWith("<p>“Hi”</p>");
    assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
  }

  @Test
  void decode_shiftJisLabel_meansWindows31jAsInBrowsers() {
    // ① (0x87 0x40) is an NEC extension: in windows-31j, not in Java's strict Shift_JIS
    byte[] page = concat(bytes("<meta charset=\"shift_jis\"><p>", StandardCharsets.US_ASCII),
        new byte[] {(byte) 0x87, 0x40}, bytes("</p>", StandardCharsets.US_ASCII));
    DecodedPage decoded = PageDecoder.decode(page, null);
    assertThat(decoded.html()).endsWith("<p>①</p>");
    assertThat(decoded.warning()).isNull();
  }

  @Test
  void decode_httpHeaderCharset_isUsedWhenThePageDeclaresNone() {
    byte[] page = bytes("<p>Grüße</p>", WINDOWS_1252);
    DecodedPage decoded = PageDecoder.decode(page, "iso-8859-1");
    assertThat(decoded.html()).isEqualTo("<p>Grüße</p>");
    assertThat(decoded.warning()).isNull();
  }

  @Test
  void decode_metaDeclaration_winsOverTheHttpHeader() {
    byte[] page = bytes("<meta charset=utf-8><p>Grüße</p>", StandardCharsets.UTF_8);
    DecodedPage decoded = PageDecoder.decode(page, "iso-8859-1");
    assertThat(decoded.html()).isEqualTo("<meta charset=utf-8><p>Grüße</p>");
    assertThat(decoded.warning()).isNull();
  }

  @Test
  void decode_noDeclarationAndValidUtf8_isUtf8WithoutWarning() {
    DecodedPage decoded = PageDecoder.decode(bytes("<p>Zürich</p>", StandardCharsets.UTF_8), null);
    assertThat(decoded.html()).isEqualTo("<p>Zürich</p>");
    assertThat(decoded.warning()).isNull();
  }

  @Test
  void decode_noDeclarationAndInvalidUtf8_fallsBackToWindows1252AndSaysSo() {
    DecodedPage decoded = PageDecoder.decode(bytes("<p>Zürich</p>", WINDOWS_1252), null);
    assertThat(decoded.html()).isEqualTo("<p>Zürich</p>");
    assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
    assertThat(decoded.warning())
        .isEqualTo("no charset is declared but byte 4 (0xFC) is not UTF-8; decoded as windows-1252");
  }

  @Test
  void decode_declaredUtf8ThatTheBytesBreak_fallsBackToWindows1252AndSaysSo() {
    DecodedPage decoded = PageDecoder.decode(bytes("<meta charset=\"utf-8\"><p>Zürich</p>", WINDOWS_1252), null);
    assertThat(decoded.html()).isEqualTo("<meta charset=\"utf-8\"><p>Zürich</p>");
    assertThat(decoded.warning())
        .isEqualTo("the page's <meta> declares utf-8 but byte 26 (0xFC) is not UTF-8; decoded as windows-1252");
  }

  @Test
  void decode_declaredLegacyCharsetForUtf8Bytes_isReadAsUtf8AndSaysSo() {
    DecodedPage decoded = PageDecoder.decode(bytes("<meta charset=\"iso-8859-1\"><p>Zürich</p>", StandardCharsets.UTF_8), null);
    assertThat(decoded.html()).isEqualTo("<meta charset=\"iso-8859-1\"><p>Zürich</p>");
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.warning())
        .isEqualTo("the page's <meta> declares iso-8859-1 but the bytes are valid UTF-8; decoded as UTF-8");
  }

  @Test
  void decode_unknownCharsetLabel_isReportedAndTheBytesReadAsUtf8() {
    DecodedPage decoded = PageDecoder.decode(bytes("<meta charset=\"x-klingon\"><p>Zürich</p>", StandardCharsets.UTF_8), null);
    assertThat(decoded.html()).endsWith("<p>Zürich</p>");
    assertThat(decoded.warning()).isEqualTo("the page's <meta> declares an unknown charset 'x-klingon'; decoded as UTF-8");
  }

  @Test
  void decode_bytesOutsideTheDeclaredCharset_areReplacedAndReported() {
    // 26 bytes of markup, then あ in EUC-JP (0xA4 0xA2) at 26 and 27, then 0xFF at 28
    byte[] page = concat(bytes("<meta charset=\"euc-jp\"><p>", StandardCharsets.US_ASCII),
        new byte[] {(byte) 0xa4, (byte) 0xa2, (byte) 0xff, (byte) 0xfe}, bytes("</p>", StandardCharsets.US_ASCII));
    DecodedPage decoded = PageDecoder.decode(page, null);
    assertThat(decoded.html()).startsWith("<meta charset=\"euc-jp\"><p>あ").contains("\ufffd");
    assertThat(decoded.warning())
        .isEqualTo("the page's <meta> declares euc-jp but byte 28 (0xFF) is not EUC-JP; undecodable bytes replaced"
            + " by U+FFFD");
  }

  @Test
  void prescan_findsTheDeclarationAfterOtherMetaTags() {
    String head = "<head>" + "<meta name=\"x\" content=\"y\">".repeat(100) + "<meta charset='GB2312'>";
    assertThat(PageDecoder.prescan(head.getBytes(StandardCharsets.US_ASCII))).isEqualTo("GB2312");
  }

  @Test
  void prescan_readsTheXmlDeclaration() {
    assertThat(PageDecoder.prescan("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html>".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ISO-8859-15");
  }
}
