package dev.stemma.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks that the bytes of a text input are text, and decodes them as strict UTF-8.
 *
 * <p>Strict, because a file in another encoding decoded leniently turns every accented letter or
 * curly quote into U+FFFD, and the damage is silent; it is better to say which byte is wrong and
 * how to convert the file.
 */
public final class TextDecoding {

  private TextDecoding() {}

  /** Why these bytes are not UTF-8 text, or empty when they are. */
  public static Optional<String> problem(byte[] bytes) {
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      return Optional.of("looks binary, not text (a NUL byte at offset " + nul + ")");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      decoder.decode(in);
      return Optional.empty();
    } catch (MalformedInputException e) {
      int offset = in.position();
      return Optional.of(
          String.format(
              "is not valid UTF-8 (byte 0x%02X at offset %d)", bytes[offset] & 0xFF, offset));
    } catch (CharacterCodingException e) {
      return Optional.of("is not valid UTF-8 (" + e.getMessage() + ")");
    }
  }

  /** Decodes bytes already checked by {@link #problem}, dropping a leading byte-order mark. */
  public static String decode(byte[] bytes) {
    int skip = hasBom(bytes) ? 3 : 0;
    return new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
  }

  static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  /** The offset of the first NUL byte, which no text holds, or -1. */
  static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
