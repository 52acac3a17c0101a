package dev.stemma.bench.generate;

/**
 * The shape of a generated corpus. {@link #DEFAULTS} is what {@code stemma bench generate} uses;
 * the expected shares it gives are in {@code docs/bench-corpus.md}.
 *
 * @param singleReportShare share of stories told by one report only (with its copies, if any)
 * @param maxReports most independent reports of one story
 * @param copyRate share of reports that are copied
 * @param exactShare of the copies, the share that are exact (other chrome, same story text)
 * @param nearDuplicateShare of the copies, the share that are near-duplicates
 * @param rewriteShare of the copies, the share that are rewrites (at most one a report)
 * @param chainShare share of exact and near-duplicate copies taken from an earlier copy, not the
 *     origin
 * @param relatedStoryShare share of stories that reuse a person or organisation of an earlier,
 *     different story: unrelated by the gold, but sharing anchors (hard negatives)
 * @param maxParaphraseUses times any one human paraphrase pair may be used
 * @param window articles shuffled together before writing, so that a story's members are not
 *     adjacent in the file; also bounds the memory held
 */
public record BenchConfig(
    double singleReportShare,
    int maxReports,
    double copyRate,
    double exactShare,
    double nearDuplicateShare,
    double rewriteShare,
    double chainShare,
    double relatedStoryShare,
    int maxParaphraseUses,
    int window) {

  public static final BenchConfig DEFAULTS =
      new BenchConfig(0.35, 8, 0.3, 0.3, 0.4, 0.3, 0.2, 0.15, 5, 2000);

  public BenchConfig {
    for (double share :
        new double[] {
          singleReportShare,
          copyRate,
          exactShare,
          nearDuplicateShare,
          rewriteShare,
          chainShare,
          relatedStoryShare
        }) {
      if (!(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException("Shares must be between 0 and 1, got " + share);
      }
    }
    if (Math.abs(exactShare + nearDuplicateShare + rewriteShare - 1) > 1e-9) {
      throw new IllegalArgumentException(
          "exactShare + nearDuplicateShare + rewriteShare must be 1, got "
              + (exactShare + nearDuplicateShare + rewriteShare));
    }
    if (maxReports < 2) {
      throw new IllegalArgumentException("maxReports must be >= 2, got " + maxReports);
    }
    if (maxParaphraseUses < 1) {
      throw new IllegalArgumentException(
          "maxParaphraseUses must be >= 1, got " + maxParaphraseUses);
    }
    if (window < 1) {
      throw new IllegalArgumentException("window must be >= 1, got " + window);
    }
  }
}
