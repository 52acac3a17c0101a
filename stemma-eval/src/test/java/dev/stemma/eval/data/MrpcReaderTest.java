package dev.stemma.eval.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MrpcReaderTest {

  static final String BOM = "\uFEFF";
  static final String HEADER = "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n";

  @TempDir Path dir;

  @Test
  void paraphrase_readsPairsSplittingOnTabsOnly() throws Exception {
    Path file =
        Files2.write(
            dir,
            "msr_paraphrase_train.txt",
            BOM
                + HEADER
                + "1\t11\t12\tThe mayor, who spoke first, said \"no\".\tSpeaking first, the mayor"
                + " said \"no\".\n"
                + "0\t21\t22\tShares rose 3 percent.\tThe council met on Tuesday.\n"
                + "\n");

    ParaphraseDataset dataset = Datasets.paraphrase(file);

    assertThat(dataset.format()).isEqualTo(DatasetFormat.MRPC);
    assertThat(dataset.name()).isEqualTo("msr_paraphrase_train");
    assertThat(dataset.split()).isEqualTo(Split.TRAIN);
    assertThat(dataset.pairs())
        .containsExactly(
            new ParaphrasePair(
                "11-12",
                "The mayor, who spoke first, said \"no\".",
                "Speaking first, the mayor said \"no\".",
                true),
            new ParaphrasePair(
                "21-22", "Shares rose 3 percent.", "The council met on Tuesday.", false));
    assertThat(dataset.positives()).isEqualTo(1);
  }

  @Test
  void paraphrase_wrongHeader_namesFileLineAndExpectedHeader() throws Exception {
    Path file =
        Files2.write(dir, "msr_paraphrase_test.txt", "4.2\tA cat sat.\tA cat was sitting.\n");

    assertThatThrownBy(() -> Datasets.paraphrase(file))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage(
            file
                + ":1: expected the MRPC header \"Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2"
                + " String\", got \"4.2<TAB>A cat sat.<TAB>A cat was sitting.\"");
  }

  @Test
  void paraphrase_emptyFile_saysSo() throws Exception {
    Path file = Files2.write(dir, "empty.txt", "");

    assertThatThrownBy(() -> Datasets.paraphrase(file))
        .hasMessage(
            file
                + ":1: expected the MRPC header \"Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2"
                + " String\", got an empty file");
  }

  @Test
  void paraphrase_missingField_namesLineAndFieldCount() throws Exception {
    Path file = Files2.write(dir, "m.txt", HEADER + "1\t1\t2\tOne.\tTwo.\n0\t3\t4\tThree.\n");

    assertThatThrownBy(() -> Datasets.paraphrase(file))
        .hasMessage(
            file
                + ":3: expected 5 tab-separated fields (Quality, #1 ID, #2 ID, #1 String, #2"
                + " String), got 4: \"0<TAB>3<TAB>4<TAB>Three.\"");
  }

  @Test
  void paraphrase_badQuality_namesTheValue() throws Exception {
    Path file = Files2.write(dir, "m.txt", HEADER + "yes\t1\t2\tOne.\tTwo.\n");

    assertThatThrownBy(() -> Datasets.paraphrase(file))
        .hasMessage(file + ":2: expected the Quality 0 or 1 in the first field, got \"yes\"");
  }

  @Test
  void paraphrase_emptySentence_namesTheField() throws Exception {
    Path file = Files2.write(dir, "m.txt", HEADER + "1\t1\t2\tOne.\t \n");

    assertThatThrownBy(() -> Datasets.paraphrase(file))
        .hasMessage(file + ":2: expected a sentence in field 5 (#2 String), got an empty field");
  }

  @Test
  void paraphrase_notUtf8_namesTheLine() throws Exception {
    byte[] head = (HEADER + "1\t1\t2\tOne.\tTwo.\n1\t3\t4\tCaf").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(head, head.length + 6);
    bytes[head.length] = (byte) 0xE9; // "é" in windows-1252, invalid as UTF-8 here
    System.arraycopy(".\tX.\n".getBytes(StandardCharsets.UTF_8), 0, bytes, head.length + 1, 5);
    Path file = Files2.writeBytes(dir, "m.txt", bytes);

    assertThatThrownBy(() -> Datasets.paraphrase(file))
        .hasMessage(
            file
                + ":3: expected UTF-8 text, got bytes that are not UTF-8; convert the file to"
                + " UTF-8");
  }

  @Test
  void paraphraseSets_findsTrainAndTestFilesInAFolder() throws Exception {
    Files2.write(dir, "msr_paraphrase_train.txt", BOM + HEADER + "1\t1\t2\tOne.\tTwo.\n");
    Files2.write(dir, "msr_paraphrase_test.txt", BOM + HEADER + "0\t3\t4\tThree.\tFour.\n");
    Files2.write(dir, "msr_paraphrase_README.htm", "<html></html>\n");

    assertThat(Datasets.paraphraseSets(dir))
        .extracting(ParaphraseDataset::name, ParaphraseDataset::split)
        .containsExactly(
            tuple("msr_paraphrase_test", Split.TEST), tuple("msr_paraphrase_train", Split.TRAIN));
    assertThatThrownBy(() -> Datasets.paraphrase(dir))
        .hasMessage(
            dir
                + ": holds 2 paraphrase sets (msr_paraphrase_test, msr_paraphrase_train); give one"
                + " of their files");
  }
}
