/**
 * Labelled public datasets for measuring Stemma: paraphrase pairs (MRPC, PAN), graded pairs (STS),
 * articles with gold clusters (WikiRef220, JSON Lines) and article pairs with gold relations, read
 * from where they lie with errors that name the file, the line and the expected format. Entry
 * point: {@link dev.stemma.eval.data.Datasets}.
 */
@NullMarked
package dev.stemma.eval.data;

import org.jspecify.annotations.NullMarked;
