package dev.stemma.eval.metric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.eval.data.GoldPair;
import dev.stemma.eval.data.Relation;
import dev.stemma.eval.data.RelationsDataset;
import dev.stemma.ingest.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelationAgreementTest {

  static final List<Article> ARTICLES =
      List.of(
          Article.of("a", "x"), Article.of("b", "x"), Article.of("c", "y"), Article.of("d", "z"));
  static final List<GoldPair> PAIRS =
      List.of(
          new GoldPair("a", "b", Relation.EXACT, null, "a"),
          new GoldPair("a", "c", Relation.REWRITE, null, null),
          new GoldPair("b", "c", Relation.REWRITE, null, null),
          new GoldPair("c", "d", null, 2.5, null));
  // predicted: a-b exact (right), c-a same_story (wrong), b-c missing, a-d rewrite (not in gold)
  static final Map<String, Relation> PREDICTED =
      Map.of(
          RelationAgreement.key("a", "b"), Relation.EXACT,
          RelationAgreement.key("c", "a"), Relation.SAME_STORY,
          RelationAgreement.key("a", "d"), Relation.REWRITE);

  @Test
  void score_completeGold_countsUnlistedLinksAsFalse() {
    RelationsDataset gold = new RelationsDataset(Path.of("g"), Path.of("a"), ARTICLES, PAIRS, true);
    ConfusionMatrix<Relation> matrix = RelationAgreement.score(gold, PREDICTED);

    // 3 labelled gold pairs + the unlisted predicted link a-d; c-d has only a score
    assertThat(matrix.total()).isEqualTo(4);
    assertThat(matrix.count(Relation.EXACT, Relation.EXACT)).isEqualTo(1);
    assertThat(matrix.count(Relation.REWRITE, Relation.SAME_STORY)).isEqualTo(1);
    assertThat(matrix.count(Relation.REWRITE, Relation.UNRELATED)).isEqualTo(1);
    assertThat(matrix.count(Relation.UNRELATED, Relation.REWRITE)).isEqualTo(1);
    // rewrite: predicted once (a-d), never right; gold twice -> P 0, R 0
    assertThat(matrix.scores(Relation.REWRITE).recall()).isZero();
  }

  @Test
  void score_partialGold_leavesUnlistedLinksOut() {
    RelationsDataset gold =
        new RelationsDataset(Path.of("g"), Path.of("a"), ARTICLES, PAIRS, false);
    assertThat(RelationAgreement.score(gold, PREDICTED).total()).isEqualTo(3);
  }
}
