/**
 * Stage 2, clean: Unicode normalisation with a map back to original offsets, and removal of site chrome (calls to action, author boxes, adverts, photo credits, cross-links, lines repeated across the corpus).
 */
@NullMarked
package dev.stemma.clean;

import org.jspecify.annotations.NullMarked;
