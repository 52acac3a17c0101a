/**
 * Stemma's side of each evaluation task: the same decisions the pipeline makes, run on labelled
 * data and scored beside the baselines of {@link dev.stemma.eval.baseline}. One class per task
 * ({@link dev.stemma.eval.task.ParaphraseTask}, {@link dev.stemma.eval.task.StsTask}, {@link
 * dev.stemma.eval.task.ClustersTask}, {@link dev.stemma.eval.task.RelationsTask}, {@link
 * dev.stemma.eval.task.SeedsTask}), each returning an {@link dev.stemma.eval.task.EvalResult} that
 * {@link dev.stemma.eval.task.TextReport} draws as a table and {@link
 * dev.stemma.eval.task.JsonReport} writes as one JSON object; the command line only parses options
 * and prints.
 */
@NullMarked
package dev.stemma.eval.task;

import org.jspecify.annotations.NullMarked;
