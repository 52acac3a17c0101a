/**
 * JMH benchmarks of Stemma's stages and of reading crawl archives. Run by hand, never by the
 * build: {@code stemma-bench/run.sh} (see docs/benchmarks.md). Each class says what it measures
 * and why; the shared setup ({@link dev.stemma.benchmarks.ExampleCorpus}, {@link
 * dev.stemma.benchmarks.SyntheticStories}) builds the inputs before any timing starts.
 */
@NullMarked
package dev.stemma.benchmarks;

import org.jspecify.annotations.NullMarked;
