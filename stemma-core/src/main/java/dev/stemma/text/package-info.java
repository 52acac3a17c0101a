/**
 * Stage 3, text: sentences, word tokens and the anchor tokens (names, numbers, dates, quoted and rare words) that rewriters rarely change.
 */
@NullMarked
package dev.stemma.text;

import org.jspecify.annotations.NullMarked;
