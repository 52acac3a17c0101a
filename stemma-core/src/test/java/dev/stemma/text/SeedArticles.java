package dev.stemma.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The seed corpus in {@code ../shared/seeds/} beside the repository, read at test time and cleaned
 * just enough to meet the text stage's input contract.
 */
final class SeedArticles {

  private SeedArticles() {}

  /** The seeds folder, found from the working directory up to the repository root. */
  static Optional<Path> folder() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve(".mvn"))) {
        Path seeds = dir.resolve("../shared/seeds").normalize();
        return Files.isDirectory(seeds) ? Optional.of(seeds) : Optional.empty();
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /** The seed files in name order. */
  static List<Path> files(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list the seed folder " + folder, e);
    }
  }

  /** The cleaned body of the seed whose file name starts with {@code prefix} ("000"). */
  static String body(Path folder, String prefix) {
    for (Path p : files(folder)) {
      if (p.getFileName().toString().startsWith(prefix)) {
        return body(p);
      }
    }
    throw new IllegalArgumentException("No seed file starting with " + prefix + " in " + folder);
  }

  /** The cleaned body of one seed file. */
  static String body(Path file) {
    try {
      return clean(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the seed " + file, e);
    }
  }

  /**
   * A minimal stand-in for the cleaning stage: straight quotes, '-' for dashes, one space, and
   * soft-wrapped lines joined into paragraphs separated by a blank line.
   */
  static String clean(String raw) {
    String s =
        raw.replace('\u201C', '"')
            .replace('\u201D', '"')
            .replace('\u201E', '"')
            .replace('\u2018', '\'')
            .replace('\u2019', '\'')
            .replace('\u2013', '-')
            .replace('\u2014', '-')
            .replace('\u2010', '-')
            .replace('\u2212', '-')
            .replace('\u00A0', ' ')
            .replace("\r", "");
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : s.split("\n", -1)) {
      String l = line.strip().replaceAll(" {2,}", " ");
      if (l.isEmpty()) {
        if (!current.isEmpty()) {
          paragraphs.add(current.toString());
          current.setLength(0);
        }
      } else {
        if (!current.isEmpty()) {
          current.append(' ');
        }
        current.append(l);
      }
    }
    if (!current.isEmpty()) {
      paragraphs.add(current.toString());
    }
    return String.join("\n\n", paragraphs);
  }
}
