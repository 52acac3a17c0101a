package dev.stemma.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDecodingTest {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @Test
  void problem_ofUtf8Text_isEmpty() {
    assertThat(TextDecoding.problem("Café “quoted” – ½ 東京".getBytes(UTF_8))).isEmpty();
    assertThat(TextDecoding.problem(new byte[0])).isEmpty();
  }

  @Test
  void problem_ofWindows1252_namesTheFirstBadByteAndItsOffset() {
    // "Caf" then 0xE9 (é in windows-1252) at offset 3, later 0x93 and 0x94 (curly quotes)
    byte[] bytes = {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'o', 'k', (byte) 0x94};
    assertThat(TextDecoding.problem(bytes)).contains("is not valid UTF-8 (byte 0xE9 at offset 3)");
  }

  @Test
  void problem_ofATruncatedSequenceAtTheEnd_isInvalidUtf8() {
    byte[] bytes = {'a', 'b', (byte) 0xE2, (byte) 0x80};
    assertThat(TextDecoding.problem(bytes)).contains("is not valid UTF-8 (byte 0xE2 at offset 2)");
  }

  @Test
  void problem_ofANulByte_saysBinaryEvenIfItIsValidUtf8() {
    assertThat(TextDecoding.problem(new byte[] {'P', 'K', 3, 4, 0, 0}))
        .contains("looks binary, not text (a NUL byte at offset 4)");
  }

  @Test
  void decode_dropsALeadingByteOrderMarkOnly() {
    byte[] bytes = concat(BOM, "Head\uFEFFline".getBytes(UTF_8));
    assertThat(TextDecoding.decode(bytes)).isEqualTo("Head\uFEFFline");
    assertThat(TextDecoding.problem(bytes)).isEmpty();
  }

  @Test
  void decode_keepsCarriageReturnsAsTheyAre() {
    assertThat(TextDecoding.decode("a\r\nb\r\n".getBytes(UTF_8))).isEqualTo("a\r\nb\r\n");
  }

  @Test
  void hasBom_needsAllThreeBytes() {
    assertThat(TextDecoding.hasBom(BOM)).isTrue();
    assertThat(TextDecoding.hasBom(new byte[] {(byte) 0xEF, (byte) 0xBB})).isFalse();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
