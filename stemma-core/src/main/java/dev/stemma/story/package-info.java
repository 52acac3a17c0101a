/**
 * Stage 10, stories and families: clusters of articles about one event, copy families within them, their likely origin and lineage tree.
 */
@NullMarked
package dev.stemma.story;

import org.jspecify.annotations.NullMarked;
