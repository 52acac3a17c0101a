/**
 * Stage 8, alignment: order-aware (monotone) alignment of two articles' sentences by lexical and embedding similarity.
 */
@NullMarked
package dev.stemma.align;

import org.jspecify.annotations.NullMarked;
