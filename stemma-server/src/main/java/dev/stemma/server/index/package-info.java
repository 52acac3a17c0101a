/**
 * The server's persistent index: the core's live index over Lucene, stable story ids, and views
 * of the last commit for concurrent readers.
 */
@NullMarked
package dev.stemma.server.index;

import org.jspecify.annotations.NullMarked;
