package dev.stemma.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  @TempDir Path dir;

  private static final Inputs INPUTS = Inputs.of(List.of(new TextFileReader(), new JsonLinesReader()));

  private Path write(String relative, String content) throws IOException {
    return write(relative, content.getBytes(UTF_8));
  }

  private Path write(String relative, byte[] content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  /** Every file is an article, a rejection or passed over: nothing is lost silently. */
  private static void assertAccountedFor(Corpus corpus, int files) {
    long passed = corpus.passed().values().stream().mapToLong(Long::longValue).sum();
    assertThat(corpus.articles().size() + corpus.rejections().size() + passed).isEqualTo(files);
  }

  @Test
  void installed_findsTheCoreReadersHighestPriorityFirst() {
    assertThat(Inputs.installed().readerNames()).containsExactly("jsonl", "txt");
  }

  @Test
  void of_ordersReadersByPriorityWhateverTheOrderGiven() {
    assertThat(INPUTS.readerNames()).containsExactly("jsonl", "txt");
  }

  @Test
  void read_folder_readsFilesRecursivelyInSortedPathOrder() throws IOException {
    write("b.txt", "B headline\n\nB body.");
    write("sub/c.txt", "C headline\n\nC body.");
    write("a.txt", "A headline\n\nA body.");
    write("sub/deeper/d.txt", "D headline\n\nD body.");
    write("sub/a.txt.bak/e.txt", "E headline\n\nE body.");

    Corpus corpus = INPUTS.read(List.of(dir));

    // paths sort by their names: a.txt < b.txt < sub/a.txt.bak/e.txt < sub/c.txt < sub/deeper/d.txt
    assertThat(corpus.articles()).extracting(Article::id).containsExactly("a", "b", "e", "c", "d");
    assertThat(corpus.articles().get(3).input()).isEqualTo(InputRef.of(dir.resolve("sub/c.txt").toString()));
    assertThat(corpus.rejections()).isEmpty();
    assertAccountedFor(corpus, 5);
  }

  @Test
  void read_sameFolderTwice_givesTheSameCorpus() throws IOException {
    for (String name : List.of("z", "m", "a", "q")) {
      write(name + ".txt", name + " headline\n\nbody of " + name + ".");
    }
    assertThat(INPUTS.read(List.of(dir))).isEqualTo(INPUTS.read(List.of(dir)));
  }

  @Test
  void read_folder_passesOverHiddenFilesAndEverythingInHiddenFolders() throws IOException {
    write("story.txt", "Headline\n\nBody.");
    write(".DS_Store", new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
    write(".notes.txt", "Not an article\n\nHidden.");
    write(".git/HEAD", "ref: refs/heads/main\n");
    write("sub/.cache/old.txt", "Old\n\nHidden by its folder.");

    Corpus corpus = INPUTS.read(List.of(dir));

    assertThat(corpus.articles()).extracting(Article::id).containsExactly("story");
    assertThat(corpus.passed()).isEqualTo(Map.of("hidden file", 4L));
    assertThat(corpus.rejections()).isEmpty();
    assertAccountedFor(corpus, 5);
  }

  @Test
  void read_hiddenFolderGivenByName_isReadBecauseOnlyWhatIsInsideIsJudged() throws IOException {
    write(".inbox/story.txt", "Headline\n\nBody.");
    Corpus corpus = INPUTS.read(List.of(dir.resolve(".inbox")));
    assertThat(corpus.articles()).extracting(Article::id).containsExactly("story");
  }

  @Test
  void read_picksTheReaderByNameOrByContent() throws IOException {
    write("named.txt", "A text file by name\n\nBody.");
    write("named.jsonl", "{\"id\": \"by-jsonl-name\", \"text\": \"Body.\"}\n");
    write("feed.json", "  \n{\"id\": \"by-json-content\", \"text\": \"Body.\"}\n");
    write("README", "A text file by content\n\nBody.");

    Corpus corpus = INPUTS.read(List.of(dir));

    assertThat(corpus.articles())
        .extracting(Article::id)
        .containsExactly("README", "by-json-content", "by-jsonl-name", "named");
    assertThat(corpus.articles().get(1).input()).isEqualTo(new InputRef(dir.resolve("feed.json").toString(), 2));
  }

  @Test
  void read_fileWithNulBytesAndNoTextName_isRejectedAsNoFormat() throws IOException {
    Path jpg = write("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F'});
    Corpus corpus = INPUTS.read(List.of(jpg));
    assertThat(corpus.rejections())
        .extracting(Rejection::message)
        .containsExactly(
            jpg
                + ": is not in a format Stemma reads (readers: jsonl, txt). Give text files (.txt), JSON"
                + " Lines (.jsonl) or, with stemma-ingest, HTML and WARC.");
    assertThat(corpus.rejections().get(0).id()).isNull();
  }

  @Test
  void read_missingPath_isRejectedNamingIt() {
    Path missing = dir.resolve("no-such-folder");
    Corpus corpus = INPUTS.read(List.of(missing));
    assertThat(corpus.articles()).isEmpty();
    assertThat(corpus.rejections())
        .extracting(Rejection::message)
        .containsExactly(
            missing
                + ": no such file or folder. Check the path; inputs are files or folders of .txt, .jsonl"
                + " and other articles.");
  }

  @Test
  void read_unreadableFile_isRejectedAsPermissionDenied() throws IOException {
    Path secret = write("secret.txt", "Headline\n\nBody.");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    assumeFalse(
        Files.isReadable(secret), "this user (root?) can read a file with mode 000; nothing to test");

    Corpus corpus = INPUTS.read(List.of(dir));

    assertThat(corpus.rejections())
        .extracting(Rejection::message)
        .containsExactly(secret + ": cannot be read (permission denied). Check that the file exists and is readable.");
  }

  @Test
  void read_readerThatFailsOnIo_isRejectedWithTheCauseAndReadingGoesOn() throws IOException {
    Path denied = write("a-denied.txt", "Headline\n\nBody.");
    Path broken = write("b-broken.txt", "Headline\n\nBody.");
    write("c-fine.txt", "Headline\n\nBody.");
    ArticleReader failing =
        new ArticleReader() {
          private final TextFileReader text = new TextFileReader();

          @Override
          public String name() {
            return "failing";
          }

          @Override
          public boolean accepts(Path file, byte[] head) {
            return true;
          }

          @Override
          public void read(Path file, ArticleSink sink) throws IOException {
            if (file.equals(denied)) {
              throw new AccessDeniedException(file.toString());
            }
            if (file.equals(broken)) {
              throw new IOException("Input/output error");
            }
            text.read(file, sink);
          }
        };

    Corpus corpus = Inputs.of(List.of(failing)).read(List.of(dir));

    assertThat(corpus.articles()).extracting(Article::id).containsExactly("c-fine");
    assertThat(corpus.rejections())
        .extracting(Rejection::message)
        .containsExactly(
            denied + ": cannot be read (permission denied). Check that the file exists and is readable.",
            broken
                + ": cannot be read (java.io.IOException: Input/output error). Check that the file exists"
                + " and is readable.");
  }

  @Test
  void read_duplicateId_keepsTheFirstAndRejectsTheLaterOneNamingTheFirst() throws IOException {
    Path first = write("a/bridge.txt", "First headline\n\nFirst body.");
    Path second = write("b/bridge.txt", "Second headline\n\nSecond body.");
    Path jsonl = write("c/more.jsonl", "{\"id\": \"other\", \"text\": \"x\"}\n{\"id\": \"bridge\", \"text\": \"Third.\"}\n");

    Corpus corpus = INPUTS.read(List.of(dir));

    assertThat(corpus.articles()).extracting(Article::id).containsExactly("bridge", "other");
    assertThat(corpus.articles().get(0).text()).isEqualTo("First headline\n\nFirst body.");
    assertThat(corpus.rejections())
        .extracting(Rejection::message)
        .containsExactly(
            second
                + ": duplicate id 'bridge' (first read from "
                + first
                + "). Give each article a unique id; this one was skipped.",
            jsonl
                + ":2: duplicate id 'bridge' (first read from "
                + first
                + "). Give each article a unique id; this one was skipped.");
    assertThat(corpus.rejections()).extracting(Rejection::id).containsExactly("bridge", "bridge");
  }

  @Test
  void read_duplicateId_acrossInputsFollowsTheOrderTheInputsWereGiven() throws IOException {
    Path late = write("late/x.txt", "Late\n\nBody.");
    Path early = write("early/x.txt", "Early\n\nBody.");
    Corpus corpus = INPUTS.read(List.of(dir.resolve("late"), dir.resolve("early")));
    assertThat(corpus.articles()).extracting(Article::input).containsExactly(InputRef.of(late.toString()));
    assertThat(corpus.rejections()).extracting(Rejection::input).containsExactly(InputRef.of(early.toString()));
  }

  @Test
  void read_warningsAreFiledUnderTheArticleIdAndDroppedWithARejectedLine() throws IOException {
    Path file =
        write(
            "dated.jsonl",
            "{\"id\": \"a1\", \"text\": \"Body.\", \"published\": \"last Tuesday\"}\n"
                + "{\"id\": \"a1\", \"text\": \"Again.\", \"published\": \"yesterday\"}\n"
                + "{\"id\": \"a2\", \"title\": 7, \"published\": \"soon\"}\n");

    Corpus corpus = INPUTS.read(List.of(file));

    assertThat(corpus.articles()).extracting(Article::id).containsExactly("a1");
    assertThat(corpus.warnings())
        .isEqualTo(
            Map.of(
                "a1",
                List.of(
                    "'published' is not an ISO-8601 date or date-time: \"last Tuesday\"; ignored (write"
                        + " 2022-09-07 or 2022-09-07T14:30:00Z)")));
    assertThat(corpus.rejections()).extracting(Rejection::id).containsExactly("a1", "a2");
  }

  @Test
  void read_tellsTheListenerEverythingItFinds() throws IOException {
    write("a.txt", "Headline\n\nBody.");
    write("b.txt", "");
    write(".hidden", "x");
    write("c.jsonl", "{\"id\": \"c1\", \"text\": \"Body.\", \"published\": \"someday\"}\n");
    List<String> events = new ArrayList<>();
    ArticleSink listener =
        new ArticleSink() {
          @Override
          public void accept(Article article) {
            events.add("accept " + article.id());
          }

          @Override
          public void reject(Rejection rejection) {
            events.add("reject " + dir.relativize(Path.of(rejection.input().location())));
          }

          @Override
          public void pass(InputRef input, String why) {
            events.add("pass " + dir.relativize(Path.of(input.location())) + " (" + why + ")");
          }

          @Override
          public void warn(InputRef input, String message) {
            events.add("warn " + dir.relativize(Path.of(input.location())) + ":" + input.line());
          }
        };

    INPUTS.read(List.of(dir), listener);

    assertThat(events).containsExactly("pass .hidden (hidden file)", "accept a", "reject b.txt", "warn c.jsonl:1", "accept c1");
  }

  @Test
  void read_folder_accountsForLinksItCannotRead() throws IOException {
    Path target = write("elsewhere/target.txt", "Headline\n\nBody.");
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.createSymbolicLink(in.resolve("a-link.txt"), target);
    Path broken = Files.createSymbolicLink(in.resolve("b-broken.txt"), dir.resolve("gone.txt"));
    Path folderLink = Files.createSymbolicLink(in.resolve("c-folder"), dir.resolve("elsewhere"));

    Corpus corpus = INPUTS.read(List.of(in));

    assertThat(corpus.articles()).extracting(Article::id).containsExactly("a-link");
    assertThat(corpus.rejections())
        .extracting(Rejection::message)
        .containsExactly(
            broken
                + ": is not a regular file (a broken link, a pipe or a device). Remove it, or put the"
                + " article file itself in its place.");
    assertThat(corpus.passed()).isEqualTo(Map.of("link to a folder, not followed", 1L));
    assertThat(folderLink).isDirectory();
    assertAccountedFor(corpus, 3);
  }

  @Test
  void read_mixedFolder_accountsForEveryFile() throws IOException {
    write("good.txt", "Headline\n\nBody.");
    write("empty.txt", "");
    write("binary.txt", new byte[] {'a', 0, 'b'});
    write("latin1.txt", new byte[] {'C', 'a', 'f', (byte) 0xE9});
    write(".hidden.txt", "Headline\n\nBody.");
    write("copy/good.txt", "Another\n\nBody.");

    Corpus corpus = INPUTS.read(List.of(dir));

    assertThat(corpus.articles()).extracting(Article::id).containsExactly("good");
    assertThat(corpus.rejections()).hasSize(4);
    assertAccountedFor(corpus, 6);
  }
}
