package dev.stemma.eval.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads graded sentence pairs: UTF-8, one pair a line, {@code score<TAB>sentence1<TAB>sentence2}
 * (the SemEval STS test files). An empty score means the pair was not scored: it is skipped and
 * counted. A first line whose score field is {@code score} is taken as a header. Blank lines are
 * skipped.
 */
final class StsReader {

  static final String EXPECTED_LINE = "score<TAB>sentence1<TAB>sentence2";

  private StsReader() {}

  /**
   * Whether a line looks like an STS line: three tab-separated fields, the first a number or empty.
   */
  static boolean looksLikeSts(String line) {
    String[] fields = line.split("\t", -1);
    return fields.length == 3 && (fields[0].isBlank() || parseScore(fields[0]) != null);
  }

  static StsDataset read(Path file) throws IOException {
    List<GradedPair> pairs = new ArrayList<>();
    int unscored = 0;
    String name = MrpcReader.baseName(file);
    try (LineReader reader = LineReader.utf8(file)) {
      for (String line = reader.next(); line != null; line = reader.next()) {
        long number = reader.lineNumber();
        if (line.isBlank()) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (number == 1 && fields[0].strip().equalsIgnoreCase("score")) {
          continue;
        }
        if (fields.length != 3) {
          throw new DatasetFormatException(
              file,
              number,
              "expected "
                  + EXPECTED_LINE
                  + " (3 tab-separated fields), got "
                  + fields.length
                  + ": "
                  + DatasetFormatException.quote(line));
        }
        if (fields[0].isBlank()) {
          unscored++;
          continue;
        }
        Double score = parseScore(fields[0]);
        if (score == null) {
          throw DatasetFormatException.expected(
              file, number, "a number or nothing as the score in the first field", fields[0]);
        }
        for (int i = 1; i < 3; i++) {
          if (fields[i].isBlank()) {
            throw new DatasetFormatException(
                file, number, "expected a sentence in field " + (i + 1) + ", got an empty field");
          }
        }
        pairs.add(new GradedPair(name + ":" + number, fields[1].strip(), fields[2].strip(), score));
      }
    }
    return new StsDataset(name, file, pairs, unscored);
  }

  private static @Nullable Double parseScore(String field) {
    String text = field.strip();
    if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
      return null;
    }
    double value = Double.parseDouble(text);
    return Double.isFinite(value) ? value : null;
  }
}
