/**
 * {@code stemma bench run}: Stemma's cost, stage by stage, and its figures against the gold of a
 * generated corpus, beside the MinHash deduplication that crawl pipelines run, in one process.
 */
@NullMarked
package dev.stemma.bench.run;

import org.jspecify.annotations.NullMarked;
