/**
 * Stage 1, ingest: reading articles from folders of text files and JSON Lines, behind the {@link dev.stemma.ingest.ArticleReader} interface that other modules implement for HTML and WARC.
 */
@NullMarked
package dev.stemma.ingest;

import org.jspecify.annotations.NullMarked;
