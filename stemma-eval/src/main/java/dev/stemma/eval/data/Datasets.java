package dev.stemma.eval.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads labelled datasets from where they lie; the one entry point of this package.
 *
 * <p>Every reader takes the path the user gave and reads it in place (research-licensed data is
 * never copied). A file in the wrong format throws {@link DatasetFormatException}, whose message
 * names the file, the line and the expected format; an unreadable file throws {@link IOException}.
 * The formats are described in {@code docs/eval-formats.md}.
 *
 * @since 0.1.0
 */
public final class Datasets {

  /** The file names of a corpus written by {@code stemma bench generate}. */
  public static final String BENCH_ARTICLES = "articles.jsonl";

  public static final String BENCH_RELATIONS = "gold/relations.jsonl";
  public static final String BENCH_STORIES = "gold/stories.jsonl";

  private static final int DETECT_LINES = 1000;

  private Datasets() {}

  /**
   * The format of a file or folder, judged by its content where names leave it open: an MRPC
   * header, three STS fields, the keys of the first JSON Lines records.
   */
  public static DatasetFormat detect(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      return detectFolder(path);
    }
    if (!Files.isRegularFile(path)) {
      throw new DatasetFormatException(path, 0, "no such file or folder");
    }
    if (path.getFileName().toString().equals(WikiRefReader.LABELS)) {
      return DatasetFormat.WIKIREF;
    }
    if (PanReader.prefixOf(path).isPresent()) {
      return DatasetFormat.PAN;
    }
    DatasetFormat format = detectFile(path);
    if (format == null) {
      String first = firstLine(path);
      throw DatasetFormatException.expected(
          path,
          1,
          "a labelled file: an MRPC TSV, a PAN set (NAME_s1.txt, NAME_s2.txt, NAME.labels), an STS"
              + " TSV, or JSON Lines of articles with \"cluster\" or of pairs with \"relation\"",
          first == null ? "" : first);
    }
    return format;
  }

  /**
   * One set of paraphrase pairs: an MRPC file, one of a PAN set's three files, or a folder holding
   * exactly one such set. A file that is not PAN-named is read as MRPC and must start with the MRPC
   * header.
   */
  public static ParaphraseDataset paraphrase(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      List<ParaphraseDataset> sets = paraphraseSets(path);
      if (sets.size() != 1) {
        throw new DatasetFormatException(
            path,
            0,
            sets.isEmpty()
                ? "expected an MRPC file (header "
                    + DatasetFormatException.quote(MrpcReader.HEADER)
                    + ") or a PAN set (NAME_s1.txt, NAME_s2.txt, NAME.labels), found none"
                : "holds "
                    + sets.size()
                    + " paraphrase sets ("
                    + names(sets)
                    + "); give one of their files");
      }
      return sets.getFirst();
    }
    if (PanReader.prefixOf(path).isPresent()) {
      return PanReader.readSetOf(path);
    }
    return MrpcReader.read(path);
  }

  /**
   * Every paraphrase set in a folder, sorted by name: the files that start with the MRPC header and
   * the complete PAN sets. Use {@link ParaphraseDataset#split()} to tell training from test data.
   */
  public static List<ParaphraseDataset> paraphraseSets(Path folder) throws IOException {
    List<ParaphraseDataset> sets = new ArrayList<>();
    for (String prefix : PanReader.setsIn(folder)) {
      sets.add(PanReader.read(folder, prefix));
    }
    for (Path file : files(folder)) {
      if (PanReader.prefixOf(file).isEmpty() && MrpcReader.isHeader(orEmpty(firstLine(file)))) {
        sets.add(MrpcReader.read(file));
      }
    }
    sets.sort((x, y) -> x.name().compareTo(y.name()));
    return sets;
  }

  /** Graded pairs: one STS file, or every {@code .tsv} file of a folder (sorted by name). */
  public static List<StsDataset> sts(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(StsReader.read(path));
    }
    List<StsDataset> sets = new ArrayList<>();
    for (Path file : files(path)) {
      if (file.getFileName().toString().endsWith(".tsv")) {
        sets.add(StsReader.read(file));
      }
    }
    if (sets.isEmpty()) {
      throw new DatasetFormatException(
          path, 0, "expected .tsv files of " + StsReader.EXPECTED_LINE + " lines, found none");
    }
    return sets;
  }

  /**
   * Articles with gold clusters: a WikiRef220-style folder (or its {@code labels.tsv}), a JSON
   * Lines file with a {@code cluster} field, or a generated bench corpus (its stories; an article
   * alone in its story is noise).
   */
  public static ClusterDataset clusters(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      if (Files.isRegularFile(path.resolve(WikiRefReader.LABELS))) {
        return WikiRefReader.read(path);
      }
      if (Files.isRegularFile(path.resolve(BENCH_STORIES))) {
        return BenchGoldReader.stories(path);
      }
      return WikiRefReader.read(path);
    }
    if (path.getFileName().toString().equals(WikiRefReader.LABELS)) {
      return WikiRefReader.read(path);
    }
    return ClusterJsonlReader.read(path);
  }

  /**
   * Gold article relations in a JSON Lines file, and the articles they name (JSON Lines in Stemma's
   * format, or a folder of UTF-8 {@code .txt} files). Pairs not listed are unknown.
   */
  public static RelationsDataset relations(Path relations, Path articles) throws IOException {
    return RelationsReader.read(relations, articles, false);
  }

  /**
   * The gold relations of a corpus written by {@code stemma bench generate}: its gold lists every
   * copy pair and every same-story pair, so pairs not listed are unrelated.
   */
  public static RelationsDataset benchRelations(Path corpus) throws IOException {
    Path relations = corpus.resolve(BENCH_RELATIONS);
    if (!Files.isRegularFile(relations)) {
      throw new DatasetFormatException(
          corpus,
          0,
          "expected a corpus written by stemma bench generate, with "
              + BENCH_ARTICLES
              + " and "
              + BENCH_RELATIONS
              + ", found no "
              + BENCH_RELATIONS);
    }
    return RelationsReader.read(relations, corpus.resolve(BENCH_ARTICLES), true);
  }

  private static DatasetFormat detectFolder(Path folder) throws IOException {
    if (Files.isRegularFile(folder.resolve(WikiRefReader.LABELS))) {
      return DatasetFormat.WIKIREF;
    }
    if (Files.isRegularFile(folder.resolve(BENCH_ARTICLES))
        && Files.isRegularFile(folder.resolve(BENCH_RELATIONS))) {
      return DatasetFormat.BENCH_CORPUS;
    }
    if (!PanReader.setsIn(folder).isEmpty()) {
      return DatasetFormat.PAN;
    }
    for (Path file : files(folder)) {
      DatasetFormat format = detectFile(file);
      if (format == DatasetFormat.MRPC || format == DatasetFormat.STS) {
        return format;
      }
    }
    throw new DatasetFormatException(
        folder,
        0,
        "expected a folder of labelled data (MRPC files, a PAN set, STS .tsv files, a WikiRef220"
            + " folder with labels.tsv, or a bench corpus), found none of them");
  }

  private static @Nullable DatasetFormat detectFile(Path file) throws IOException {
    List<String> head = new ArrayList<>();
    try (LineReader reader = LineReader.utf8(file)) {
      for (String line = reader.next();
          line != null && head.size() < DETECT_LINES;
          line = reader.next()) {
        if (!line.isBlank()) {
          head.add(line);
        }
      }
    } catch (DatasetFormatException notUtf8) {
      return null;
    }
    if (head.isEmpty()) {
      return null;
    }
    String first = head.getFirst();
    if (MrpcReader.isHeader(first)) {
      return DatasetFormat.MRPC;
    }
    if (first.stripLeading().startsWith("{")) {
      return detectJson(head);
    }
    if (StsReader.looksLikeSts(first)
        || (first.split("\t", -1)[0].strip().equalsIgnoreCase("score")
            && head.size() > 1
            && StsReader.looksLikeSts(head.get(1)))) {
      return DatasetFormat.STS;
    }
    return null;
  }

  private static @Nullable DatasetFormat detectJson(List<String> head) {
    boolean cluster = false;
    for (String line : head) {
      JsonNode node;
      try {
        node = ArticleJson.MAPPER.readTree(line);
      } catch (IOException e) {
        return null;
      }
      if (node == null || !node.isObject()) {
        return null;
      }
      if (node.has("a") && node.has("b")) {
        return DatasetFormat.RELATIONS_JSONL;
      }
      cluster |= node.has("cluster");
    }
    return cluster ? DatasetFormat.CLUSTERS_JSONL : DatasetFormat.ARTICLES_JSONL;
  }

  private static @Nullable String firstLine(Path file) throws IOException {
    try (LineReader reader = LineReader.utf8(file)) {
      for (String line = reader.next(); line != null; line = reader.next()) {
        if (!line.isBlank()) {
          return line;
        }
      }
      return null;
    } catch (DatasetFormatException notUtf8) {
      return null;
    }
  }

  private static String orEmpty(@Nullable String text) {
    return text == null ? "" : text;
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(Files::isRegularFile).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String names(List<ParaphraseDataset> sets) {
    return String.join(", ", sets.stream().map(ParaphraseDataset::name).toList());
  }
}
