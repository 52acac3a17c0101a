package dev.stemma.eval.data;

import static java.util.Objects.requireNonNull;

/**
 * Two sentences and whether a person judged the second a paraphrase (rewrite) of the first.
 *
 * @param id unique within its dataset: the two MRPC sentence ids ({@code 702876-702977}), or the
 *     PAN set name and line ({@code pan-train:17})
 * @param first the first sentence (MRPC {@code #1 String}; PAN source sentence)
 * @param second the second sentence (MRPC {@code #2 String}; PAN rewritten sentence)
 * @param paraphrase the gold label: true for 1, false for 0
 */
public record ParaphrasePair(String id, String first, String second, boolean paraphrase) {

  public ParaphrasePair {
    requireNonNull(id, "id");
    requireNonNull(first, "first");
    requireNonNull(second, "second");
  }
}
