package dev.stemma.bench.generate;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link CorpusGenerator#generate} wrote; the same figures are in {@code gold/manifest.json}.
 *
 * @param out the corpus folder
 * @param articles articles written
 * @param stories stories
 * @param articlesByKind report, paraphrase_report, exact, near_duplicate, rewrite: articles of each
 *     kind
 * @param relations gold pairs of each relation (every copy pair and every same-story pair)
 * @param rewritesDowngraded rewrite copies made near-duplicates because the paraphrase pool was
 *     spent
 * @param maxParaphraseUse times the most used paraphrase pair was used
 * @param seconds wall time
 */
public record BenchSummary(
    Path out,
    int articles,
    int stories,
    Map<String, Integer> articlesByKind,
    Map<String, Long> relations,
    int rewritesDowngraded,
    int maxParaphraseUse,
    double seconds) {

  public BenchSummary {
    articlesByKind = Collections.unmodifiableMap(new LinkedHashMap<>(articlesByKind));
    relations = Collections.unmodifiableMap(new LinkedHashMap<>(relations));
  }

  /** What was written, in four lines for the terminal. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%,d articles, %,d stories in %.1f s -> %s%n  articles by kind: %s%n  gold relations: %s%n"
            + "  rewrites made near-duplicates (paraphrase pool spent): %d; most uses of one pair:"
            + " %d%n",
        articles,
        stories,
        seconds,
        out,
        articlesByKind,
        relations,
        rewritesDowngraded,
        maxParaphraseUse);
  }
}
