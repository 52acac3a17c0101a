package dev.stemma.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusTest {

  @Test
  void of_holdsOnlyArticles() {
    Corpus corpus = Corpus.of(List.of(Article.of("a", "Text.")));
    assertThat(corpus.articles()).extracting(Article::id).containsExactly("a");
    assertThat(corpus.rejections()).isEmpty();
    assertThat(corpus.passed()).isEmpty();
    assertThat(corpus.warnings()).isEmpty();
  }

  @Test
  void constructor_copiesItsCollectionsSoLaterChangesDoNotLeakIn() {
    List<Article> articles = new ArrayList<>(List.of(Article.of("a", "Text.")));
    Map<String, Long> passed = new HashMap<>(Map.of("hidden file", 1L));
    Corpus corpus = new Corpus(articles, List.of(), passed, Map.of());
    articles.add(Article.of("b", "More."));
    passed.put("image", 2L);
    assertThat(corpus.articles()).hasSize(1);
    assertThat(corpus.passed()).isEqualTo(Map.of("hidden file", 1L));
    assertThatThrownBy(() -> corpus.articles().add(Article.of("c", "x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructor_rejectsNullNamingTheField() {
    assertThatThrownBy(() -> new Corpus(List.of(), List.of(), null, Map.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("passed");
  }
}
