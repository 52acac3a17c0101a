package dev.stemma.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads articles from one kind of input file. The plug-in point for input formats.
 *
 * <p>Readers are found with {@link java.util.ServiceLoader}: a module that adds one (HTML and WARC
 * live in {@code stemma-ingest}) lists it in {@code META-INF/services/dev.stemma.ingest.ArticleReader}
 * and the pipeline takes the new format without change. For each file, {@link Inputs} asks the
 * readers in order of {@link #priority()} (highest first) and gives the file to the first that
 * {@linkplain #accepts accepts} it.
 *
 * <p>Contract: {@link #read} reports every problem through {@link ArticleSink#reject} naming the
 * file (and line or record) and the fix, and goes on with the rest of the file; it throws only
 * when the file cannot be read at all.
 */
public interface ArticleReader {

  /** A short name for messages and {@code --format}: "txt", "jsonl", "html", "warc". */
  String name();

  /**
   * Whether this reader takes the file, judged by its name and the first bytes of its content
   * (at most 8 KiB; fewer for a short file), so that a misnamed file still finds its reader.
   */
  boolean accepts(Path file, byte[] head);

  /** Readers with a higher priority are asked first; the built-in text reader is the fallback. */
  default int priority() {
    return 0;
  }

  void read(Path file, ArticleSink sink) throws IOException;
}
