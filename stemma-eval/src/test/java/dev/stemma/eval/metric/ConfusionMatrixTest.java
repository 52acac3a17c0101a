package dev.stemma.eval.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

  static final List<String> LABELS = List.of("exact", "rewrite", "unrelated");

  @Test
  void perClass_ofAWorkedExample() {
    List<String> gold =
        List.of("exact", "exact", "rewrite", "rewrite", "rewrite", "unrelated", "unrelated");
    List<String> pred =
        List.of("exact", "rewrite", "rewrite", "rewrite", "unrelated", "unrelated", "exact");
    ConfusionMatrix<String> matrix = ConfusionMatrix.of(LABELS, gold, pred);

    //              predicted: exact rewrite unrelated
    // gold exact              1     1       0
    // gold rewrite            0     2       1
    // gold unrelated          1     0       1
    assertThat(matrix.count("exact", "exact")).isEqualTo(1);
    assertThat(matrix.count("exact", "rewrite")).isEqualTo(1);
    assertThat(matrix.count("rewrite", "unrelated")).isEqualTo(1);
    assertThat(matrix.count("unrelated", "exact")).isEqualTo(1);
    assertThat(matrix.total()).isEqualTo(7);
    assertThat(matrix.accuracy()).isEqualTo(4 / 7.0); // diagonal 1 + 2 + 1

    // rewrite: predicted 3 (column), of which 2 right -> P 2/3; gold 3 (row) -> R 2/3; F1 2/3
    ClassScores<String> rewrite = matrix.scores("rewrite");
    assertThat(rewrite.precision()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(rewrite.recall()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(rewrite.f1()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(rewrite.support()).isEqualTo(3);
    // exact: P 1/2, R 1/2; unrelated: P 1/2, R 1/2 -> macro F1 (1/2 + 2/3 + 1/2) / 3
    assertThat(matrix.macroF1()).isCloseTo((0.5 + 2 / 3.0 + 0.5) / 3, within(1e-12));
  }

  @Test
  void of_unknownClass_namesItemAndClasses() {
    assertThatThrownBy(() -> ConfusionMatrix.of(LABELS, List.of("exact"), List.of("copy")))
        .hasMessage(
            "Item 0: predicted class copy is not among the classes [exact, rewrite, unrelated]");
  }
}
