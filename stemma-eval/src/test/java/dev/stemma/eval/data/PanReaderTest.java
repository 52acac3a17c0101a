package dev.stemma.eval.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PanReaderTest {

  @TempDir Path dir;

  @BeforeEach
  void writeSet() throws Exception {
    Files2.write(
        dir, "pan-train_s1.txt", "The old mill stood by the river.\nHe opened the gate slowly.\n");
    Files2.write(
        dir, "pan-train_s2.txt", "By the river there stood an old mill.\nThe weather was cold.\n");
    Files2.write(dir, "pan-train.labels", "1\n0\n");
  }

  @Test
  void paraphrase_readsLineIOfEachFileAsPairI() throws Exception {
    ParaphraseDataset dataset = Datasets.paraphrase(dir);

    assertThat(dataset.format()).isEqualTo(DatasetFormat.PAN);
    assertThat(dataset.name()).isEqualTo("pan-train");
    assertThat(dataset.pairs())
        .containsExactly(
            new ParaphrasePair(
                "pan-train:1",
                "The old mill stood by the river.",
                "By the river there stood an old mill.",
                true),
            new ParaphrasePair(
                "pan-train:2", "He opened the gate slowly.", "The weather was cold.", false));
  }

  @Test
  void paraphrase_acceptsAnyOneOfTheThreeFiles() throws Exception {
    ParaphraseDataset fromFolder = Datasets.paraphrase(dir);
    for (String name : new String[] {"pan-train_s1.txt", "pan-train_s2.txt", "pan-train.labels"}) {
      assertThat(Datasets.paraphrase(dir.resolve(name)).pairs()).isEqualTo(fromFolder.pairs());
    }
  }

  @Test
  void paraphrase_missingFile_namesItAndTheSet() throws Exception {
    Files.delete(dir.resolve("pan-train.labels"));

    assertThatThrownBy(() -> Datasets.paraphrase(dir.resolve("pan-train_s1.txt")))
        .hasMessage(
            dir.resolve("pan-train.labels")
                + ": missing: a PAN set is three files, pan-train_s1.txt,"
                + " pan-train_s2.txt and pan-train.labels, line i of each one pair");
  }

  @Test
  void paraphrase_filesOfDifferentLength_sayWhichAndHowLong() throws Exception {
    Files2.write(dir, "pan-train.labels", "1\n0\n1\n");

    assertThatThrownBy(() -> Datasets.paraphrase(dir))
        .hasMessage(
            dir.resolve("pan-train.labels")
                + ": has 3 lines but pan-train_s1.txt has 2; line i of"
                + " each of the three files is pair i");
  }

  @Test
  void paraphrase_badLabel_namesLabelFileAndLine() throws Exception {
    Files2.write(dir, "pan-train.labels", "1\nparaphrase\n");

    assertThatThrownBy(() -> Datasets.paraphrase(dir))
        .hasMessage(
            dir.resolve("pan-train.labels") + ":2: expected the label 0 or 1, got \"paraphrase\"");
  }

  @Test
  void paraphrase_emptySentence_namesFileAndLine() throws Exception {
    Files2.write(dir, "pan-train_s2.txt", "By the river there stood an old mill.\n\n");

    assertThatThrownBy(() -> Datasets.paraphrase(dir))
        .hasMessage(
            dir.resolve("pan-train_s2.txt")
                + ":2: expected a sentence (line i of each file is pair i), got an empty line");
  }

  @Test
  void paraphraseSets_tellsTrainFromTest() throws Exception {
    Files2.write(dir, "pan-test_s1.txt", "A.\n");
    Files2.write(dir, "pan-test_s2.txt", "B.\n");
    Files2.write(dir, "pan-test.labels", "0\n");

    assertThat(Datasets.paraphraseSets(dir))
        .extracting(ParaphraseDataset::name, ParaphraseDataset::split)
        .containsExactly(tuple("pan-test", Split.TEST), tuple("pan-train", Split.TRAIN));
  }
}
