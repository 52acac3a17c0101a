package dev.stemma.eval.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stemma.Progress;
import dev.stemma.align.SentenceMatch;
import dev.stemma.eval.data.Datasets;
import dev.stemma.eval.data.StsDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The STS task on the miniature headline file written for the tests (mini-eval). */
class StsTaskTest {

  static List<StsDataset> mini() throws Exception {
    return Datasets.sts(Path.of(StsTaskTest.class.getResource("/mini-eval/sts-headlines").toURI()));
  }

  @Test
  void run_givesStemmaTheCosineAndBothBaselinesPerFile() throws Exception {
    StsTask.Result result =
        StsTask.run(mini(), new WordHashEncoder(), SentenceMatch.DEFAULT, Progress.NONE);
    assertThat(result.rows())
        .extracting(r -> r.file() + " " + r.measure() + " " + r.pairs())
        .containsExactly(
            "2013_headlines.test stemma 10",
            "2013_headlines.test stemma-probability 10",
            "2013_headlines.test embedding-cosine 10",
            "2013_headlines.test minhash-5gram 10",
            "2013_headlines.test tfidf-cosine 10");
    assertThat(result.files()).containsExactly(new StsTask.FileSize("2013_headlines.test", 10, 0));
    // words shared follow the gold scores in these pairs, so every measure correlates positively
    assertThat(result.rows().get(0).pearson()).isPositive();
  }

  @Test
  void run_embedsAllFilesInOneDistinctPass() throws Exception {
    WordHashEncoder encoder = new WordHashEncoder();
    List<StsDataset> twice = List.of(mini().getFirst(), mini().getFirst());
    StsTask.run(twice, encoder, SentenceMatch.DEFAULT, Progress.NONE);
    assertThat(encoder.encoded()).hasSize(20).doesNotHaveDuplicates();
  }

  @Test
  void json_aCorrelationOfAConstantSeries_isNull(@TempDir Path dir) throws Exception {
    // every gold score 3.0: no correlation is defined, and JSON has no NaN
    Path file = dir.resolve("flat.tsv");
    Files.writeString(
        file, "3.0\tA cat sat.\tA cat was sitting.\n3.0\tPrices rose.\tThe bridge shut.\n");
    StsTask.Result result =
        StsTask.run(
            Datasets.sts(file), new WordHashEncoder(), SentenceMatch.DEFAULT, Progress.NONE);
    assertThat(result.rows().get(0).pearson()).isNaN();
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(result));
    assertThat(json.at("/rows/0/pearson").isNull()).isTrue();
    assertThat(TextReport.render(result)).contains("n/a");
  }

  @Test
  void run_aFileOfOnePair_isRejected(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("one.tsv");
    Files.writeString(file, "3.0\tA cat sat.\tA cat was sitting.\n");
    List<StsDataset> one = Datasets.sts(file);
    assertThatThrownBy(
            () -> StsTask.run(one, new WordHashEncoder(), SentenceMatch.DEFAULT, Progress.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": a correlation needs at least 2 scored pairs, got 1");
  }
}
