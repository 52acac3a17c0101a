package dev.stemma.eval.task;

/**
 * What one {@code stemma eval} task measured: Stemma's figures and the baselines', ready to be
 * printed as a table ({@link TextReport}) or as one JSON object ({@link JsonReport}).
 */
public sealed interface EvalResult
    permits ParaphraseTask.Result,
        ParaphraseFit.Result,
        StsTask.Result,
        ClustersTask.Result,
        RelationsTask.Result,
        SeedsTask.Result {

  /** The task's name on the command line: {@code paraphrase}, {@code sts}, ... */
  String task();

  /** Whether a check the task makes failed (only {@code seeds} makes checks): exit code 1. */
  default boolean failed() {
    return false;
  }
}
