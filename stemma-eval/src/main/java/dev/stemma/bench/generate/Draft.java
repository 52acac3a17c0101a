package dev.stemma.bench.generate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's story text before a site prints it: headline and paragraphs of sentences. Copies are
 * made from drafts, so an exact copy has the same draft printed by another site.
 *
 * @param title the headline
 * @param paragraphs non-empty paragraphs of sentences
 */
record Draft(String title, List<List<Sentence>> paragraphs) {

  Draft {
    requireNonNull(title, "title");
    List<List<Sentence>> copy = new ArrayList<>(paragraphs.size());
    for (List<Sentence> paragraph : paragraphs) {
      if (paragraph.isEmpty()) {
        throw new IllegalArgumentException("A paragraph has at least one sentence");
      }
      copy.add(List.copyOf(paragraph));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("A draft has at least one paragraph");
    }
    paragraphs = List.copyOf(copy);
  }

  /** Paragraphs joined by blank lines, sentences by spaces. */
  String body() {
    StringBuilder body = new StringBuilder();
    for (List<Sentence> paragraph : paragraphs) {
      if (!body.isEmpty()) {
        body.append("\n\n");
      }
      for (int i = 0; i < paragraph.size(); i++) {
        body.append(i > 0 ? " " : "").append(paragraph.get(i).text());
      }
    }
    return body.toString();
  }

  int sentenceCount() {
    return paragraphs.stream().mapToInt(List::size).sum();
  }

  /** Mutable copies of the paragraphs, for edits. */
  List<List<Sentence>> editableParagraphs() {
    List<List<Sentence>> copy = new ArrayList<>();
    for (List<Sentence> paragraph : paragraphs) {
      copy.add(new ArrayList<>(paragraph));
    }
    return copy;
  }
}
