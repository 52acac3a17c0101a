package dev.stemma.eval.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads a text file line by line, decoding each line on its own so that a byte sequence that is not
 * valid in the charset is reported with its exact line (a {@link java.io.BufferedReader} decodes
 * ahead and would blame an earlier line). Strips a UTF-8 byte order mark and the {@code \r} of CRLF
 * line ends.
 */
final class LineReader implements Closeable {

  private static final int CHUNK = 1 << 16;

  private final Path file;
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final String charsetName;
  private byte[] buffer = new byte[CHUNK];
  private int start;
  private int end;
  private boolean eof;
  private long lineNumber;

  LineReader(Path file, Charset charset) throws IOException {
    this.file = file;
    this.in = Files.newInputStream(file);
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.charsetName = charset.name();
  }

  static LineReader utf8(Path file) throws IOException {
    return new LineReader(file, StandardCharsets.UTF_8);
  }

  /** The number of the line last returned by {@link #next()}, 1-based. */
  long lineNumber() {
    return lineNumber;
  }

  /** The next line without its line end, or null at the end of the file. */
  @Nullable String next() throws IOException {
    while (true) {
      for (int i = start; i < end; i++) {
        if (buffer[i] == '\n') {
          String line = decode(start, i);
          start = i + 1;
          return line;
        }
      }
      if (eof) {
        if (start == end) {
          return null;
        }
        String line = decode(start, end);
        start = end;
        return line;
      }
      fill();
    }
  }

  private void fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    if (end == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    int read = in.read(buffer, end, buffer.length - end);
    if (read < 0) {
      eof = true;
    } else {
      end += read;
    }
  }

  private String decode(int from, int to) {
    lineNumber++;
    int stop = to > from && buffer[to - 1] == '\r' ? to - 1 : to;
    int begin = from;
    if (lineNumber == 1
        && stop - begin >= 3
        && buffer[begin] == (byte) 0xEF
        && buffer[begin + 1] == (byte) 0xBB
        && buffer[begin + 2] == (byte) 0xBF) {
      begin += 3;
    }
    try {
      CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(buffer, begin, stop - begin));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new DatasetFormatException(
          file,
          lineNumber,
          "expected "
              + charsetName
              + " text, got bytes that are not "
              + charsetName
              + "; convert the file to "
              + charsetName,
          e);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
