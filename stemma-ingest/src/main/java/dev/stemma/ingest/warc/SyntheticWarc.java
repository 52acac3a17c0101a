package dev.stemma.ingest.warc;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes a WARC.gz of synthetic news pages, laid out as a crawler writes one: a {@code warcinfo}
 * record, then for each page a {@code request} and a {@code response} record, each in a gzip
 * member of its own; every 25th page is followed by a robots.txt fetch and a redirect, so that a
 * reader meets records to pass over. The pages come from a seeded generator with four site
 * templates and a realistic size mix (see {@code SyntheticNews}); the same seed gives the same
 * archive, byte for byte.
 *
 * <p>For benchmarks ({@code stemma bench}) and tests of reading at scale. From the command line:
 * {@code SyntheticWarc <out.warc.gz> <pages> [seed]}.
 */
public final class SyntheticWarc {

  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 20260315L;

  private static final Instant CRAWL_START = Instant.parse("2026-03-15T00:00:00Z");

  private SyntheticWarc() {}

  /**
   * What was written.
   *
   * @param file the archive
   * @param pages the article pages in it
   * @param records all its records
   * @param bytes its size
   * @param pageBytes the size of the pages' HTML, uncompressed
   */
  public record Summary(Path file, int pages, long records, long bytes, long pageBytes) {
    public Summary {
      requireNonNull(file, "file");
    }
  }

  /**
   * Writes an archive of {@code pages} pages.
   *
   * @param out the file to write (replaced if it exists)
   * @param pages how many article pages, at least 1
   * @param seed the seed of the page generator
   */
  public static Summary write(Path out, int pages, long seed) throws IOException {
    requireNonNull(out, "out");
    if (pages < 1) {
      throw new IllegalArgumentException("pages must be >= 1, got " + pages);
    }
    SyntheticNews news = new SyntheticNews(seed);
    Random recordIds = new Random(seed); // jwarc would draw random WARC-Record-IDs
    long records = 0;
    long pageBytes = 0;
    try (FileChannel channel = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      writer.write(new Warcinfo.Builder()
          .recordId(uuid(recordIds))
          .date(CRAWL_START)
          .filename(out.getFileName().toString())
          .fields(Map.of("software", List.of("stemma SyntheticWarc"), "description",
              List.of(pages + " synthetic news pages, seed " + seed)))
          .build());
      records++;
      for (int i = 0; i < pages; i++) {
        SyntheticNews.Page page = news.next();
        Instant date = CRAWL_START.plus(Duration.ofSeconds(3L * i));
        writer.write(request(page.url(), date, uuid(recordIds)));
        writer.write(response(page.url(), date, 200, "text/html; charset=" + page.charset().name().toLowerCase(Locale.ROOT),
            page.html(), uuid(recordIds)));
        records += 2;
        pageBytes += page.html().length;
        if (i % 25 == 24) {
          String host = URI.create(page.url()).getHost();
          writer.write(response("https://" + host + "/robots.txt", date, 200, "text/plain",
              "User-agent: *\nDisallow: /search\n".getBytes(StandardCharsets.US_ASCII), uuid(recordIds)));
          writer.write(response("http://" + host + "/", date, 301, "text/html", new byte[0], uuid(recordIds)));
          records += 2;
        }
      }
    }
    return new Summary(out, pages, records, Files.size(out), pageBytes);
  }

  private static UUID uuid(Random random) {
    return new UUID(random.nextLong(), random.nextLong());
  }

  private static WarcRequest request(String url, Instant date, UUID id) throws IOException {
    URI uri = URI.create(url);
    HttpRequest http = new HttpRequest.Builder("GET", uri.getRawPath())
        .addHeader("Host", uri.getHost())
        .addHeader("User-Agent", "stemma-synthetic/1.0")
        .addHeader("Accept", "text/html")
        .build();
    return new WarcRequest.Builder(uri).recordId(id).date(date).body(http).build();
  }

  private static WarcResponse response(String url, Instant date, int status, String contentType, byte[] body, UUID id)
      throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved Permanently")
        .addHeader("Server", "nginx");
    if (status == 301) {
      http.addHeader("Location", url.replaceFirst("^http:", "https:"));
    }
    return new WarcResponse.Builder(url).recordId(id).date(date).body(http.body(MediaType.parse(contentType), body).build())
        .build();
  }

  /** {@code SyntheticWarc <out.warc.gz> <pages> [seed]}: writes an archive and says what is in it. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("Usage: SyntheticWarc <out.warc.gz> <pages> [seed]");
      System.exit(2);
    }
    long seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
    Summary s = write(Path.of(args[0]), Integer.parseInt(args[1]), seed);
    System.out.printf(Locale.ROOT, "%s: %d pages, %d records, %.1f MB (%.1f MB of HTML), seed %d%n", s.file(),
        s.pages(), s.records(), s.bytes() / 1e6, s.pageBytes() / 1e6, seed);
  }
}
