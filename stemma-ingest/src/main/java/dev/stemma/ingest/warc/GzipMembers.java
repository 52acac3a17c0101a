package dev.stemma.ingest.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A gzip file read member by member (RFC 1952), each member's bytes given apart.
 *
 * <p>A WARC.gz compresses each record as a gzip member of its own (WARC 1.1, annex D), so that a
 * record can be found by its offset. jwarc reads the members as one stream; we frame them
 * ourselves so that a damaged or truncated record stays inside its member: a record whose member
 * ends before its Content-Length is truncated (and the next record still starts at the next
 * member), and a member whose deflate data is broken is skipped by looking for the next member
 * that holds a WARC record ({@link #resync}). Each member's CRC-32 and length are checked.
 *
 * <p>Streams: it holds a 64 KiB window of the file, never the file.
 */
final class GzipMembers {

  private static final int WINDOW = 1 << 16;
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final FileChannel file;
  private final ByteBuffer window = ByteBuffer.allocate(WINDOW);
  /** File offset of {@code window}'s byte 0. */
  private long windowStart;
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private long memberStart = -1;
  private boolean memberDone = true;

  GzipMembers(FileChannel file) {
    this.file = file;
    window.limit(0);
  }

  /** The file offset of the next byte to read: after a member, the start of the next. */
  long position() {
    return windowStart + window.position();
  }

  /** Whether the file has no more bytes. */
  boolean atEnd() throws IOException {
    return !fill(1);
  }

  /** Moves to a file offset; the member being read, if any, is abandoned. */
  void seek(long offset) {
    windowStart = offset;
    window.clear().limit(0);
    memberDone = true;
  }

  /**
   * Starts the member at the current position and gives its uncompressed bytes, ending (-1) at the
   * member's end once its CRC-32 and length are checked.
   *
   * @throws BrokenGzipException if no gzip member starts here, or the file ends inside its header
   */
  ReadableByteChannel open() throws IOException {
    memberStart = position();
    readHeader();
    inflater.reset();
    crc.reset();
    memberDone = false;
    return new Member();
  }

  /** Reads the rest of the current member, discarding it; gives how many uncompressed bytes that was. */
  long skipRestOfMember() throws IOException {
    ByteBuffer scratch = ByteBuffer.allocate(8192);
    long skipped = 0;
    Member member = new Member();
    int n;
    while ((n = member.read(scratch.clear())) >= 0) {
      skipped += n;
    }
    return skipped;
  }

  /**
   * Finds the first gzip member at or after {@code from} whose data starts with "WARC/", and moves
   * there.
   *
   * @return its offset, or -1 when there is none (the position is then at the end of the file)
   */
  long resync(long from) throws IOException {
    long size = file.size();
    ByteBuffer chunk = ByteBuffer.allocate(WINDOW);
    long offset = from;
    while (offset < size - 2) {
      chunk.clear();
      int n = file.read(chunk, offset);
      if (n < 3) {
        break;
      }
      for (int i = 0; i + 2 < n; i++) {
        if ((chunk.get(i) & 0xff) == 0x1f && (chunk.get(i + 1) & 0xff) == 0x8b && chunk.get(i + 2) == 8) {
          long candidate = offset + i;
          if (startsWarcRecord(candidate)) {
            seek(candidate);
            return candidate;
          }
        }
      }
      offset += n - 2; // a magic number may straddle two chunks
    }
    seek(size);
    return -1;
  }

  private boolean startsWarcRecord(long candidate) {
    seek(candidate);
    try {
      ReadableByteChannel member = open();
      ByteBuffer start = ByteBuffer.allocate(5);
      while (start.hasRemaining() && member.read(start) >= 0) {
        // read until 5 bytes or the member ends
      }
      return !start.hasRemaining() && new String(start.array(), java.nio.charset.StandardCharsets.US_ASCII).equals("WARC/");
    } catch (IOException notAMember) {
      return false;
    }
  }

  /** Ensures {@code n} bytes are in the window; false when the file ends first. */
  private boolean fill(int n) throws IOException {
    while (window.remaining() < n) {
      long start = position();
      window.compact();
      windowStart = start;
      int read = file.read(window, windowStart + window.position());
      window.flip();
      if (read < 0) {
        return window.remaining() >= n;
      }
    }
    return true;
  }

  private int u8() {
    return window.get() & 0xff;
  }

  private int u16le() {
    return u8() | (u8() << 8);
  }

  private long u32le() {
    return (u16le() & 0xffffL) | ((u16le() & 0xffffL) << 16);
  }

  private void need(int n, String what) throws IOException {
    if (!fill(n)) {
      throw new BrokenGzipException("the file ends inside the gzip " + what + " of the member at byte " + memberStart, true);
    }
  }

  private void readHeader() throws IOException {
    need(10, "header");
    if (u8() != 0x1f || u8() != 0x8b) {
      throw new BrokenGzipException("no gzip member starts at byte " + memberStart, false);
    }
    if (u8() != 8) {
      throw new BrokenGzipException("the gzip member at byte " + memberStart + " is not deflate-compressed", false);
    }
    int flags = u8();
    window.position(window.position() + 6); // MTIME, XFL, OS
    if ((flags & FEXTRA) != 0) {
      need(2, "header");
      int length = u16le();
      for (int i = 0; i < length; i++) {
        need(1, "header");
        window.get();
      }
    }
    for (int flag : new int[] {FNAME, FCOMMENT}) {
      if ((flags & flag) != 0) {
        do {
          need(1, "header");
        } while (window.get() != 0);
      }
    }
    if ((flags & FHCRC) != 0) {
      need(2, "header");
      u16le();
    }
  }

  private void readTrailer() throws IOException {
    need(8, "trailer");
    long expectedCrc = u32le();
    long expectedSize = u32le();
    if (expectedCrc != crc.getValue()) {
      throw new BrokenGzipException("the gzip member at byte " + memberStart + " fails its CRC-32 check", false);
    }
    if (expectedSize != (inflater.getBytesWritten() & 0xffffffffL)) {
      throw new BrokenGzipException("the gzip member at byte " + memberStart + " fails its length check", false);
    }
  }

  /** The uncompressed bytes of the current member. */
  private final class Member implements ReadableByteChannel {

    @Override
    public int read(ByteBuffer dst) throws IOException {
      if (memberDone) {
        return -1;
      }
      int total = 0;
      while (dst.hasRemaining() && total == 0) {
        if (inflater.needsInput()) {
          need(1, "data");
          inflater.setInput(window);
        }
        int before = dst.position();
        int n;
        try {
          n = inflater.inflate(dst);
        } catch (DataFormatException e) {
          memberDone = true;
          throw new BrokenGzipException(
              "the gzip member at byte " + memberStart + " holds broken deflate data (" + e.getMessage() + ")", false);
        }
        ByteBuffer written = dst.duplicate();
        written.limit(dst.position()).position(before);
        crc.update(written);
        total += n;
        if (inflater.finished()) {
          memberDone = true;
          readTrailer();
          break;
        }
        if (n == 0 && inflater.needsDictionary()) {
          memberDone = true;
          throw new BrokenGzipException("the gzip member at byte " + memberStart + " needs a preset dictionary", false);
        }
      }
      return total == 0 && memberDone ? -1 : total;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }
}
