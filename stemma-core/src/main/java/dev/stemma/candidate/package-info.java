/**
 * Stage 6, rewrite and same-story candidates: pairs that MinHash misses, found through an index of anchor and content-word signatures.
 */
@NullMarked
package dev.stemma.candidate;

import org.jspecify.annotations.NullMarked;
