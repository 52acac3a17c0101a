package dev.stemma.embed;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The labelled sentence pairs of {@code shared/eval/}, read where they lie (their licences keep
 * them out of the repository): MRPC train, PAN paraphrase train and the STS news sets.
 */
final class EvalData {

  /** A sentence pair with its label: 0/1 for MRPC and PAN, a 0-5 score for STS. */
  record Pair(String first, String second, double label) {}

  private EvalData() {}

  /**
   * The {@code shared/eval} folder: {@code -Dstemma.eval.dir=...}, or the first {@code
   * shared/eval} found walking up from the working directory. Skips the calling test when neither.
   */
  static Path dir() {
    Optional<Path> found = find();
    assumeTrue(
        found.isPresent(),
        "shared/eval not found above " + Path.of("").toAbsolutePath()
            + "; set -Dstemma.eval.dir to run this test");
    return found.orElseThrow();
  }

  static Optional<Path> find() {
    String property = System.getProperty("stemma.eval.dir");
    if (property != null) {
      return Optional.of(Path.of(property)).filter(Files::isDirectory);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("eval");
      if (Files.isDirectory(candidate.resolve("mrpc"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** MRPC train: UTF-8 with a BOM, tab-separated, one header line; label 1 = paraphrase. */
  static List<Pair> mrpc(Path eval) {
    List<String> lines = read(eval.resolve("mrpc/msr_paraphrase_train.txt"));
    List<Pair> pairs = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5) {
        throw new IllegalStateException(
            "MRPC line has " + f.length + " fields, expected 5: " + line);
      }
      pairs.add(new Pair(f[3], f[4], Integer.parseInt(f[0].strip())));
    }
    return pairs;
  }

  /** PAN: line i of s1, s2 and labels is one pair; label 1 = a rewrite. */
  static List<Pair> pan(Path eval) {
    Path dir = eval.resolve("pan-paraphrase");
    List<String> s1 = read(dir.resolve("pan-train_s1.txt"));
    List<String> s2 = read(dir.resolve("pan-train_s2.txt"));
    List<String> labels = read(dir.resolve("pan-train.labels"));
    if (s1.size() != s2.size() || s1.size() != labels.size()) {
      throw new IllegalStateException(
          "PAN files differ in length: " + s1.size() + ", " + s2.size() + ", " + labels.size());
    }
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < s1.size(); i++) {
      pairs.add(new Pair(s1.get(i), s2.get(i), Integer.parseInt(labels.get(i).strip())));
    }
    return pairs;
  }

  /** One STS file: {@code score<TAB>s1<TAB>s2}; pairs with an empty score are skipped. */
  static List<Pair> sts(Path file) {
    List<Pair> pairs = new ArrayList<>();
    for (String line : read(file)) {
      String[] f = line.split("\t", -1);
      if (f.length < 3 || f[0].isBlank()) {
        continue;
      }
      pairs.add(new Pair(f[1], f[2], Double.parseDouble(f[0].strip())));
    }
    return pairs;
  }

  static List<Path> stsFiles(Path eval) {
    try (var files = Files.list(eval.resolve("sts-headlines"))) {
      return files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> read(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return text.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }
}
