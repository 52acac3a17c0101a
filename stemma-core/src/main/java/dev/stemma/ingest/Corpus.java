package dev.stemma.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * Everything read from a run's inputs: the articles, and an account of every input that did not
 * become one, so that nothing is lost silently.
 *
 * @param articles the articles, in input order, ids unique
 * @param rejections inputs that could not be read as articles, with reason and fix
 * @param passed inputs passed over on purpose (WARC request records, images), counted by reason
 * @param warnings problems that did not stop an article from being read, by article id
 */
public record Corpus(
    List<Article> articles,
    List<Rejection> rejections,
    Map<String, Long> passed,
    Map<String, List<String>> warnings) {

  public Corpus {
    articles = List.copyOf(requireNonNull(articles, "articles"));
    rejections = List.copyOf(requireNonNull(rejections, "rejections"));
    passed = Map.copyOf(requireNonNull(passed, "passed"));
    warnings = Map.copyOf(requireNonNull(warnings, "warnings"));
  }

  public static Corpus of(List<Article> articles) {
    return new Corpus(articles, List.of(), Map.of(), Map.of());
  }
}
