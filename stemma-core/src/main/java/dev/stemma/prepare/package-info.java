/**
 * Stage 6, prepare: one article's cleaned text, sentences and fingerprints (exact hash, shingle
 * and anchor MinHash signatures, sentence profiles) computed once, so that every pair-level stage
 * after it only compares.
 */
@NullMarked
package dev.stemma.prepare;

import org.jspecify.annotations.NullMarked;
