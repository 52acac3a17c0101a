package dev.stemma;

/**
 * Hears how a long run is going: the stages as they start, and work done within each. The
 * command line draws it on the terminal; a server or a Spark job may log it or ignore it.
 * Calls come from the thread running the analysis, and from worker threads for {@link #advance}.
 */
public interface Progress {

  Progress NONE = new Progress() {};

  /** A stage starts, with the amount of work it will do (0 when unknown). */
  default void start(String stage, long total) {}

  /** Some of the current stage's work is done. */
  default void advance(long done) {}

  /** The current stage is over; {@code summary} says what it did in a few words. */
  default void finish(String summary) {}
}
