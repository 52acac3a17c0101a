package dev.stemma.eval.data;

import static java.util.Objects.requireNonNull;

import java.io.Serial;
import java.nio.file.Path;

/**
 * A labelled file that is not in the format its reader expects.
 *
 * <p>The message names the file as the user gave it, the 1-based line (left out when the problem is
 * the file as a whole) and the expected format, in the form {@code FILE:LINE: expected ..., got
 * ...}, so that the command line can print it as it is, without a stack trace.
 */
public final class DatasetFormatException extends IllegalArgumentException {

  @Serial private static final long serialVersionUID = 1L;

  private static final int MAX_EXCERPT = 80;

  private final String file;
  private final long line;

  /**
   * @param file the file, as the user gave it
   * @param line the 1-based line, or 0 when the problem is the file as a whole
   * @param problem what is wrong and, where possible, the fix; without the location
   */
  public DatasetFormatException(Path file, long line, String problem) {
    super(location(file, line) + ": " + requireNonNull(problem, "problem"));
    this.file = file.toString();
    this.line = line;
  }

  DatasetFormatException(Path file, long line, String problem, Throwable cause) {
    this(file, line, problem);
    initCause(cause);
  }

  /**
   * {@code FILE:LINE: expected EXPECTED, got "EXCERPT"}, the excerpt shortened and its tabs shown.
   */
  static DatasetFormatException expected(Path file, long line, String expected, String got) {
    return new DatasetFormatException(file, line, "expected " + expected + ", got " + quote(got));
  }

  /** The file as the user gave it. */
  public String file() {
    return file;
  }

  /** The 1-based line, or 0 when the problem is the file as a whole. */
  public long line() {
    return line;
  }

  /** A line shown in a message: quoted, tabs as {@code <TAB>}, cut to 80 characters. */
  static String quote(String text) {
    String shown = text.replace("\t", "<TAB>");
    if (shown.length() > MAX_EXCERPT) {
      shown = shown.substring(0, MAX_EXCERPT) + "...";
    }
    return '"' + shown + '"';
  }

  private static String location(Path file, long line) {
    requireNonNull(file, "file");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, got " + line);
    }
    return line == 0 ? file.toString() : file + ":" + line;
  }
}
