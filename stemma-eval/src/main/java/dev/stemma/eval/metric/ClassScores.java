package dev.stemma.eval.metric;

import static java.util.Objects.requireNonNull;

/**
 * One class's figures in a multi-class confusion matrix (one class against the rest).
 *
 * @param label the class
 * @param precision of the items predicted as this class, the share that are
 * @param recall of the items that are this class, the share predicted so
 * @param f1 the harmonic mean of precision and recall
 * @param support how many items are this class in the gold
 */
public record ClassScores<L>(L label, double precision, double recall, double f1, long support) {

  public ClassScores {
    requireNonNull(label, "label");
    if (support < 0) {
      throw new IllegalArgumentException("support must be >= 0, got " + support);
    }
  }
}
