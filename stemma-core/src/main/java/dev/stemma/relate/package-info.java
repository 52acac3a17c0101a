/**
 * Stage 9, relations: the verdict on a pair (exact, near-duplicate, rewrite, same story) with its scores and evidence.
 */
@NullMarked
package dev.stemma.relate;

import org.jspecify.annotations.NullMarked;
