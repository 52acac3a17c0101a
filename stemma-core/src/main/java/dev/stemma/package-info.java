/**
 * Stemma: finds exact copies, near-duplicates, rewrites and independent reports of the same story
 * among news articles. {@link dev.stemma.Stemma} is the entry point; the sub-packages are the
 * pipeline's stages, in order: ingest, clean, text, exact, minhash, prepare, candidate, embed,
 * align, relate, story, report.
 */
@NullMarked
package dev.stemma;

import org.jspecify.annotations.NullMarked;
