package dev.stemma.eval.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.eval.metric.RelationAgreement;
import dev.stemma.ingest.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelationsSampleTest {

  static List<Article> articles(int n) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      articles.add(Article.of("a" + i, "text " + i));
    }
    return articles;
  }

  @Test
  void sampleUnlisted_fewPairsLeft_takesEveryUnlistedPair() {
    // 4 articles: 6 pairs, 2 listed => the 4 others, in order
    Set<String> listed =
        Set.of(RelationAgreement.key("a0", "a1"), RelationAgreement.key("a2", "a3"));
    List<String[]> sample = RelationsTask.sampleUnlisted(articles(4), listed, 10, 42);
    assertThat(sample)
        .extracting(p -> p[0] + "-" + p[1])
        .containsExactly("a0-a2", "a0-a3", "a1-a2", "a1-a3");
  }

  @Test
  void sampleUnlisted_manyPairs_drawsDistinctUnlistedPairsReproducibly() {
    Set<String> listed = Set.of(RelationAgreement.key("a0", "a1"));
    List<String[]> first = RelationsTask.sampleUnlisted(articles(200), listed, 50, 7);
    List<String[]> again = RelationsTask.sampleUnlisted(articles(200), listed, 50, 7);
    assertThat(first).hasSize(50);
    assertThat(first.stream().map(p -> RelationAgreement.key(p[0], p[1])).distinct()).hasSize(50);
    assertThat(first).noneMatch(p -> listed.contains(RelationAgreement.key(p[0], p[1])));
    assertThat(first)
        .extracting(p -> p[0] + p[1])
        .isEqualTo(again.stream().map(p -> p[0] + p[1]).toList());
  }
}
