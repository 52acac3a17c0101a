package dev.stemma.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one article from a plain text file: the first non-empty line is the headline, the rest
 * the body, and the file name without extension is the id (the format of {@code shared/seeds/}).
 *
 * <p>The fallback reader: it takes {@code .txt} files by name and any other file whose first bytes
 * hold no NUL, so that a misnamed article still gets read, or rejected with a reason.
 */
public final class TextFileReader implements ArticleReader {

  private final long maxBytes;

  public TextFileReader() {
    this(Inputs.DEFAULT_MAX_ARTICLE_BYTES);
  }

  public TextFileReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public String name() {
    return "txt";
  }

  @Override
  public int priority() {
    return -100;
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    // no NUL, not "valid UTF-8": the head may end inside a character, and a file in another
    // encoding should be rejected by read() with the iconv command, not as an unknown format
    return name.endsWith(".txt") || name.endsWith(".text") || TextDecoding.indexOfNul(head) < 0;
  }

  @Override
  public void read(Path file, ArticleSink sink) throws IOException {
    InputRef input = InputRef.of(file.toString());
    String id = idOf(file);
    long size = Files.size(file);
    if (size > maxBytes) {
      sink.reject(
          new Rejection(
              input,
              id,
              "is " + size + " bytes, more than the " + maxBytes + " an article may have",
              "Split it into one file per article, or raise the limit with --max-article-bytes."));
      return;
    }
    byte[] bytes = Files.readAllBytes(file);
    Optional<String> problem = TextDecoding.problem(bytes);
    if (problem.isPresent()) {
      String fix =
          problem.get().startsWith("looks binary")
              ? "Remove it from the input, or give Stemma the text it holds."
              : "Convert it to UTF-8, for example: iconv -f windows-1252 -t utf-8 '"
                  + file
                  + "' > fixed.txt";
      sink.reject(new Rejection(input, id, problem.get(), fix));
      return;
    }
    String text = TextDecoding.decode(bytes);
    if (text.isBlank()) {
      sink.reject(
          new Rejection(
              input, id, "is empty", "Remove it, or write the headline and the article text in it."));
      return;
    }
    sink.accept(new Article(id, text, null, ArticleMeta.NONE, input));
  }

  /** The article id of a file: its name without the last extension. */
  static String idOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
