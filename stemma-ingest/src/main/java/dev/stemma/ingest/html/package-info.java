/**
 * HTML pages: decoding their bytes, finding the article in them (text, headline, metadata) and the
 * reader for {@code .html} files.
 *
 * <p>{@link dev.stemma.ingest.html.ReadabilityHtmlExtractor} is the {@link
 * dev.stemma.ingest.HtmlExtractor} the core finds through {@link java.util.ServiceLoader}; {@link
 * dev.stemma.ingest.html.HtmlPageReader} turns one page's bytes into an article or a rejection, for
 * every reader of pages (files here, WARC records in {@code dev.stemma.ingest.warc}).
 */
@NullMarked
package dev.stemma.ingest.html;

import org.jspecify.annotations.NullMarked;
