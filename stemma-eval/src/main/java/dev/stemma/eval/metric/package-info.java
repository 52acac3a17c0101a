/**
 * Metrics as pure functions: binary and multi-class classification, correlation, clustering
 * agreement, and the choice of a decision threshold by stratified cross-validation so that no file
 * chooses its own threshold.
 */
@NullMarked
package dev.stemma.eval.metric;

import org.jspecify.annotations.NullMarked;
