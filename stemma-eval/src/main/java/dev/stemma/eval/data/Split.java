package dev.stemma.eval.data;

import java.util.Locale;

/**
 * Which part of a labelled dataset a file is, read from its name: thresholds are chosen on {@link
 * #TRAIN} only, and a {@link #TEST} file is scored with a threshold chosen elsewhere.
 */
public enum Split {
  TRAIN,
  DEV,
  TEST,
  /** The name says nothing; treat the file as training data (scored by cross-validation). */
  UNKNOWN;

  /** The split a file name suggests: it holds "train", "dev" or "test" as a word part. */
  public static Split fromName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.matches(".*(^|[^a-z])train([^a-z]|$).*")) {
      return TRAIN;
    }
    if (lower.matches(".*(^|[^a-z])(dev|validation|valid)([^a-z]|$).*")) {
      return DEV;
    }
    if (lower.matches(".*(^|[^a-z])test([^a-z]|$).*")) {
      return TEST;
    }
    return UNKNOWN;
  }
}
