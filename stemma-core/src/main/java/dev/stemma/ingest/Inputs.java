package dev.stemma.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the inputs of a run (files and folders, read recursively) into a {@link Corpus}.
 *
 * <p>Each file goes to the first {@link ArticleReader} that accepts it, asked in order of
 * priority: readers are the built-in ones plus any found with {@link ServiceLoader}. Folders are
 * walked in sorted order and hidden files are passed over, so the same inputs always give the same
 * corpus; links to folders are passed over too (not followed, so a link cannot loop), and a broken
 * link is rejected. Ids must be unique: the first article read with an id keeps it and a later one is
 * rejected, naming where the first came from.
 */
public final class Inputs {

  /** The most bytes one article may have: 8 MiB, well above any news article, far below a heap. */
  public static final long DEFAULT_MAX_ARTICLE_BYTES = 8L << 20;

  private static final int HEAD_BYTES = 8192;

  private final List<ArticleReader> readers;

  private Inputs(List<ArticleReader> readers) {
    this.readers =
        readers.stream().sorted(Comparator.comparingInt(ArticleReader::priority).reversed()).toList();
  }

  /** The readers on the class path: the core's text and JSON Lines readers and any plug-ins. */
  public static Inputs installed() {
    List<ArticleReader> readers = new ArrayList<>();
    ServiceLoader.load(ArticleReader.class).forEach(readers::add);
    return new Inputs(readers);
  }

  public static Inputs of(List<ArticleReader> readers) {
    return new Inputs(readers);
  }

  /** The names of the readers, highest priority first, for help texts. */
  public List<String> readerNames() {
    return readers.stream().map(ArticleReader::name).toList();
  }

  /** Reads every input, passing what it finds to {@code listener} as well (for progress). */
  public Corpus read(List<Path> paths, ArticleSink listener) {
    Collector collector = new Collector(listener);
    for (Path path : paths) {
      if (!Files.exists(path)) {
        collector.reject(
            new Rejection(
                InputRef.of(path.toString()),
                null,
                "no such file or folder",
                "Check the path; inputs are files or folders of .txt, .jsonl and other articles."));
      } else if (Files.isDirectory(path)) {
        readFolder(path, collector);
      } else {
        readFile(path, collector);
      }
    }
    return collector.corpus();
  }

  public Corpus read(List<Path> paths) {
    return read(paths, new ArticleSink() {
      @Override
      public void accept(Article article) {}

      @Override
      public void reject(Rejection rejection) {}
    });
  }

  private void readFolder(Path folder, Collector collector) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      // everything but the folders walked into: a link that cannot be read must be reported too
      files = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    } catch (IOException e) {
      collector.reject(
          new Rejection(
              InputRef.of(folder.toString()),
              null,
              "the folder cannot be listed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
              "Check its permissions."));
      return;
    }
    for (Path file : files) {
      if (isHidden(folder, file)) {
        collector.pass(InputRef.of(file.toString()), "hidden file");
      } else if (Files.isRegularFile(file)) {
        readFile(file, collector);
      } else if (Files.isDirectory(file)) {
        collector.pass(InputRef.of(file.toString()), "link to a folder, not followed");
      } else {
        collector.reject(
            new Rejection(
                InputRef.of(file.toString()),
                null,
                "is not a regular file (a broken link, a pipe or a device)",
                "Remove it, or put the article file itself in its place."));
      }
    }
  }

  private static boolean isHidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private void readFile(Path file, Collector collector) {
    InputRef input = InputRef.of(file.toString());
    byte[] head;
    try {
      head = head(file);
    } catch (IOException e) {
      collector.reject(unreadable(input, e));
      return;
    }
    Optional<ArticleReader> reader = readers.stream().filter(r -> r.accepts(file, head)).findFirst();
    if (reader.isEmpty()) {
      collector.reject(
          new Rejection(
              input,
              null,
              "is not in a format Stemma reads (readers: " + String.join(", ", readerNames()) + ")",
              "Give text files (.txt), JSON Lines (.jsonl) or, with stemma-ingest, HTML and WARC."));
      return;
    }
    try {
      reader.get().read(file, collector);
    } catch (IOException | RuntimeException e) {
      collector.reject(unreadable(input, e));
    }
  }

  private static Rejection unreadable(InputRef input, Exception e) {
    String why =
        e instanceof AccessDeniedException
            ? "permission denied"
            : e instanceof NoSuchFileException ? "it disappeared while being read" : e.toString();
    return new Rejection(
        input, null, "cannot be read (" + why + ")", "Check that the file exists and is readable.");
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD_BYTES);
    }
  }

  /** Gathers what the readers report, enforcing unique ids. */
  private static final class Collector implements ArticleSink {
    private final ArticleSink listener;
    private final List<Article> articles = new ArrayList<>();
    private final Map<String, InputRef> firstSeen = new HashMap<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final Map<String, Long> passed = new TreeMap<>();
    private final Map<String, List<String>> warnings = new LinkedHashMap<>();
    private final Map<InputRef, List<String>> pendingWarnings = new HashMap<>();

    Collector(ArticleSink listener) {
      this.listener = listener;
    }

    @Override
    public void accept(Article article) {
      InputRef first = firstSeen.putIfAbsent(article.id(), article.input());
      if (first != null) {
        reject(
            new Rejection(
                article.input(),
                article.id(),
                "duplicate id '" + article.id() + "' (first read from " + first + ")",
                "Give each article a unique id; this one was skipped."));
        return;
      }
      articles.add(article);
      List<String> pending = pendingWarnings.remove(article.input());
      if (pending != null) {
        warnings.put(article.id(), pending);
      }
      listener.accept(article);
    }

    @Override
    public void reject(Rejection rejection) {
      pendingWarnings.remove(rejection.input());
      rejections.add(rejection);
      listener.reject(rejection);
    }

    @Override
    public void pass(InputRef input, String why) {
      passed.merge(why, 1L, Long::sum);
      listener.pass(input, why);
    }

    @Override
    public void warn(InputRef input, String message) {
      pendingWarnings.computeIfAbsent(input, k -> new ArrayList<>()).add(message);
      listener.warn(input, message);
    }

    @Override
    public void progress(InputRef input, long bytesRead, long bytesTotal) {
      listener.progress(input, bytesRead, bytesTotal);
    }

    Corpus corpus() {
      return new Corpus(articles, rejections, passed, warnings);
    }
  }
}
