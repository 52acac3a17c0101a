package dev.stemma.eval.metric;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of gold class against predicted class for a multi-class decision, with per-class
 * precision, recall and F1 (zero where a division would be by zero, as {@link BinaryCounts}).
 *
 * @param <L> the class type
 */
public final class ConfusionMatrix<L> {

  private final List<L> labels;
  private final Map<L, Integer> index;
  private final long[][] counts;

  private ConfusionMatrix(List<L> labels, long[][] counts) {
    this.labels = labels;
    this.counts = counts;
    this.index = indexOf(labels);
  }

  /**
   * Counts {@code predicted.get(i)} against {@code gold.get(i)}.
   *
   * @param labels every class, in the order rows and columns are shown
   */
  public static <L> ConfusionMatrix<L> of(List<L> labels, List<L> gold, List<L> predicted) {
    List<L> classes = List.copyOf(labels);
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "gold and predicted must have the same length, got "
              + gold.size()
              + " and "
              + predicted.size());
    }
    Map<L, Integer> index = indexOf(classes);
    long[][] counts = new long[classes.size()][classes.size()];
    for (int i = 0; i < gold.size(); i++) {
      counts[position(index, gold.get(i), "gold", i)][
          position(index, predicted.get(i), "predicted", i)]++;
    }
    return new ConfusionMatrix<>(classes, counts);
  }

  public List<L> labels() {
    return labels;
  }

  /** Items of gold class {@code gold} predicted as {@code predicted}. */
  public long count(L gold, L predicted) {
    return counts[position(index, gold, "gold", -1)][position(index, predicted, "predicted", -1)];
  }

  public long total() {
    long total = 0;
    for (long[] row : counts) {
      for (long count : row) {
        total += count;
      }
    }
    return total;
  }

  /** The share of items on the diagonal. */
  public double accuracy() {
    long diagonal = 0;
    for (int i = 0; i < counts.length; i++) {
      diagonal += counts[i][i];
    }
    return BinaryCounts.ratio(diagonal, total());
  }

  /** One class against the rest. */
  public ClassScores<L> scores(L label) {
    int c = position(index, label, "class", -1);
    long tp = counts[c][c];
    long predicted = 0;
    long support = 0;
    for (int i = 0; i < counts.length; i++) {
      predicted += counts[i][c];
      support += counts[c][i];
    }
    BinaryCounts binary = new BinaryCounts(tp, predicted - tp, 0, support - tp);
    return new ClassScores<>(label, binary.precision(), binary.recall(), binary.f1(), support);
  }

  /** {@link #scores} of every class, in label order. */
  public List<ClassScores<L>> perClass() {
    List<ClassScores<L>> scores = new ArrayList<>(labels.size());
    for (L label : labels) {
      scores.add(scores(label));
    }
    return scores;
  }

  /** The unweighted mean of the per-class F1 over the classes with gold support. */
  public double macroF1() {
    double sum = 0;
    int classes = 0;
    for (ClassScores<L> scores : perClass()) {
      if (scores.support() > 0) {
        sum += scores.f1();
        classes++;
      }
    }
    return classes == 0 ? 0.0 : sum / classes;
  }

  private static <L> Map<L, Integer> indexOf(List<L> labels) {
    Map<L, Integer> index = new LinkedHashMap<>();
    for (L label : labels) {
      requireNonNull(label, "label");
      if (index.put(label, index.size()) != null) {
        throw new IllegalArgumentException("Class " + label + " is listed twice in " + labels);
      }
    }
    return index;
  }

  private static <L> int position(Map<L, Integer> index, L label, String role, int item) {
    Integer position = index.get(label);
    if (position == null) {
      throw new IllegalArgumentException(
          (item >= 0 ? "Item " + item + ": " : "")
              + role
              + " class "
              + label
              + " is not among the classes "
              + index.keySet());
    }
    return position;
  }
}
