package dev.stemma;

import dev.stemma.relate.Relation;
import dev.stemma.story.Story;
import java.util.List;

/**
 * The result of analysing a corpus: every input's fate, the relations found, the stories.
 *
 * @param articles one result per input, analysed articles sorted by id, then skipped inputs in
 *     input order
 * @param relations the relations, sorted by (a, b)
 * @param stories the stories, largest first
 * @param stats counts and timings
 */
public record Analysis(List<ArticleResult> articles, List<Relation> relations, List<Story> stories, RunStats stats) {

  public Analysis {
    articles = List.copyOf(articles);
    relations = List.copyOf(relations);
    stories = List.copyOf(stories);
  }
}
