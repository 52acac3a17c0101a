package dev.stemma.cli;

import dev.stemma.Progress;
import dev.stemma.align.SentenceMatch;
import dev.stemma.embed.OnnxEncoder;
import dev.stemma.eval.data.Datasets;
import dev.stemma.eval.task.EvalResult;
import dev.stemma.eval.task.StsTask;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stemma eval sts}: graded sentence pairs, Pearson and Spearman. */
@Command(
    name = "sts",
    mixinStandardHelpOptions = true,
    description = {
      "Graded sentence pairs (STS): Pearson and Spearman.",
      "Lines score<TAB>sentence1<TAB>sentence2; a folder means every .tsv in it.",
      "Correlates the sentence-match probability, and the embedding cosine",
      "alone, with the gold scores, per file."
    })
final class EvalStsCommand extends EvalTaskCommand {

  @Option(names = "--data", paramLabel = "PATH", required = true,
      description = "An STS file or a folder of them (e.g. ../shared/eval/sts-headlines).")
  Path data;

  @Override
  EvalResult evaluate(Progress progress) throws IOException {
    var files = Datasets.sts(data);
    try (OnnxEncoder encoder = OnnxEncoder.standard()) {
      return StsTask.run(files, encoder, SentenceMatch.DEFAULT, progress);
    }
  }
}
