package dev.stemma.ingest.warc;

import static java.util.Objects.requireNonNull;

import dev.stemma.ingest.ArticleReader;
import dev.stemma.ingest.ArticleSink;
import dev.stemma.ingest.html.HtmlPageReader;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Reads a WARC or WARC.gz crawl archive: each {@code response} record holding an HTTP 200 HTML
 * page becomes an article; every other record is passed over with its reason or rejected with
 * the reason and the fix, so that every record is accounted for ({@link WarcReadStats}).
 *
 * <p>An article's id is its page address ({@link ArticleIds}), its {@code url} the page's
 * canonical address or else the record's WARC-Target-URI, its {@code captured} the WARC-Date; its
 * {@code input} names the archive and the record number.
 *
 * <p>Damage does not stop the read. A gzip member that cannot be inflated is skipped up to the
 * next intact member that holds a WARC record; a record whose data ends before its Content-Length
 * (a truncated record) is rejected and the read goes on with the next member, or, in an
 * uncompressed archive, at the next "WARC/1." line. To know whether a record was whole before
 * giving its article out, each record is handed to the sink only once the next record's header
 * has been read (jwarc checks a record's end marker when it moves to the next).
 *
 * <p>Streams: a record at a time (a page is read whole, up to {@link HtmlPageReader#MAX_PAGE_BYTES}),
 * with {@link ArticleSink#progress} at least every MiB of the file. Recognised by name ({@code
 * .warc}, {@code .warc.gz}) or by content ("WARC/1." at the start, plain or inside gzip).
 *
 * <p>Thread-safe: each read keeps its own state, so archives can be read in parallel.
 */
public final class WarcArticleReader implements ArticleReader {

  /** Above the HTML reader, since an archive of pages holds HTML too. */
  static final int PRIORITY = 20;

  private static final Pattern WARC_NAME = Pattern.compile("(?i).+\\.warc(?:\\.gz)?");
  private static final byte[] RECORD_START = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

  private static final String TRUNCATED_ADVICE =
      "The archive was cut short or damaged here (an interrupted download or copy?): fetch it again to recover this"
          + " record";
  private static final String DAMAGED_ADVICE = "The archive is damaged here: fetch it again to recover this record";

  private final RecordReader records;

  /** The reader ServiceLoader creates. */
  public WarcArticleReader() {
    this(new HtmlPageReader());
  }

  public WarcArticleReader(HtmlPageReader pages) {
    this.records = new RecordReader(pages);
  }

  @Override
  public String name() {
    return "warc";
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    return WARC_NAME.matcher(file.getFileName().toString()).matches() || isWarc(head);
  }

  /** Whether the first bytes of a file start a WARC record, plain or gzip-compressed. */
  static boolean isWarc(byte[] head) {
    if (startsWithWarc(head)) {
      return true;
    }
    if (head.length < 2 || (head[0] & 0xff) != 0x1f || (head[1] & 0xff) != 0x8b) {
      return false;
    }
    byte[] start = new byte[7];
    int n = 0;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
      for (int r; n < start.length && (r = in.read(start, n, start.length - n)) >= 0; ) {
        n += r;
      }
    } catch (IOException headEndsOrIsNotGzip) {
      // judge by what could be inflated from the head
    }
    return startsWithWarc(Arrays.copyOf(start, n));
  }

  private static boolean startsWithWarc(byte[] bytes) {
    return bytes.length >= 7 && new String(bytes, 0, 7, StandardCharsets.US_ASCII).matches("WARC/[01]\\.");
  }

  @Override
  public void read(Path file, ArticleSink sink) throws IOException {
    readCounting(file, sink);
  }

  /**
   * Reads the archive as {@link #read} does, and says what became of its records.
   *
   * @throws IOException only when the file cannot be opened or read at all
   */
  public WarcReadStats readCounting(Path file, ArticleSink sink) throws IOException {
    requireNonNull(file, "file");
    requireNonNull(sink, "sink");
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      ArchiveRead run = new ArchiveRead(file.toString(), archiveName(file), size, sink);
      ByteBuffer magic = ByteBuffer.allocate(2);
      channel.read(magic, 0);
      if (magic.position() == 2 && (magic.get(0) & 0xff) == 0x1f && (magic.get(1) & 0xff) == 0x8b) {
        readGzip(channel, run);
      } else {
        readPlain(channel, run);
      }
      run.progress(size);
      return run.stats();
    }
  }

  /** A record read but not yet handed out, until the next header shows it was whole. */
  private record Pending(long record, long offset, String where, long contentLength, RecordReader.Outcome outcome) {
    @Nullable String id() {
      return switch (outcome) {
        case RecordReader.Accepted a -> a.article().id();
        case RecordReader.Rejected r -> r.id();
        case RecordReader.Passed p -> null;
      };
    }
  }

  /** What ended a stretch of records early: the record it hit and where reading can go on. */
  private record Damage(long record, long offset, @Nullable String id, String reason, String advice, boolean brokenGzip) {}

  private void readGzip(FileChannel channel, ArchiveRead run) throws IOException {
    GzipMembers members = new GzipMembers(channel);
    while (!members.atEnd()) {
      long start = members.position();
      Damage damage;
      try {
        WarcReader warc = new WarcReader(members.open());
        damage = readRecords(warc, run, offset -> "gzip member at byte " + start, offset -> start, members::position);
      } catch (BrokenGzipException e) {
        damage = gzipDamage(run.nextRecord(), start, null, "gzip member at byte " + start, e);
      } catch (IOException e) {
        // jwarc could not start on the member: fewer than 4 bytes in it, or another compression inside
        damage = new Damage(run.nextRecord(), start, null,
            "unreadable record (gzip member at byte " + start + "): " + e, DAMAGED_ADVICE, false);
      }
      if (damage != null) {
        long resume;
        boolean skipped = damage.brokenGzip();
        if (!skipped) {
          try {
            members.skipRestOfMember();
          } catch (BrokenGzipException e) {
            skipped = true;
          }
        }
        resume = skipped ? members.resync(start + 1) : (members.atEnd() ? -1 : members.position());
        run.emit(damage.record(), rejection(damage, resume, skipped ? start : -1));
      }
      run.progress(members.position());
    }
  }

  private void readPlain(FileChannel channel, ArchiveRead run) throws IOException {
    WarcReader warc;
    try {
      warc = new WarcReader(channel);
    } catch (EOFException tooShort) {
      run.emit(run.nextRecord(), new RecordReader.Rejected(null,
          "unreadable record (at byte 0): the file has " + channel.size() + " bytes, too few for a WARC record",
          "Check that this is the archive you meant to give"));
      return;
    }
    while (true) {
      Damage damage = readRecords(warc, run, offset -> "at byte " + offset, offset -> offset, warc::position);
      if (damage == null) {
        return;
      }
      long resume = nextRecordStart(channel, damage.offset() + 1);
      run.emit(damage.record(), rejection(damage, resume, damage.offset()));
      if (resume < 0) {
        return;
      }
      warc.position(resume);
      run.progress(resume);
    }
  }

  /**
   * Reads records until the stretch ends (end of member or file), handing each out once the next
   * header is read; gives the damage that ended it early, or null.
   *
   * @param where describes a record's place, from its offset as jwarc gives it
   * @param offsetInFile a record's offset in the file, from its offset as jwarc gives it
   * @param progress how far into the file reading has come
   */
  private @Nullable Damage readRecords(
      WarcReader warc, ArchiveRead run, LongFunction<String> where, LongUnaryOperator offsetInFile, LongSupplier progress) {
    List<String> warnings = new ArrayList<>();
    warc.onWarning(warnings::add);
    Pending pending = null;
    while (true) {
      warnings.clear();
      Optional<WarcRecord> next;
      try {
        next = warc.next();
      } catch (IOException | RuntimeException e) {
        if (pending != null && !warnings.isEmpty()) {
          return new Damage(pending.record(), pending.offset(), pending.id(),
              "damaged record (" + pending.where() + "): its data does not end where its Content-Length of "
                  + pending.contentLength() + " bytes says",
              DAMAGED_ADVICE, false);
        }
        if (pending != null && (e instanceof EOFException || e instanceof BrokenGzipException)) {
          return bodyDamage(pending.record(), pending.offset(), pending.id(), pending.where(), pending.contentLength(), e);
        }
        if (pending != null) {
          run.emit(pending.record(), pending.outcome());
        }
        long record = run.nextRecord();
        long offset = offsetInFile.applyAsLong(warc.position());
        String at = where.apply(warc.position());
        if (e instanceof BrokenGzipException broken) {
          return gzipDamage(record, offset, null, at, broken);
        }
        if (e instanceof EOFException) {
          return new Damage(record, offset, null, "truncated record (" + at + "): the data ends inside its WARC header",
              TRUNCATED_ADVICE, false);
        }
        return new Damage(record, offset, null,
            "unreadable record (" + at + "): its WARC header is invalid (" + e.getMessage() + ")", DAMAGED_ADVICE, false);
      }
      if (pending != null) {
        if (!warnings.isEmpty()) {
          run.warn(pending.record(), "the record (" + pending.where() + ") does not end with the blank line that WARC"
              + " requires; read anyway");
        }
        run.emit(pending.record(), pending.outcome());
        run.progress(progress.getAsLong());
        pending = null;
      }
      if (next.isEmpty()) {
        return null;
      }
      WarcRecord record = next.get();
      long number = run.nextRecord();
      long offset = offsetInFile.applyAsLong(warc.position());
      String at = where.apply(warc.position());
      long contentLength = record.headers().sole("Content-Length").map(Long::parseLong).orElse(0L);
      try {
        pending = new Pending(number, offset, at, contentLength, records.read(record, run.input(number), run.ids));
      } catch (EOFException | BrokenGzipException e) {
        return bodyDamage(number, offset, null, at, contentLength, e);
      } catch (IOException | RuntimeException e) {
        pending = new Pending(number, offset, at, contentLength,
            new RecordReader.Rejected(null, "unreadable record (" + at + "): " + e, DAMAGED_ADVICE));
      }
    }
  }

  private static Damage bodyDamage(long record, long offset, @Nullable String id, String where, long contentLength,
      Exception e) {
    if (e instanceof BrokenGzipException broken) {
      return gzipDamage(record, offset, id, where, broken);
    }
    return new Damage(record, offset, id,
        "truncated record (" + where + "): its data ends before the " + contentLength
            + " bytes its Content-Length gives",
        TRUNCATED_ADVICE, false);
  }

  private static Damage gzipDamage(long record, long offset, @Nullable String id, String where, BrokenGzipException e) {
    return e.endOfFile()
        ? new Damage(record, offset, id, "truncated record (" + where + "): the file ends inside its gzip data",
            TRUNCATED_ADVICE, true)
        : new Damage(record, offset, id, "unreadable record: " + e.getMessage(), DAMAGED_ADVICE, true);
  }

  /**
   * The rejection of a damaged record, saying where reading went on.
   *
   * @param resume where reading went on, or -1 when nothing readable follows
   * @param skippedFrom the first byte skipped to find the next record, or -1 when none was skipped
   */
  private static RecordReader.Rejected rejection(Damage damage, long resume, long skippedFrom) {
    String then;
    if (resume < 0) {
      then = "; nothing readable follows it in the file";
    } else if (skippedFrom >= 0) {
      then = "; reading went on with the next intact record, at byte " + resume + " (bytes " + skippedFrom + " to "
          + resume + " skipped)";
    } else {
      then = "; reading went on with the next record, at byte " + resume;
    }
    return new RecordReader.Rejected(damage.id(), damage.reason(), damage.advice() + then);
  }

  /**
   * The offset of the first WARC record header ("WARC/1.0" or "WARC/1.1" and a line break) at or
   * after {@code from}, or -1. Not only at a line start: after a truncated record the next header
   * follows the cut data directly.
   */
  static long nextRecordStart(FileChannel channel, long from) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
    long offset = from;
    long size = channel.size();
    while (offset < size) {
      chunk.clear();
      int n = channel.read(chunk, offset);
      if (n < RECORD_START.length + 2) {
        return -1;
      }
      for (int i = 0; i + RECORD_START.length + 2 <= n; i++) {
        if (isRecordStart(chunk, i)) {
          return offset + i;
        }
      }
      offset += n - RECORD_START.length - 1; // a header may straddle two chunks
    }
    return -1;
  }

  private static boolean isRecordStart(ByteBuffer chunk, int i) {
    for (int j = 0; j < RECORD_START.length; j++) {
      if (chunk.get(i + j) != RECORD_START[j]) {
        return false;
      }
    }
    byte minor = chunk.get(i + RECORD_START.length);
    byte end = chunk.get(i + RECORD_START.length + 1);
    return minor >= '0' && minor <= '9' && (end == '\r' || end == '\n');
  }

  /** The archive's file name without ".warc" or ".warc.gz", for ids of records without an address. */
  static String archiveName(Path file) {
    return file.getFileName().toString().replaceFirst("(?i)\\.warc(?:\\.gz)?$", "");
  }
}
