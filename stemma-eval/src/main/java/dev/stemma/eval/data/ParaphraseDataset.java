package dev.stemma.eval.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * A file (or PAN set of three files) of sentence pairs with 0/1 paraphrase labels.
 *
 * @param name the file name without extension (MRPC) or the set's prefix (PAN: {@code pan-train})
 * @param source the file read (for PAN, its {@code _s1.txt} file)
 * @param format {@link DatasetFormat#MRPC} or {@link DatasetFormat#PAN}
 * @param split the split its name says
 * @param pairs the pairs in file order
 */
public record ParaphraseDataset(
    String name, Path source, DatasetFormat format, Split split, List<ParaphrasePair> pairs) {

  public ParaphraseDataset {
    requireNonNull(name, "name");
    requireNonNull(source, "source");
    requireNonNull(format, "format");
    requireNonNull(split, "split");
    pairs = List.copyOf(pairs);
    if (format != DatasetFormat.MRPC && format != DatasetFormat.PAN) {
      throw new IllegalArgumentException(
          "A paraphrase dataset is MRPC or PAN, got " + format + " for " + source);
    }
  }

  /** How many pairs are labelled paraphrase. */
  public int positives() {
    return (int) pairs.stream().filter(ParaphrasePair::paraphrase).count();
  }

  /** The gold labels in pair order. */
  public boolean[] labels() {
    boolean[] labels = new boolean[pairs.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = pairs.get(i).paraphrase();
    }
    return labels;
  }
}
