package dev.stemma.eval.data;

import dev.stemma.ingest.Article;
import dev.stemma.ingest.ArticleMeta;
import dev.stemma.ingest.InputRef;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads WikiRef220 (Gialampoukidis, Vrochidis and Kompatsiaris 2016) and folders laid out like it:
 * a {@code labels.tsv} of {@code file<TAB>topic<TAB>cluster} lines (or {@code file<TAB>cluster};
 * the last field is the cluster, {@code noise} for an article of no cluster; a first line starting
 * {@code file<TAB>} is a header), and the named {@code .txt} files, found beside {@code labels.tsv}
 * or in one of its sub-folders. Each text is windows-1252 with CRLF line ends, as published: its
 * first line is the headline, the rest the body, the format of Stemma's folder input. The article
 * id is the file name without {@code .txt}; the text is kept as decoded, line ends included.
 */
final class WikiRefReader {

  static final String LABELS = "labels.tsv";
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String NOISE = "noise";

  private WikiRefReader() {}

  /** Reads from the folder holding {@code labels.tsv}, or from {@code labels.tsv} itself. */
  static ClusterDataset read(Path path) throws IOException {
    Path labels = Files.isDirectory(path) ? path.resolve(LABELS) : path;
    if (!Files.isRegularFile(labels)) {
      throw new DatasetFormatException(
          path,
          0,
          "expected a WikiRef220-style folder holding "
              + LABELS
              + " (file<TAB>topic<TAB>cluster or noise) and its .txt articles, found no "
              + LABELS);
    }
    Path folder = labels.getParent() == null ? Path.of("") : labels.getParent();
    Map<String, Path> texts = textFiles(folder);
    List<LabelledArticle> articles = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    try (LineReader reader = LineReader.utf8(labels)) {
      for (String line = reader.next(); line != null; line = reader.next()) {
        long number = reader.lineNumber();
        if (line.isBlank()) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (number == 1 && fields[0].strip().equalsIgnoreCase("file")) {
          continue;
        }
        if (fields.length < 2 || fields.length > 3) {
          throw new DatasetFormatException(
              labels,
              number,
              "expected file<TAB>topic<TAB>cluster (or file<TAB>cluster; cluster \"noise\" for"
                  + " none), got "
                  + fields.length
                  + " field"
                  + (fields.length == 1 ? "" : "s")
                  + ": "
                  + DatasetFormatException.quote(line));
        }
        String name = fields[0].strip();
        String cluster = fields[fields.length - 1].strip();
        if (name.isEmpty() || cluster.isEmpty()) {
          throw DatasetFormatException.expected(
              labels, number, "a file name and a cluster label (\"noise\" for none)", line);
        }
        Long first = seen.putIfAbsent(name, number);
        if (first != null) {
          throw new DatasetFormatException(
              labels, number, "file \"" + name + "\" is labelled twice, first on line " + first);
        }
        Path text = texts.get(name);
        if (text == null) {
          throw new DatasetFormatException(
              labels,
              number,
              "names \"" + name + "\", which is not in " + folder + " or its sub-folders");
        }
        @Nullable String label = cluster.toLowerCase(Locale.ROOT).equals(NOISE) ? null : cluster;
        articles.add(new LabelledArticle(article(text), label));
      }
    }
    if (articles.isEmpty()) {
      throw new DatasetFormatException(labels, 0, "expected labelled articles, found none");
    }
    return new ClusterDataset(path, DatasetFormat.WIKIREF, articles);
  }

  private static Article article(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text =
        WINDOWS_1252
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    String name = file.getFileName().toString();
    String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    if (text.isBlank()) {
      throw new DatasetFormatException(
          file, 0, "expected a headline and a body, got an empty file");
    }
    return new Article(id, text, null, ArticleMeta.NONE, InputRef.of(file.toString()));
  }

  /** File name to path for the files beside labels.tsv and one level down; the nearer wins. */
  private static Map<String, Path> textFiles(Path folder) throws IOException {
    Map<String, Path> files = new HashMap<>();
    List<Path> subfolders = new ArrayList<>();
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path entry : entries.sorted().toList()) {
        if (Files.isDirectory(entry)) {
          subfolders.add(entry);
        } else if (!entry.getFileName().toString().equals(LABELS)) {
          files.put(entry.getFileName().toString(), entry);
        }
      }
    }
    for (Path subfolder : subfolders) {
      try (Stream<Path> entries = Files.list(subfolder)) {
        for (Path entry : entries.sorted().toList()) {
          if (Files.isRegularFile(entry)) {
            files.putIfAbsent(entry.getFileName().toString(), entry);
          }
        }
      }
    }
    return files;
  }
}
