package dev.stemma.eval.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * One file of graded sentence pairs.
 *
 * @param name the file name without extension
 * @param source the file read
 * @param pairs the scored pairs in file order
 * @param unscored how many lines had an empty score and were skipped
 */
public record StsDataset(String name, Path source, List<GradedPair> pairs, int unscored) {

  public StsDataset {
    requireNonNull(name, "name");
    requireNonNull(source, "source");
    pairs = List.copyOf(pairs);
    if (unscored < 0) {
      throw new IllegalArgumentException("unscored must be >= 0, got " + unscored);
    }
  }

  /** The gold scores in pair order. */
  public double[] scores() {
    return pairs.stream().mapToDouble(GradedPair::score).toArray();
  }
}
