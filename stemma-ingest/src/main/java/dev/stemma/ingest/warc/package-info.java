/**
 * WARC crawl archives ({@code .warc}, {@code .warc.gz}, the format of Common Crawl's CC-NEWS): the
 * reader that turns their HTML responses into articles, and a generator of synthetic archives for
 * tests and benchmarks.
 */
@NullMarked
package dev.stemma.ingest.warc;

import org.jspecify.annotations.NullMarked;
