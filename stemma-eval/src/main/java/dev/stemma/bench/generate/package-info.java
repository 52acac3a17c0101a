/**
 * The benchmark corpus generator: stories told by independent articles, exact, near-duplicate and
 * rewritten copies, and unrelated articles, with the gold answer, deterministic for a seed. Entry
 * point: {@link dev.stemma.bench.generate.CorpusGenerator}.
 */
@NullMarked
package dev.stemma.bench.generate;

import org.jspecify.annotations.NullMarked;
