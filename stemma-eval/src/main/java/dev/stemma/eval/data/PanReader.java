package dev.stemma.eval.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads a PAN paraphrase set (Madnani, Tetreault and Chodorow 2012): three UTF-8 files {@code
 * NAME_s1.txt}, {@code NAME_s2.txt} and {@code NAME.labels}, where line i of each is one pair: the
 * source sentence, its candidate rewrite and the label 0 or 1. The set is named by its folder (when
 * it holds one set) or by any one of its three files.
 */
final class PanReader {

  private static final String S1 = "_s1.txt";
  private static final String S2 = "_s2.txt";
  private static final String LABELS = ".labels";

  private PanReader() {}

  /** The set's prefix if the file name is one of a PAN set's three names. */
  static Optional<String> prefixOf(Path file) {
    String name = file.getFileName().toString();
    for (String suffix : List.of(S1, S2, LABELS)) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        return Optional.of(name.substring(0, name.length() - suffix.length()));
      }
    }
    return Optional.empty();
  }

  /** The prefixes of the PAN sets in a folder (a set: its {@code _s1.txt} file), sorted. */
  static List<String> setsIn(Path folder) throws IOException {
    TreeSet<String> prefixes = new TreeSet<>();
    try (Stream<Path> files = Files.list(folder)) {
      files
          .filter(Files::isRegularFile)
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(S1) && n.length() > S1.length())
          .forEach(n -> prefixes.add(n.substring(0, n.length() - S1.length())));
    }
    return List.copyOf(prefixes);
  }

  /** Reads the set that {@code file} belongs to. */
  static ParaphraseDataset readSetOf(Path file) throws IOException {
    String prefix =
        prefixOf(file)
            .orElseThrow(
                () ->
                    new DatasetFormatException(
                        file,
                        0,
                        "expected one of a PAN set's files NAME"
                            + S1
                            + ", NAME"
                            + S2
                            + " or NAME"
                            + LABELS));
    Path folder = file.getParent() == null ? Path.of("") : file.getParent();
    return read(folder, prefix);
  }

  static ParaphraseDataset read(Path folder, String prefix) throws IOException {
    Path s1 = folder.resolve(prefix + S1);
    Path s2 = folder.resolve(prefix + S2);
    Path labels = folder.resolve(prefix + LABELS);
    for (Path part : List.of(s1, s2, labels)) {
      if (!Files.isRegularFile(part)) {
        throw new DatasetFormatException(
            part,
            0,
            "missing: a PAN set is three files, "
                + prefix
                + S1
                + ", "
                + prefix
                + S2
                + " and "
                + prefix
                + LABELS
                + ", line i of each one pair");
      }
    }
    List<String> firsts = lines(s1);
    List<String> seconds = lines(s2);
    List<String> marks = lines(labels);
    if (seconds.size() != firsts.size()) {
      throw lengthMismatch(s2, seconds.size(), s1, firsts.size());
    }
    if (marks.size() != firsts.size()) {
      throw lengthMismatch(labels, marks.size(), s1, firsts.size());
    }
    List<ParaphrasePair> pairs = new ArrayList<>(firsts.size());
    for (int i = 0; i < firsts.size(); i++) {
      long line = i + 1L;
      boolean paraphrase =
          switch (marks.get(i).strip()) {
            case "1" -> true;
            case "0" -> false;
            default ->
                throw DatasetFormatException.expected(
                    labels, line, "the label 0 or 1", marks.get(i));
          };
      String first = requireSentence(s1, line, firsts.get(i));
      String second = requireSentence(s2, line, seconds.get(i));
      pairs.add(new ParaphrasePair(prefix + ":" + line, first, second, paraphrase));
    }
    return new ParaphraseDataset(prefix, s1, DatasetFormat.PAN, Split.fromName(prefix), pairs);
  }

  private static String requireSentence(Path file, long line, String text) {
    if (text.isBlank()) {
      throw new DatasetFormatException(
          file, line, "expected a sentence (line i of each file is pair i), got an empty line");
    }
    return text.strip();
  }

  private static DatasetFormatException lengthMismatch(
      Path file, int lines, Path s1, int expected) {
    return new DatasetFormatException(
        file,
        0,
        "has "
            + lines
            + " lines but "
            + s1.getFileName()
            + " has "
            + expected
            + "; line i of each of the three files is pair i");
  }

  /** All lines; a final line end does not make an extra empty line. */
  private static List<String> lines(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    try (LineReader reader = LineReader.utf8(file)) {
      for (String line = reader.next(); line != null; line = reader.next()) {
        lines.add(line);
      }
    }
    return lines;
  }
}
