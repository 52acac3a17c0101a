package dev.stemma.ingest.warc;

import dev.stemma.ingest.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.Warcinfo;

/** Builds WARC records with jwarc, and archives from them, whole or damaged on purpose. */
final class TestWarc {

  private final ByteArrayOutputStream file = new ByteArrayOutputStream();

  /** The bytes so far. */
  byte[] bytes() {
    return file.toByteArray();
  }

  /** The offset the next member or record will have. */
  long offset() {
    return file.size();
  }

  TestWarc add(byte[] bytes) {
    file.writeBytes(bytes);
    return this;
  }

  static byte[] gzipMember(WarcRecord record) {
    return write(record, WarcCompression.GZIP);
  }

  static byte[] plain(WarcRecord record) {
    return write(record, WarcCompression.NONE);
  }

  private static byte[] write(WarcRecord record, WarcCompression compression) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new org.netpreserve.jwarc.WarcWriter(Channels.newChannel(out), compression).write(record);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A record whose data ends {@code missing} bytes before its Content-Length, in a gzip member of its own. */
  static byte[] truncatedGzipMember(WarcRecord record, int missing) {
    return gzip(truncatedPlain(record, missing));
  }

  /** A record without its last {@code missing} bytes of data (and without its end marker). */
  static byte[] truncatedPlain(WarcRecord record, int missing) {
    byte[] whole = plain(record);
    byte[] cut = new byte[whole.length - 4 - missing];
    System.arraycopy(whole, 0, cut, 0, cut.length);
    return cut;
  }

  static byte[] gzip(byte[] bytes) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(bytes);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The member with its CRC-32 (the first four bytes of the gzip trailer) changed. */
  static byte[] withBadCrc(byte[] member) {
    byte[] copy = member.clone();
    copy[copy.length - 8] ^= (byte) 0xff;
    return copy;
  }

  /** The member with 64 bytes in the middle of its deflate data overwritten. */
  static byte[] withGarbageInside(byte[] member) {
    byte[] copy = member.clone();
    int middle = copy.length / 2;
    for (int i = 0; i < 64; i++) {
      copy[middle + i] = (byte) (0x5a ^ (i * 37));
    }
    return copy;
  }

  /** The first {@code length} bytes. */
  static byte[] head(byte[] bytes, int length) {
    byte[] copy = new byte[length];
    System.arraycopy(bytes, 0, copy, 0, length);
    return copy;
  }

  static WarcRecord warcinfo() {
    return new Warcinfo.Builder()
        .date(Instant.parse("2026-03-15T00:00:00Z"))
        .filename("test.warc.gz")
        .fields(Map.of("software", List.of("stemma-ingest tests")))
        .build();
  }

  static WarcRecord request(String uri, Instant date) {
    try {
      HttpRequest http = new HttpRequest.Builder("GET", URI.create(uri).getRawPath())
          .addHeader("Host", URI.create(uri).getHost())
          .addHeader("User-Agent", "stemma-test")
          .build();
      return new WarcRequest.Builder(uri).date(date).body(http).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static WarcResponse response(String uri, Instant date, int status, String contentType, byte[] body) {
    return response(uri, date, status, contentType, body, Map.of());
  }

  static WarcResponse response(
      String uri, Instant date, int status, String contentType, byte[] body, Map<String, String> warcHeaders) {
    try {
      HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
      if (status >= 300 && status < 400) {
        http.addHeader("Location", uri + "/moved");
      }
      HttpResponse response = http.body(contentType == null ? null : MediaType.parse(contentType), body).build();
      WarcResponse.Builder builder = new WarcResponse.Builder(uri).date(date).body(response);
      warcHeaders.forEach(builder::addHeader);
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static WarcRecord metadata(String uri, Instant date) {
    return new WarcMetadata.Builder()
        .targetURI(uri)
        .date(date)
        .fields(Map.of("fetchTimeMs", List.of("154")))
        .build();
  }

  static WarcRecord revisit(String uri, Instant date) {
    try {
      HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html").build();
      return new WarcRevisit.Builder(uri, URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"))
          .date(date)
          .body(http)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test resource under html/. */
  static byte[] page(String name) {
    return Fixtures.bytes(name);
  }

  static String expectedText(String stem) {
    return Fixtures.expectedText(stem);
  }
}
