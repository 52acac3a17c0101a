package dev.stemma.eval.task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for the terminal: a header, rows, columns padded to their widest cell, text
 * columns left-aligned and the rest right-aligned.
 */
final class Table {

  private final String[] header;
  private final boolean[] left;
  private final List<String[]> rows = new ArrayList<>();

  /**
   * @param header the column names; a name starting with {@code <} is a left-aligned text column
   *     (the {@code <} is not shown)
   */
  Table(String... header) {
    this.header = new String[header.length];
    this.left = new boolean[header.length];
    for (int i = 0; i < header.length; i++) {
      left[i] = header[i].startsWith("<");
      this.header[i] = left[i] ? header[i].substring(1) : header[i];
    }
  }

  Table row(String... cells) {
    if (cells.length != header.length) {
      throw new IllegalArgumentException(
          "a row needs "
              + header.length
              + " cells, got "
              + cells.length
              + ": "
              + Arrays.toString(cells));
    }
    rows.add(cells);
    return this;
  }

  String render() {
    int[] width = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      width[i] = header[i].length();
      for (String[] row : rows) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, width);
    for (String[] row : rows) {
      line(out, row, width);
    }
    return out.toString();
  }

  private void line(StringBuilder out, String[] cells, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append("  ");
      }
      String pad = " ".repeat(width[i] - cells[i].length());
      line.append(left[i] ? cells[i] + pad : pad + cells[i]);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
