package dev.stemma.eval.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StsReaderTest {

  @TempDir Path dir;

  @Test
  void sts_skipsAndCountsPairsWithAnEmptyScore() throws Exception {
    Path file =
        Files2.write(
            dir,
            "headlines.tsv",
            "4.4\tCouncil backs new bridge\tCouncil approves bridge plan\n"
                + "\tStorm hits coast\tMarkets fall\n"
                + "0.2\tStorm hits coast\tMarkets fall \n");

    List<StsDataset> sets = Datasets.sts(file);

    assertThat(sets).hasSize(1);
    StsDataset dataset = sets.getFirst();
    assertThat(dataset.unscored()).isEqualTo(1);
    assertThat(dataset.pairs())
        .containsExactly(
            new GradedPair(
                "headlines:1", "Council backs new bridge", "Council approves bridge plan", 4.4),
            new GradedPair("headlines:3", "Storm hits coast", "Markets fall", 0.2));
  }

  @Test
  void sts_takesAScoreHeaderAsAHeader() throws Exception {
    Path file = Files2.write(dir, "h.tsv", "score\tsentence1\tsentence2\n3\tA b.\tA c.\n");

    assertThat(Datasets.sts(file).getFirst().pairs()).hasSize(1);
  }

  @Test
  void sts_wrongFieldCount_namesLineAndExpectedLayout() throws Exception {
    Path file = Files2.write(dir, "h.tsv", "3\tA b.\tA c.\n2.5\tOnly one sentence\n");

    assertThatThrownBy(() -> Datasets.sts(file))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage(
            file
                + ":2: expected score<TAB>sentence1<TAB>sentence2 (3 tab-separated fields), got 2:"
                + " \"2.5<TAB>Only one sentence\"");
  }

  @Test
  void sts_nonNumericScore_namesTheValue() throws Exception {
    Path file = Files2.write(dir, "h.tsv", "high\tA b.\tA c.\n");

    assertThatThrownBy(() -> Datasets.sts(file))
        .hasMessage(
            file
                + ":1: expected a number or nothing as the score in the first field, got \"high\"");
  }

  @Test
  void sts_folder_readsEveryTsvFileInNameOrder() throws Exception {
    Files2.write(dir, "b.tsv", "1\tA.\tB.\n");
    Files2.write(dir, "a.tsv", "2\tC.\tD.\n");
    Files2.write(dir, "readme.txt", "not data\n");

    assertThat(Datasets.sts(dir)).extracting(StsDataset::name).containsExactly("a", "b");
  }
}
