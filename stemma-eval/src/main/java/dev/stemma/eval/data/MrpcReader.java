package dev.stemma.eval.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Microsoft Research Paraphrase Corpus format: UTF-8 (a byte order mark allowed), the
 * header {@code Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2 String}, then one pair a line.
 *
 * <p>Fields are split on tabs only: the sentences hold commas and quotes, and the published file is
 * not valid CSV (a quote may open a field without closing it). Blank lines are skipped.
 */
final class MrpcReader {

  static final String HEADER = "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String";
  static final String EXPECTED_HEADER = "the MRPC header " + DatasetFormatException.quote(HEADER);

  private MrpcReader() {}

  /** Whether a first line (byte order mark already removed) is the MRPC header. */
  static boolean isHeader(String firstLine) {
    return firstLine.equals(HEADER);
  }

  static ParaphraseDataset read(Path file) throws IOException {
    List<ParaphrasePair> pairs = new ArrayList<>();
    try (LineReader reader = LineReader.utf8(file)) {
      String header = reader.next();
      if (header == null) {
        throw new DatasetFormatException(
            file, 1, "expected " + EXPECTED_HEADER + ", got an empty file");
      }
      if (!isHeader(header)) {
        throw DatasetFormatException.expected(file, 1, EXPECTED_HEADER, header);
      }
      for (String line = reader.next(); line != null; line = reader.next()) {
        if (line.isBlank()) {
          continue;
        }
        long number = reader.lineNumber();
        String[] fields = line.split("\t", -1);
        if (fields.length != 5) {
          throw new DatasetFormatException(
              file,
              number,
              "expected 5 tab-separated fields (Quality, #1 ID, #2 ID, #1 String, #2 String), got "
                  + fields.length
                  + ": "
                  + DatasetFormatException.quote(line));
        }
        boolean paraphrase =
            switch (fields[0].strip()) {
              case "1" -> true;
              case "0" -> false;
              default ->
                  throw DatasetFormatException.expected(
                      file, number, "the Quality 0 or 1 in the first field", fields[0]);
            };
        for (int i = 3; i < 5; i++) {
          if (fields[i].isBlank()) {
            throw new DatasetFormatException(
                file,
                number,
                "expected a sentence in field "
                    + (i + 1)
                    + " (#"
                    + (i - 2)
                    + " String), got an empty field");
          }
        }
        String id = fields[1].strip() + "-" + fields[2].strip();
        pairs.add(new ParaphrasePair(id, fields[3].strip(), fields[4].strip(), paraphrase));
      }
    }
    String name = baseName(file);
    return new ParaphraseDataset(name, file, DatasetFormat.MRPC, Split.fromName(name), pairs);
  }

  static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
