package dev.stemma.eval.data;

/** The labelled formats {@link Datasets} reads; {@code docs/eval-formats.md} describes each. */
public enum DatasetFormat {
  /**
   * Microsoft Research Paraphrase Corpus: a UTF-8 TSV with the header {@code Quality #1 ID ...}.
   */
  MRPC,
  /**
   * PAN paraphrase: {@code NAME_s1.txt}, {@code NAME_s2.txt}, {@code NAME.labels}, one pair a line.
   */
  PAN,
  /** Semantic textual similarity: {@code score<TAB>sentence1<TAB>sentence2}. */
  STS,
  /** WikiRef220: a folder of windows-1252 {@code .txt} articles and a {@code labels.tsv}. */
  WIKIREF,
  /** JSON Lines of articles, each with a {@code cluster} field. */
  CLUSTERS_JSONL,
  /** JSON Lines of article pairs with a {@code relation} or a {@code score}. */
  RELATIONS_JSONL,
  /** JSON Lines of articles in Stemma's input format, no labels. */
  ARTICLES_JSONL,
  /**
   * A folder written by {@code stemma bench generate}: {@code articles.jsonl} and {@code gold/}.
   */
  BENCH_CORPUS
}
