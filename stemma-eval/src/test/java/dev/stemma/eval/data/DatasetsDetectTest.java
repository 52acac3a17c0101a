package dev.stemma.eval.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsDetectTest {

  @TempDir Path dir;

  @Test
  void detect_mrpcByItsHeaderWhateverTheName() throws Exception {
    Path file =
        Files2.write(dir, "pairs.tsv", "\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n");
    assertThat(Datasets.detect(file)).isEqualTo(DatasetFormat.MRPC);
  }

  @Test
  void detect_stsByThreeFieldsWithANumericOrEmptyScore() throws Exception {
    assertThat(Datasets.detect(Files2.write(dir, "a.tsv", "3.8\tOne.\tTwo.\n")))
        .isEqualTo(DatasetFormat.STS);
    assertThat(Datasets.detect(Files2.write(dir, "b.txt", "\tOne.\tTwo.\n")))
        .isEqualTo(DatasetFormat.STS);
  }

  @Test
  void detect_panByTheNamesOfItsFiles() throws Exception {
    Files2.write(dir, "set_s1.txt", "A.\n");
    assertThat(Datasets.detect(dir.resolve("set_s1.txt"))).isEqualTo(DatasetFormat.PAN);
    assertThat(Datasets.detect(dir)).isEqualTo(DatasetFormat.PAN);
  }

  @Test
  void detect_jsonLinesByTheirKeys() throws Exception {
    assertThat(
            Datasets.detect(
                Files2.write(dir, "r.jsonl", "{\"a\":\"x\",\"b\":\"y\",\"relation\":\"exact\"}\n")))
        .isEqualTo(DatasetFormat.RELATIONS_JSONL);
    assertThat(
            Datasets.detect(
                Files2.write(
                    dir,
                    "c.jsonl",
                    "{\"id\":\"x\",\"text\":\"t\"}\n"
                        + "{\"id\":\"y\",\"text\":\"t\",\"cluster\":\"e\"}\n")))
        .isEqualTo(DatasetFormat.CLUSTERS_JSONL);
    assertThat(Datasets.detect(Files2.write(dir, "p.jsonl", "{\"id\":\"x\",\"text\":\"t\"}\n")))
        .isEqualTo(DatasetFormat.ARTICLES_JSONL);
  }

  @Test
  void detect_wikiRefByItsLabelsFile() throws Exception {
    Files2.write(dir, "labels.tsv", "a.txt\tA\tnoise\n");
    assertThat(Datasets.detect(dir)).isEqualTo(DatasetFormat.WIKIREF);
  }

  @Test
  void detect_unknownFile_listsTheFormats() throws Exception {
    Path file = Files2.write(dir, "notes.txt", "Just some notes\n");

    assertThatThrownBy(() -> Datasets.detect(file))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage(
            file
                + ":1: expected a labelled file: an MRPC TSV, a PAN set (NAME_s1.txt, NAME_s2.txt,"
                + " NAME.labels), an STS TSV, or JSON Lines of articles with \"cluster\" or of"
                + " pairs with \"relation\", got \"Just some notes\"");
  }
}
