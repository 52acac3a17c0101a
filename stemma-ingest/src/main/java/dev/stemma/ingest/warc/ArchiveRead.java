package dev.stemma.ingest.warc;

import dev.stemma.ingest.ArticleSink;
import dev.stemma.ingest.InputRef;
import dev.stemma.ingest.Rejection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reading of one archive: numbers its records, hands each one's outcome to the sink, counts
 * outcomes, and reports progress.
 */
final class ArchiveRead {

  /** Progress is reported at most once per this many bytes of the file. */
  private static final long PROGRESS_STEP = 1 << 20;

  private final String location;
  private final long size;
  private final ArticleSink sink;
  final ArticleIds ids;
  private long records;
  private long articles;
  private long rejected;
  private final Map<String, Long> passed = new TreeMap<>();
  private long lastProgress = -1;

  ArchiveRead(String location, String archiveName, long size, ArticleSink sink) {
    this.location = location;
    this.size = size;
    this.sink = sink;
    this.ids = new ArticleIds(archiveName);
  }

  /** Numbers the next record (from 1). */
  long nextRecord() {
    return ++records;
  }

  InputRef input(long record) {
    return new InputRef(location, record);
  }

  void emit(long record, RecordReader.Outcome outcome) {
    InputRef input = input(record);
    switch (outcome) {
      case RecordReader.Accepted accepted -> {
        accepted.warnings().forEach(w -> sink.warn(input, w));
        sink.accept(accepted.article());
        articles++;
      }
      case RecordReader.Passed pass -> {
        sink.pass(input, pass.reason());
        passed.merge(pass.reason(), 1L, Long::sum);
      }
      case RecordReader.Rejected rejection -> {
        sink.reject(new Rejection(input, rejection.id(), rejection.reason(), rejection.fix()));
        rejected++;
      }
    }
  }

  void warn(long record, String message) {
    sink.warn(input(record), message);
  }

  void progress(long position) {
    if (position - lastProgress >= PROGRESS_STEP || position >= size) {
      if (position != lastProgress) {
        sink.progress(InputRef.of(location), Math.min(position, size), size);
        lastProgress = position;
      }
    }
  }

  WarcReadStats stats() {
    return new WarcReadStats(records, articles, passed, rejected, size);
  }
}
