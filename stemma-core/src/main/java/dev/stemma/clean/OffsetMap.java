package dev.stemma.clean;

import java.util.Arrays;

/**
 * Maps each character of a derived text (normalised, cleaned) back to the span of the original
 * text it came from, so that evidence found in the derived text can be shown in the original.
 *
 * <p>Stored as runs rather than one entry per character: most of a news text maps one to one, so a
 * typical article needs a few dozen runs instead of thousands of ints. A run is either linear
 * (character {@code k} of the run comes from original {@code [o + k, o + k + 1)}) or fixed (every
 * character of the run comes from the same original span, as when NFKC expands "½" to "1/2").
 * Lookups are a binary search over run starts.
 */
public final class OffsetMap {

  private final int length;
  private final int[] runStart; // first derived index of each run
  private final int[] origStart;
  private final int[] origEnd; // -1 for a linear run

  private OffsetMap(int length, int[] runStart, int[] origStart, int[] origEnd) {
    this.length = length;
    this.runStart = runStart;
    this.origStart = origStart;
    this.origEnd = origEnd;
  }

  /** The identity map of a text of the given length. */
  public static OffsetMap identity(int length) {
    return length == 0
        ? new OffsetMap(0, new int[0], new int[0], new int[0])
        : new OffsetMap(length, new int[] {0}, new int[] {0}, new int[] {-1});
  }

  /** The number of derived characters mapped. */
  public int length() {
    return length;
  }

  /** Where derived character {@code i} starts in the original. */
  public int start(int i) {
    int r = run(i);
    return origEnd[r] < 0 ? origStart[r] + (i - runStart[r]) : origStart[r];
  }

  /** Where derived character {@code i} ends in the original (exclusive). */
  public int end(int i) {
    int r = run(i);
    return origEnd[r] < 0 ? origStart[r] + (i - runStart[r]) + 1 : origEnd[r];
  }

  /** The original span {@code [start, end)} of the derived span {@code [from, to)}; empty stays empty. */
  public int[] toOriginal(int from, int to) {
    if (from < 0 || to > length || from > to) {
      throw new IndexOutOfBoundsException(
          "span [" + from + ", " + to + ") is outside the mapped text of length " + length);
    }
    if (from == to) {
      int at = from < length ? start(from) : (length == 0 ? 0 : end(length - 1));
      return new int[] {at, at};
    }
    return new int[] {start(from), Math.max(start(from), end(to - 1))};
  }

  /** The number of runs, a measure of how far the derived text strays from the original. */
  public int runs() {
    return runStart.length;
  }

  private int run(int i) {
    if (i < 0 || i >= length) {
      throw new IndexOutOfBoundsException("index " + i + " outside the mapped text of length " + length);
    }
    int r = Arrays.binarySearch(runStart, i);
    return r >= 0 ? r : -r - 2;
  }

  /** Builds a map one derived character at a time, merging characters into runs. */
  public static final class Builder {
    private int length;
    private int runs;
    private int[] runStart = new int[8];
    private int[] origStart = new int[8];
    private int[] origEnd = new int[8];
    private int lastLinearNext = -1; // original offset that would extend the last linear run

    /** Appends a derived character that came from original {@code [start, end)}. */
    public Builder add(int start, int end) {
      if (end < start) {
        throw new IllegalArgumentException("original span end " + end + " is before its start " + start);
      }
      boolean last = runs > 0;
      if (last && origEnd[runs - 1] < 0 && end == start + 1 && start == lastLinearNext) {
        lastLinearNext++;
      } else if (last && origEnd[runs - 1] >= 0 && origStart[runs - 1] == start && origEnd[runs - 1] == end) {
        // same fixed span: the run grows by one character
      } else {
        newRun(start, end == start + 1 ? -1 : end);
        lastLinearNext = end == start + 1 ? end : -1;
      }
      length++;
      return this;
    }

    /** Appends derived characters {@code [from, to)} of another map, in order. */
    public Builder addAll(OffsetMap map, int from, int to) {
      for (int i = from; i < to; i++) {
        add(map.start(i), map.end(i));
      }
      return this;
    }

    public int length() {
      return length;
    }

    private void newRun(int start, int end) {
      if (runs == runStart.length) {
        runStart = Arrays.copyOf(runStart, runs * 2);
        origStart = Arrays.copyOf(origStart, runs * 2);
        origEnd = Arrays.copyOf(origEnd, runs * 2);
      }
      runStart[runs] = length;
      origStart[runs] = start;
      origEnd[runs] = end;
      runs++;
    }

    /** Removes the last derived character (a space that turned out to end a line). */
    public Builder removeLast() {
      if (length == 0) {
        throw new IllegalStateException("nothing to remove");
      }
      length--;
      if (runStart[runs - 1] == length) {
        runs--;
        lastLinearNext = runs > 0 && origEnd[runs - 1] < 0 ? origStart[runs - 1] + (length - runStart[runs - 1]) : -1;
      } else if (origEnd[runs - 1] < 0) {
        lastLinearNext--;
      }
      return this;
    }

    public OffsetMap build() {
      return new OffsetMap(
          length,
          Arrays.copyOf(runStart, runs),
          Arrays.copyOf(origStart, runs),
          Arrays.copyOf(origEnd, runs));
    }
  }
}
