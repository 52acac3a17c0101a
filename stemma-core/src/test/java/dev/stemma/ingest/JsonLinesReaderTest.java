package dev.stemma.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

  @TempDir Path dir;

  private Path file;

  private Corpus read(String content) throws IOException {
    return read(new JsonLinesReader(), content.getBytes(UTF_8));
  }

  private Corpus read(JsonLinesReader reader, byte[] content) throws IOException {
    file = Files.write(dir.resolve("feed.jsonl"), content);
    return Inputs.of(List.of(reader, new TextFileReader())).read(List.of(file));
  }

  /** The messages of the rejections, with the file's path shortened to "feed.jsonl". */
  private List<String> messages(Corpus corpus) {
    return corpus.rejections().stream().map(r -> r.message().replace(file.toString(), "feed.jsonl")).toList();
  }

  @Test
  void read_everyFieldOfALine() throws IOException {
    Corpus corpus =
        read(
            "{\"id\": \"wire-1\", \"text\": \"The city closed the bridge.\", \"title\": \"Bridge closed\","
                + " \"url\": \"https://news.example/wire-1\", \"source\": \"Meridian Press\", \"author\":"
                + " \"Lena Hartigan\", \"published\": \"2025-03-03T10:05:00-05:00\", \"lang\": \"en\","
                + " \"extra\": [1, 2]}\n");

    assertThat(corpus.rejections()).isEmpty();
    assertThat(corpus.warnings()).isEmpty();
    Article a = corpus.articles().get(0);
    assertThat(a.id()).isEqualTo("wire-1");
    assertThat(a.text()).isEqualTo("The city closed the bridge.");
    assertThat(a.title()).isEqualTo("Bridge closed");
    assertThat(a.input()).isEqualTo(new InputRef(file.toString(), 1));
    assertThat(a.meta())
        .isEqualTo(
            new ArticleMeta(
                "https://news.example/wire-1",
                "Meridian Press",
                "Lena Hartigan",
                Instant.parse("2025-03-03T15:05:00Z"),
                null,
                "en"));
  }

  @Test
  void read_onlyIdAndText_leavesTheRestUnknown() throws IOException {
    Article a = read("{\"id\": \"a\", \"text\": \"Body.\", \"title\": \" \", \"url\": null}").articles().get(0);
    assertThat(a.title()).isNull();
    assertThat(a.meta()).isEqualTo(ArticleMeta.NONE);
  }

  @Test
  void read_integerId_isTakenAsItsDigits() throws IOException {
    assertThat(read("{\"id\": 42, \"text\": \"Body.\"}").articles()).extracting(Article::id).containsExactly("42");
  }

  @Test
  void read_blankLinesAreAllowedAndCountInTheLineNumbers() throws IOException {
    Corpus corpus = read("\n{\"id\": \"a\", \"text\": \"A.\"}\n\n   \n{\"id\": \"b\", \"text\": \"B.\"}\n\n");
    assertThat(corpus.articles()).extracting(Article::id).containsExactly("a", "b");
    assertThat(corpus.articles()).extracting(a -> a.input().line()).containsExactly(2L, 5L);
    assertThat(corpus.rejections()).isEmpty();
  }

  @Test
  void read_crlfLineEnds() throws IOException {
    Corpus corpus = read("{\"id\": \"a\", \"text\": \"A.\"}\r\n{\"id\": \"b\", \"text\": \"B.\\r\\nSecond line.\"}\r\n");
    assertThat(corpus.rejections()).isEmpty();
    assertThat(corpus.articles()).extracting(Article::text).containsExactly("A.", "B.\r\nSecond line.");
  }

  @Test
  void read_lastLineWithoutANewline() throws IOException {
    assertThat(read("{\"id\": \"a\", \"text\": \"A.\"}\n{\"id\": \"b\", \"text\": \"B.\"}").articles()).hasSize(2);
  }

  @Test
  void read_byteOrderMarkBeforeTheFirstLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write("{\"id\": \"a\", \"text\": \"A.\"}\n".getBytes(UTF_8));
    Corpus corpus = read(new JsonLinesReader(), bytes.toByteArray());
    assertThat(corpus.rejections()).isEmpty();
    assertThat(corpus.articles()).extracting(Article::id).containsExactly("a");
  }

  @Test
  void read_malformedLine_isRejectedWithItsNumberAndTheRestIsRead() throws IOException {
    Corpus corpus =
        read("{\"id\": \"a\", \"text\": \"A.\"}\n{\"id\": \"b\", \"text\": }\n{\"id\": \"c\", \"text\": \"C.\"}\n");
    assertThat(corpus.articles()).extracting(Article::id).containsExactly("a", "c");
    assertThat(messages(corpus))
        .containsExactly(
            "feed.jsonl:2: malformed JSON (Unexpected character ('}' (code 125)): expected a valid value"
                + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false'))."
                + " Write one JSON object per line, for example {\"id\": \"a1\", \"text\": \"...\"}.");
  }

  @Test
  void read_twoObjectsOnOneLine_isRejectedRatherThanLosingTheSecond() throws IOException {
    // a lost newline joins two articles; reading only the first would drop the second silently
    Corpus corpus = read("{\"id\": \"a\", \"text\": \"A.\"} {\"id\": \"b\", \"text\": \"B.\"}\n{\"id\": \"c\", \"text\": \"C.\"} x\n");
    assertThat(corpus.articles()).isEmpty();
    assertThat(messages(corpus))
        .containsExactly(
            "feed.jsonl:1: line holds more than one JSON value. Put each article on a line of its own.",
            "feed.jsonl:2: malformed JSON (Unrecognized token 'x': was expecting (JSON String, Number,"
                + " Array, Object or token 'null', 'true' or 'false')). Write one JSON object per line,"
                + " for example {\"id\": \"a1\", \"text\": \"...\"}.");
  }

  @Test
  void read_lineThatIsNotAnObject_isRejected() throws IOException {
    assertThat(messages(read("{\"id\": \"a\", \"text\": \"A.\"}\n[\"b\", \"B.\"]\n")))
        .containsExactly(
            "feed.jsonl:2: line is JSON but not an object. Write one JSON object per line, for example"
                + " {\"id\": \"a1\", \"text\": \"...\"}.");
  }

  @Test
  void read_missingText_isRejectedNamingTheId() throws IOException {
    Corpus corpus = read("{\"id\": \"a\", \"title\": \"Only a title\"}\n");
    assertThat(messages(corpus))
        .containsExactly("feed.jsonl:1: missing 'text'. Give the article text in \"text\" (or the page in \"html\").");
    assertThat(corpus.rejections().get(0).id()).isEqualTo("a");
  }

  @Test
  void read_nullText_isRejectedAsMissing() throws IOException {
    assertThat(messages(read("{\"id\": \"a\", \"text\": null}\n")))
        .containsExactly("feed.jsonl:1: missing 'text'. Give the article text in \"text\" (or the page in \"html\").");
  }

  @Test
  void read_blankText_isRejectedAsEmpty() throws IOException {
    assertThat(messages(read("{\"id\": \"a\", \"text\": \" \\n \"}\n")))
        .containsExactly("feed.jsonl:1: 'text' is empty. Give the article text, or remove the line.");
  }

  @Test
  void read_missingOrBlankOrNullId_isRejected() throws IOException {
    Corpus corpus =
        read("{\"text\": \"A.\"}\n{\"id\": \"\", \"text\": \"B.\"}\n{\"id\": \"  \", \"text\": \"C.\"}\n{\"id\": null, \"text\": \"D.\"}\n");
    assertThat(corpus.articles()).isEmpty();
    assertThat(messages(corpus))
        .containsExactly(
            "feed.jsonl:1: missing 'id'. Give every line a unique string \"id\".",
            "feed.jsonl:2: missing 'id'. Give every line a unique string \"id\".",
            "feed.jsonl:3: missing 'id'. Give every line a unique string \"id\".",
            "feed.jsonl:4: missing 'id'. Give every line a unique string \"id\".");
    assertThat(corpus.rejections()).extracting(Rejection::id).containsOnlyNulls();
  }

  @Test
  void read_wrongTypes_rejectIdAndTextAndWarnForOptionalFields() throws IOException {
    Corpus corpus =
        read(
            "{\"id\": true, \"text\": \"A.\"}\n"
                + "{\"id\": 1.5, \"text\": \"B.\"}\n"
                + "{\"id\": {\"n\": 1}, \"text\": \"C.\"}\n"
                + "{\"id\": \"d\", \"text\": [\"para 1\", \"para 2\"]}\n"
                + "{\"id\": \"e\", \"text\": 5}\n"
                + "{\"id\": \"f\", \"text\": \"F.\", \"title\": 12, \"lang\": [\"en\"], \"published\": 20250303}\n");

    assertThat(messages(corpus))
        .containsExactly(
            "feed.jsonl:1: 'id' must be a string, got boolean. Give every line a unique string \"id\".",
            "feed.jsonl:2: 'id' must be a string, got number. Give every line a unique string \"id\".",
            "feed.jsonl:3: 'id' must be a string, got object. Give every line a unique string \"id\".",
            "feed.jsonl:4: 'text' must be a string, got array. Put the article text in \"text\" as a string.",
            "feed.jsonl:5: 'text' must be a string, got number. Put the article text in \"text\" as a string.");
    assertThat(corpus.articles()).extracting(Article::id).containsExactly("f");
    Article f = corpus.articles().get(0);
    assertThat(f.title()).isNull();
    assertThat(f.meta()).isEqualTo(ArticleMeta.NONE);
    assertThat(corpus.warnings())
        .isEqualTo(
            Map.of(
                "f",
                List.of(
                    "'published' must be a string, got number; ignored",
                    "'lang' must be a string, got array; ignored",
                    "'title' must be a string, got number; ignored")));
  }

  @Test
  void read_unparsablePublished_isAWarningAndTheArticleIsKept() throws IOException {
    Corpus corpus = read("{\"id\": \"a\", \"text\": \"A.\", \"published\": \"03/03/2025\"}\n");
    assertThat(corpus.rejections()).isEmpty();
    assertThat(corpus.articles()).extracting(a -> a.meta().published()).containsOnlyNulls();
    assertThat(corpus.warnings())
        .isEqualTo(
            Map.of(
                "a",
                List.of(
                    "'published' is not an ISO-8601 date or date-time: \"03/03/2025\"; ignored (write"
                        + " 2022-09-07 or 2022-09-07T14:30:00Z)")));
  }

  @Test
  void read_duplicateIdWithinTheFile_keepsTheFirstLine() throws IOException {
    Corpus corpus = read("{\"id\": \"a\", \"text\": \"First.\"}\n{\"id\": \"a\", \"text\": \"Second.\"}\n");
    assertThat(corpus.articles()).extracting(Article::text).containsExactly("First.");
    assertThat(messages(corpus))
        .containsExactly(
            "feed.jsonl:2: duplicate id 'a' (first read from feed.jsonl:1). Give each article a unique id;"
                + " this one was skipped.");
  }

  @Test
  void read_nonUtf8Line_isRejectedAndTheOtherLinesAreRead() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("{\"id\": \"a\", \"text\": \"A.\"}\n".getBytes(UTF_8));
    // {"id": "b", "text": "Caf?"} with ? = 0xE9, windows-1252 for é, at offset 24 of the line
    byte[] latin = "{\"id\": \"b\", \"text\": \"Caf_\"}\n".getBytes(UTF_8);
    latin[24] = (byte) 0xE9;
    bytes.write(latin);
    bytes.write("{\"id\": \"c\", \"text\": \"C.\"}\n".getBytes(UTF_8));

    Corpus corpus = read(new JsonLinesReader(), bytes.toByteArray());

    assertThat(corpus.articles()).extracting(Article::id).containsExactly("a", "c");
    assertThat(messages(corpus))
        .containsExactly(
            "feed.jsonl:2: line is not valid UTF-8 (byte 0xE9 at offset 24). Convert the file to UTF-8"
                + " (for example with iconv).");
  }

  @Test
  void read_lineWithANulByte_isRejectedAsBinary() throws IOException {
    byte[] bytes = "{\"id\": \"a\", \"text\": \"A_\"}\n".getBytes(UTF_8);
    bytes[22] = 0;
    assertThat(messages(read(new JsonLinesReader(), bytes)))
        .containsExactly(
            "feed.jsonl:1: line looks binary, not text (a NUL byte at offset 22). Convert the file to"
                + " UTF-8 (for example with iconv).");
  }

  @Test
  void read_lineOverTheLimit_isRejectedAndTheNextLineIsRead() throws IOException {
    String longLine = "{\"id\": \"long\", \"text\": \"" + "x".repeat(100) + "\"}";
    String shortLine = "{\"id\": \"s\", \"text\": \"S.\"}"; // 25 bytes
    Corpus corpus = read(new JsonLinesReader(40), (longLine + "\n" + shortLine + "\n").getBytes(UTF_8));
    assertThat(corpus.articles()).extracting(Article::id).containsExactly("s");
    assertThat(corpus.articles().get(0).input().line()).isEqualTo(2);
    assertThat(messages(corpus))
        .containsExactly(
            "feed.jsonl:1: line is longer than the 40 bytes an article may have. Split the article, or"
                + " raise the limit with --max-article-bytes.");
  }

  @Test
  void read_lineExactlyAtTheLimit_isRead() throws IOException {
    String line = "{\"id\": \"s\", \"text\": \"S.\"}"; // 25 bytes; the line end is not counted
    assertThat(line).hasSize(25);
    assertThat(read(new JsonLinesReader(25), (line + "\n").getBytes(UTF_8)).articles()).hasSize(1);
    assertThat(read(new JsonLinesReader(24), (line + "\n").getBytes(UTF_8)).articles()).isEmpty();
  }

  @Test
  void read_crlfLineExactlyAtTheLimit_isReadLikeItsLfTwin() throws IOException {
    String line = "{\"id\": \"s\", \"text\": \"S.\"}"; // 25 bytes; the '\r' of CRLF is line end, not text
    assertThat(read(new JsonLinesReader(25), (line + "\r\n").getBytes(UTF_8)).articles()).hasSize(1);
    assertThat(read(new JsonLinesReader(24), (line + "\r\n").getBytes(UTF_8)).articles()).isEmpty();
  }

  @Test
  void read_htmlWithoutAnExtractorInstalled_isRejected() throws IOException {
    assertThat(messages(read("{\"id\": \"a\", \"html\": \"<p>Body.</p>\"}\n")))
        .containsExactly(
            "feed.jsonl:1: has 'html' but no HTML extractor is installed. Run the stemma command (it"
                + " includes the stemma-ingest module), or give \"text\".");
  }

  @Test
  void read_emptyFileOrOnlyBlankLines_isRejectedSoThatTheFileIsAccountedFor() throws IOException {
    for (String content : List.of("", "\n  \n\r\n")) {
      Corpus corpus = read(content);
      assertThat(corpus.articles()).isEmpty();
      assertThat(messages(corpus))
          .as("content %s", content.replace("\n", "\\n").replace("\r", "\\r"))
          .containsExactly(
              "feed.jsonl: is empty. Remove it, or write one JSON object per line, for example {\"id\":"
                  + " \"a1\", \"text\": \"...\"}.");
    }
  }

  @Test
  void read_everyLineIsAccountedFor() throws IOException {
    Corpus corpus =
        read(
            "{\"id\": \"a\", \"text\": \"A.\"}\n\n{bad\n{\"id\": \"a\", \"text\": \"again\"}\n"
                + "{\"text\": \"no id\"}\n{\"id\": \"b\", \"text\": \"B.\", \"published\": \"never\"}\n");
    // six lines: one blank, two articles, three rejections
    assertThat(corpus.articles()).hasSize(2);
    assertThat(corpus.rejections()).hasSize(3);
  }

  @Test
  void accepts_jsonlAndNdjsonByName() {
    JsonLinesReader reader = new JsonLinesReader();
    assertThat(reader.accepts(Path.of("a.jsonl"), new byte[0])).isTrue();
    assertThat(reader.accepts(Path.of("a.NDJSON"), new byte[0])).isTrue();
    assertThat(reader.accepts(Path.of("a.json"), new byte[0])).isFalse();
  }

  @Test
  void accepts_anyFileWhoseFirstNonBlankByteOpensAnObject() {
    JsonLinesReader reader = new JsonLinesReader();
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n', '{', '"'};
    assertThat(reader.accepts(Path.of("export.json"), bom)).isTrue();
    assertThat(reader.accepts(Path.of("export"), " \r\n\t{}".getBytes(UTF_8))).isTrue();
    assertThat(reader.accepts(Path.of("list.json"), "[{}]".getBytes(UTF_8))).isFalse();
    assertThat(reader.accepts(Path.of("blank"), "  \n".getBytes(UTF_8))).isFalse();
  }
}
