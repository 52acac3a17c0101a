package dev.stemma.eval.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikiRefReaderTest {

  @TempDir Path dir;

  @BeforeEach
  void writeFolder() throws Exception {
    // windows-1252: 0x92 is a right single quote, 0x85 an ellipsis, 0xE9 "é"; CRLF line ends.
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    text.writeBytes("Caf".getBytes(StandardCharsets.US_ASCII));
    text.write(0xE9);
    text.writeBytes(" owner".getBytes(StandardCharsets.US_ASCII));
    text.write(0x92);
    text.writeBytes("s day\r\n\r\nIt began early".getBytes(StandardCharsets.US_ASCII));
    text.write(0x85);
    text.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    Files2.writeBytes(dir, "Texts/Cafe (1).txt", text.toByteArray());
    Files2.write(dir, "Texts/Cafe (2).txt", "Second cafe story\r\n\r\nBody.\r\n");
    Files2.write(dir, "Texts/Other.1.txt", "Unrelated\r\n\r\nBody.\r\n");
    Files2.write(
        dir,
        "labels.tsv",
        "file\ttopic_from_filename\tcluster_label_wikiref220\n"
            + "Cafe (1).txt\tCafe\tcafe_event\n"
            + "Cafe (2).txt\tCafe\tcafe_event\n"
            + "Other.1.txt\tOther\tnoise\n");
  }

  @Test
  void clusters_decodesWindows1252AndReadsNoiseAsNoCluster() throws Exception {
    ClusterDataset dataset = Datasets.clusters(dir);

    assertThat(dataset.format()).isEqualTo(DatasetFormat.WIKIREF);
    assertThat(dataset.articles()).hasSize(3);
    LabelledArticle first = dataset.articles().getFirst();
    assertThat(first.article().id()).isEqualTo("Cafe (1)");
    assertThat(first.article().text())
        .isEqualTo("Café owner\u2019s day\r\n\r\nIt began early\u2026\r\n");
    assertThat(first.cluster()).isEqualTo("cafe_event");
    assertThat(dataset.goldLabels()).containsExactly("cafe_event", "cafe_event", null);
    assertThat(dataset.noiseCount()).isEqualTo(1);
    assertThat(dataset.clusterSizes()).containsEntry("cafe_event", 2).hasSize(1);
  }

  @Test
  void clusters_acceptsTheLabelsFileItself() throws Exception {
    assertThat(Datasets.clusters(dir.resolve("labels.tsv")).articles()).hasSize(3);
  }

  @Test
  void clusters_labelNamingAMissingFile_namesLabelsLine() throws Exception {
    Files2.write(dir, "labels.tsv", "Cafe (1).txt\tCafe\tcafe_event\nGone.txt\tGone\tnoise\n");

    assertThatThrownBy(() -> Datasets.clusters(dir))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage(
            dir.resolve("labels.tsv")
                + ":2: names \"Gone.txt\", which is not in "
                + dir
                + " or its sub-folders");
  }

  @Test
  void clusters_wrongFieldCount_namesTheExpectedLayout() throws Exception {
    Files2.write(dir, "labels.tsv", "Cafe (1).txt\n");

    assertThatThrownBy(() -> Datasets.clusters(dir))
        .hasMessage(
            dir.resolve("labels.tsv")
                + ":1: expected file<TAB>topic<TAB>cluster (or file<TAB>cluster;"
                + " cluster \"noise\" for none), got 1 field: \"Cafe (1).txt\"");
  }

  @Test
  void clusters_fileLabelledTwice_namesTheFirstLine() throws Exception {
    Files2.write(dir, "labels.tsv", "Cafe (1).txt\ta\nCafe (1).txt\tb\n");

    assertThatThrownBy(() -> Datasets.clusters(dir))
        .hasMessage(
            dir.resolve("labels.tsv")
                + ":2: file \"Cafe (1).txt\" is labelled twice, first on line 1");
  }

  @Test
  void clusters_folderWithoutLabels_saysWhatItExpected() throws Exception {
    Path empty = dir.resolve("Texts");

    assertThatThrownBy(() -> Datasets.clusters(empty))
        .hasMessage(
            empty
                + ": expected a WikiRef220-style folder holding labels.tsv"
                + " (file<TAB>topic<TAB>cluster or noise) and its .txt articles, found no"
                + " labels.tsv");
  }
}
