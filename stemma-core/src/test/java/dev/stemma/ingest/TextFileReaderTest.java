package dev.stemma.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileReaderTest {

  @TempDir Path dir;

  private Corpus read(TextFileReader reader, Path file) {
    return Inputs.of(List.of(reader)).read(List.of(file));
  }

  private Corpus read(Path file) {
    return read(new TextFileReader(), file);
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(UTF_8));
  }

  @Test
  void read_idIsTheNameWithoutItsLastExtensionAndTextIsTheWholeFile() throws IOException {
    Path file = write("bridge.v2.txt", "Harbor Bridge closed\n\nThe city closed the bridge.\n");
    Article article = read(file).articles().get(0);
    assertThat(article.id()).isEqualTo("bridge.v2");
    assertThat(article.text()).isEqualTo("Harbor Bridge closed\n\nThe city closed the bridge.\n");
    assertThat(article.title()).isNull();
    assertThat(article.meta()).isEqualTo(ArticleMeta.NONE);
    assertThat(article.input()).isEqualTo(InputRef.of(file.toString()));
  }

  @Test
  void read_keepsCrlfLineEndsSoThatOffsetsPointIntoTheFileAsWritten() throws IOException {
    Path file = write("crlf.txt", "Headline\r\n\r\nBody line.\r\n");
    assertThat(read(file).articles().get(0).text()).isEqualTo("Headline\r\n\r\nBody line.\r\n");
  }

  @Test
  void read_dropsALeadingByteOrderMark() throws IOException {
    byte[] text = "Headline\n\nBody.".getBytes(UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    assertThat(read(write("bom.txt", bytes)).articles().get(0).text()).isEqualTo("Headline\n\nBody.");
  }

  @Test
  void read_emptyFile_isRejected() throws IOException {
    Path file = write("empty.txt", "");
    Corpus corpus = read(file);
    assertThat(corpus.articles()).isEmpty();
    assertThat(corpus.rejections())
        .extracting(Rejection::message)
        .containsExactly(file + ": is empty. Remove it, or write the headline and the article text in it.");
    assertThat(corpus.rejections().get(0).id()).isEqualTo("empty");
  }

  @Test
  void read_fileOfOnlyWhitespace_isRejectedAsEmpty() throws IOException {
    Path file = write("blank.txt", " \r\n\t\n\n");
    assertThat(read(file).rejections())
        .extracting(Rejection::message)
        .containsExactly(file + ": is empty. Remove it, or write the headline and the article text in it.");
  }

  @Test
  void read_binaryFileNamedTxt_isRejectedAsBinary() throws IOException {
    Path file = write("scan.txt", new byte[] {'%', 'P', 'D', 0, 'F'});
    assertThat(read(file).rejections())
        .extracting(Rejection::message)
        .containsExactly(
            file
                + ": looks binary, not text (a NUL byte at offset 3). Remove it from the input, or give"
                + " Stemma the text it holds.");
  }

  @Test
  void read_windows1252File_isRejectedWithTheByteAndAnIconvCommand() throws IOException {
    // "Café owners say “no”" in windows-1252: é is 0xE9, the quotes 0x93 and 0x94
    byte[] bytes = "Caf_ owners say _no_".getBytes(UTF_8);
    bytes[3] = (byte) 0xE9;
    bytes[16] = (byte) 0x93;
    bytes[19] = (byte) 0x94;
    Path file = write("cafe.txt", bytes);

    Corpus corpus = read(file);

    assertThat(corpus.articles()).isEmpty();
    assertThat(corpus.rejections())
        .extracting(Rejection::message)
        .containsExactly(
            file
                + ": is not valid UTF-8 (byte 0xE9 at offset 3). Convert it to UTF-8, for example: iconv"
                + " -f windows-1252 -t utf-8 '"
                + file
                + "' > fixed.txt");
  }

  @Test
  void read_fileOverTheLimit_isRejectedWithItsSizeAndTheLimit() throws IOException {
    Path file = write("long.txt", "Headline\n\n0123456789");
    // "Headline\n\n" is 10 bytes, then 10 digits: 20 bytes against a limit of 19
    assertThat(read(new TextFileReader(19), file).rejections())
        .extracting(Rejection::message)
        .containsExactly(
            file
                + ": is 20 bytes, more than the 19 an article may have. Split it into one file per"
                + " article, or raise the limit with --max-article-bytes.");
  }

  @Test
  void read_fileExactlyAtTheLimit_isRead() throws IOException {
    Path file = write("long.txt", "Headline\n\n0123456789");
    assertThat(read(new TextFileReader(20), file).articles()).hasSize(1);
  }

  @Test
  void accepts_txtAndTextByNameWhateverTheContent() {
    TextFileReader reader = new TextFileReader();
    byte[] binary = {0, 1, 2};
    assertThat(reader.accepts(Path.of("a.txt"), binary)).isTrue();
    assertThat(reader.accepts(Path.of("A.TXT"), binary)).isTrue();
    assertThat(reader.accepts(Path.of("a.text"), binary)).isTrue();
    assertThat(reader.accepts(Path.of("a.bin"), binary)).isFalse();
  }

  @Test
  void accepts_anyOtherFileWhoseHeadIsText() {
    TextFileReader reader = new TextFileReader();
    assertThat(reader.accepts(Path.of("story"), "Headline\n\nBody".getBytes(UTF_8))).isTrue();
    assertThat(reader.accepts(Path.of("story.md"), "Überschrift".getBytes(UTF_8))).isTrue();
  }

  @Test
  void read_misnamedUtf8ArticleWhoseFirst8KiBEndInsideACharacter_isRead() throws IOException {
    // Inputs shows readers the first 8192 bytes; here they end between the two bytes of "é"
    byte[] bytes = ("Headline\n\n" + "a".repeat(8181) + "é and the rest of the story.").getBytes(UTF_8);
    assertThat(bytes[8191]).isEqualTo((byte) 0xC3);
    Path file = write("story", bytes);
    Corpus corpus = Inputs.of(List.of(new JsonLinesReader(), new TextFileReader())).read(List.of(file));
    assertThat(corpus.rejections()).extracting(Rejection::message).isEmpty();
    assertThat(corpus.articles()).extracting(Article::id).containsExactly("story");
  }

  @Test
  void read_misnamedWindows1252Article_isRejectedWithTheIconvCommandNotAsAnUnknownFormat() throws IOException {
    byte[] bytes = "Caf_ owners say no".getBytes(UTF_8);
    bytes[3] = (byte) 0xE9;
    Path file = write("cafe.md", bytes);
    Corpus corpus = Inputs.of(List.of(new JsonLinesReader(), new TextFileReader())).read(List.of(file));
    assertThat(corpus.rejections())
        .extracting(Rejection::message)
        .containsExactly(
            file
                + ": is not valid UTF-8 (byte 0xE9 at offset 3). Convert it to UTF-8, for example: iconv"
                + " -f windows-1252 -t utf-8 '"
                + file
                + "' > fixed.txt");
  }

  @Test
  void accepts_anyOtherFileWhoseHeadHoldsNoNul() {
    TextFileReader reader = new TextFileReader();
    assertThat(reader.accepts(Path.of("story.md"), new byte[] {'C', 'a', 'f', (byte) 0xE9})).isTrue();
    assertThat(reader.accepts(Path.of("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10})).isFalse();
  }

  @Test
  void priority_isBelowEveryOtherReaderAsTheFallback() {
    assertThat(new TextFileReader().priority()).isLessThan(new JsonLinesReader().priority());
    assertThat(new TextFileReader().name()).isEqualTo("txt");
  }

  @Test
  void idOf_keepsALeadingDotNameWhole() {
    assertThat(TextFileReader.idOf(Path.of("dir/.profile"))).isEqualTo(".profile");
    assertThat(TextFileReader.idOf(Path.of("dir/README"))).isEqualTo("README");
    assertThat(TextFileReader.idOf(Path.of("a.b.c.txt"))).isEqualTo("a.b.c");
  }
}
