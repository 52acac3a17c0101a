package dev.stemma.eval.task;

import dev.stemma.eval.baseline.ThresholdClustering;
import dev.stemma.eval.data.Relation;
import dev.stemma.eval.metric.BinaryCounts;
import dev.stemma.eval.metric.ClassScores;
import dev.stemma.eval.metric.ClusteringScores;
import dev.stemma.eval.metric.ConfusionMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws an {@link EvalResult} as tables for the terminal: Stemma's rows first, the baselines' below
 * them, percentages with one decimal and correlations and clustering indices with three.
 */
public final class TextReport {

  private TextReport() {}

  public static String render(EvalResult result) {
    return switch (result) {
      case ParaphraseTask.Result r -> paraphrase(r);
      case ParaphraseFit.Result r -> fit(r);
      case StsTask.Result r -> sts(r);
      case ClustersTask.Result r -> clusters(r);
      case RelationsTask.Result r -> relations(r);
      case SeedsTask.Result r -> seeds(r);
    };
  }

  private static String paraphrase(ParaphraseTask.Result r) {
    StringBuilder out = new StringBuilder();
    out.append(
        format(
            "Paraphrase: %s, %,d pairs (%,d paraphrases)%s%n",
            r.train(),
            r.trainPairs(),
            r.trainPositives(),
            r.test() == null ? "" : format("; test %s, %,d pairs", r.test(), r.testPairs())));
    out.append(
        format(
            "Thresholds chosen to maximise F1 by %d-fold stratified cross-validation (seed %d) on"
                + " %s; (CV) rows are out of fold.%n%n",
            r.folds(), r.seed(), r.train()));
    Table table =
        new Table(
            "<measure",
            "<scored on",
            "<threshold from",
            "acc",
            "prec",
            "recall",
            "F1",
            "threshold");
    for (ParaphraseTask.Row row : r.rows()) {
      BinaryCounts c = row.counts();
      table.row(
          row.measure(),
          row.scoredOn(),
          row.thresholdFrom(),
          pct(c.accuracy()),
          pct(c.precision()),
          pct(c.recall()),
          pct(c.f1()),
          f3(row.threshold()));
    }
    out.append(table.render());
    out.append(
        format(
            "%nstemma: the sentence-match probability (the aligner's decision); shipped threshold"
                + " %.2f. Fold thresholds: %s%n",
            r.match().threshold(), joined(r.foldThresholds())));
    return out.toString();
  }

  private static String fit(ParaphraseFit.Result r) {
    SentenceMatchFit.Result fit = r.fit();
    StringBuilder out = new StringBuilder();
    out.append("Sentence-match weights fitted on ");
    out.append(
        String.join(
            " + ",
            r.sets().stream()
                .map(
                    s ->
                        format(
                            "%s (%,d pairs, %,d paraphrases)", s.name(), s.pairs(), s.positives()))
                .toList()));
    out.append(
        format(
            "%nLogistic regression, L2 penalty %s on the mean log-loss; threshold maximising F1."
                + " Figures: %d-fold stratified cross-validation (seed %d), out of fold.%n%n",
            fit.l2(), fit.folds(), fit.seed()));
    out.append("Paste into SentenceMatch:\n\n").append(fit.javaCode()).append("\n\n");
    Table table = new Table("<measure", "<scored on", "acc", "prec", "recall", "F1", "threshold");
    for (SentenceMatchFit.SetFigures s : fit.sets()) {
      counts(table, "stemma (fitted)", s.name() + " (CV)", s.fitted(), fit.match().threshold());
    }
    if (fit.sets().size() > 1) {
      counts(table, "stemma (fitted)", "all (CV)", fit.allFitted(), fit.match().threshold());
    }
    for (SentenceMatchFit.SetFigures s : fit.sets()) {
      counts(table, "stemma (shipped)", s.name() + " (CV)", s.shipped(), Double.NaN);
    }
    if (fit.sets().size() > 1) {
      counts(table, "stemma (shipped)", "all (CV)", fit.allShipped(), Double.NaN);
    }
    for (ParaphraseTask.Row row : r.baselines()) {
      counts(table, row.measure(), row.scoredOn(), row.counts(), row.threshold());
    }
    out.append(table.render());
    out.append(
        format(
            "%nshipped: %s%nFold thresholds (fitted): %s; shipped rows re-choose the threshold per"
                + " fold.%n",
            SentenceMatchFit.javaCode(fit.shipped()).strip().replaceAll("\\s+", " "),
            joined(fit.foldThresholds())));
    return out.toString();
  }

  private static void counts(
      Table table, String measure, String on, BinaryCounts c, double threshold) {
    table.row(
        measure,
        on,
        pct(c.accuracy()),
        pct(c.precision()),
        pct(c.recall()),
        pct(c.f1()),
        Double.isNaN(threshold) ? "-" : f3(threshold));
  }

  private static String sts(StsTask.Result r) {
    StringBuilder out =
        new StringBuilder(
            "Graded similarity (STS): correlation with the gold scores; nothing fitted.\n\n");
    Table table = new Table("<file", "<measure", "pairs", "pearson", "spearman");
    for (StsTask.Row row : r.rows()) {
      table.row(
          row.file(),
          row.measure(),
          format("%,d", row.pairs()),
          f3(row.pearson()),
          f3(row.spearman()));
    }
    out.append(table.render());
    for (StsTask.FileSize file : r.files()) {
      if (file.unscored() > 0) {
        out.append(format("%s: %d lines without a score skipped%n", file.name(), file.unscored()));
      }
    }
    out.append(
        "\nstemma: the sentence-match probability; embedding-cosine: the embedding cosine alone (bge-small-en-v1.5).\n");
    return out.toString();
  }

  private static String clusters(ClustersTask.Result r) {
    StringBuilder out = new StringBuilder();
    out.append(
        format(
            "Clusters: %,d articles (%s), %d gold clusters, %d noise articles.%nStemma: one"
                + " analysis of all articles (%.1f s), its stories as clusters, nothing fitted;"
                + " baselines: average linkage cut at a threshold chosen by cross-validation on the"
                + " gold.%n%n",
            r.articles(),
            r.format().name().toLowerCase(Locale.ROOT),
            r.goldClusters(),
            r.noise(),
            r.seconds()));
    Table table =
        new Table(
            "<measure",
            "ARI",
            "ARI (CV)",
            "ARI clustered",
            "NMI",
            "B3 P",
            "B3 R",
            "B3 F1",
            "found",
            "gold",
            "noise alone",
            "noise merged",
            "clustered alone",
            "threshold");
    ClusteringScores s = r.stemma();
    clusterRow(table, "stemma", s, "-", "-");
    for (ThresholdClustering.Result b : r.baselines()) {
      clusterRow(
          table,
          b.measure(),
          b.inSample(),
          f3(b.meanFoldAri()),
          format("%.4f", b.finalThreshold()));
    }
    out.append(table.render());
    if (!r.baselines().isEmpty()) {
      out.append(
          "\n"
              + "baselines: ARI (CV) is the mean over folds of each held-out fold clustered at the"
              + " threshold chosen on the others; their other columns are all articles at the"
              + " threshold fitted on all (in-sample, an upper bound).\n");
    }
    if (r.baselineNote() != null) {
      out.append('\n').append(r.baselineNote()).append('\n');
    }
    if (r.skipped() > 0) {
      out.append(
          format("%d article(s) could not be analysed and count as unclustered.%n", r.skipped()));
    }
    return out.toString();
  }

  private static void clusterRow(
      Table table, String measure, ClusteringScores s, String cvAri, String threshold) {
    table.row(
        measure,
        f3(s.ari()),
        cvAri,
        f3(s.ariClusteredOnly()),
        f3(s.nmi()),
        f3(s.bcubed().precision()),
        f3(s.bcubed().recall()),
        f3(s.bcubed().f1()),
        Integer.toString(s.foundClusters()),
        Integer.toString(s.goldClusters()),
        s.noisePlacement().noiseLeftAlone() + "/" + s.noisePlacement().noise(),
        Integer.toString(s.noisePlacement().noiseMerged()),
        Integer.toString(s.noisePlacement().clusteredLeftAlone()),
        threshold);
  }

  private static String relations(RelationsTask.Result r) {
    StringBuilder out = new StringBuilder();
    List<String> counts = new ArrayList<>();
    r.goldCounts().forEach((relation, n) -> counts.add(format("%s %,d", relation.label(), n)));
    out.append(
        format(
            "Relations: %,d articles; gold pairs: %s%s; %s.%nStemma: one analysis of all articles"
                + " (%.1f s).%n%n",
            r.articles(),
            counts.isEmpty() ? "none with a relation" : String.join(", ", counts),
            r.graded() > 0 ? format("; %,d graded", r.graded()) : "",
            r.complete()
                ? "the gold is complete: an unlisted pair is unrelated, a link Stemma makes between"
                    + " one is false"
                : "pairs not listed are unknown and not scored",
            r.seconds()));
    ConfusionMatrix<Relation> m = r.matrix();
    if (m.total() > 0) {
      out.append("Stemma's relations (rows gold, columns predicted):\n");
      List<String> header = new ArrayList<>(List.of("<gold \\ predicted"));
      for (Relation relation : m.labels()) {
        header.add(relation.label());
      }
      Table matrix = new Table(header.toArray(String[]::new));
      for (Relation gold : m.labels()) {
        List<String> row = new ArrayList<>(List.of(gold.label()));
        for (Relation predicted : m.labels()) {
          row.add(format("%,d", m.count(gold, predicted)));
        }
        matrix.row(row.toArray(String[]::new));
      }
      out.append(matrix.render()).append('\n');
      Table perClass = new Table("<relation", "gold pairs", "prec", "recall", "F1");
      for (ClassScores<Relation> c : m.perClass()) {
        perClass.row(
            c.label().label(),
            format("%,d", c.support()),
            pct(c.precision()),
            pct(c.recall()),
            pct(c.f1()));
      }
      out.append(perClass.render());
      out.append(format("accuracy %s, macro F1 %s%n%n", pct(m.accuracy()), pct(m.macroF1())));
    }
    if (!r.copy().isEmpty()) {
      out.append(
          format(
              "Copy or not (exact, near_duplicate, rewrite against the rest), all systems on the"
                  + " same %,d pairs%s; baselines' thresholds by %d-fold CV (seed %d), out of"
                  + " fold:%n",
              r.copy().getFirst().counts().total(),
              r.sampledUnrelated() > 0
                  ? format(" (%,d of them sampled unlisted pairs)", r.sampledUnrelated())
                  : "",
              r.folds(),
              r.seed()));
      List<String> header =
          new ArrayList<>(List.of("<measure", "prec", "recall", "F1", "threshold"));
      List<Relation> present = new ArrayList<>();
      for (Relation relation : Relation.values()) {
        if (r.copy().getFirst().copyShare().containsKey(relation)) {
          present.add(relation);
          header.add("copy% " + relation.label());
        }
      }
      Table copy = new Table(header.toArray(String[]::new));
      for (RelationsTask.CopyRow row : r.copy()) {
        List<String> cells =
            new ArrayList<>(
                List.of(
                    row.measure(),
                    pct(row.counts().precision()),
                    pct(row.counts().recall()),
                    pct(row.counts().f1()),
                    Double.isNaN(row.threshold()) ? "-" : f3(row.threshold())));
        Map<Relation, Double> share = row.copyShare();
        for (Relation relation : present) {
          cells.add(pct(share.getOrDefault(relation, 0.0)));
        }
        copy.row(cells.toArray(String[]::new));
      }
      out.append(copy.render());
      out.append(
          "(copy% RELATION: the share of the gold pairs of that relation called a copy;"
              + " \"minhash-5gram at 0.5\": as deduplication tools run it, no threshold fitted)\n");
    }
    if (!r.gradedRows().isEmpty()) {
      out.append(format("%nGraded pairs: correlation with the gold score%n"));
      Table graded = new Table("<measure", "pairs", "pearson", "spearman");
      for (RelationsTask.GradedRow row : r.gradedRows()) {
        graded.row(
            row.measure(), format("%,d", row.pairs()), f3(row.pearson()), f3(row.spearman()));
      }
      out.append(graded.render());
      out.append(
          "(stemma story score: weighted anchor overlap + content cosine, Scores.story(), in [0,"
              + " 2])\n");
    }
    if (r.note() != null) {
      out.append('\n').append(r.note()).append('\n');
    }
    if (r.skipped() > 0) {
      out.append(format("%d article(s) could not be analysed.%n", r.skipped()));
    }
    return out.toString();
  }

  private static String seeds(SeedsTask.Result r) {
    StringBuilder out = new StringBuilder("Seeds: the analysis shared/README.md expects\n\n");
    for (SeedsTask.Check check : r.checks()) {
      out.append(
          format("%s  %s: %s%n", check.passed() ? "pass" : "FAIL", check.name(), check.detail()));
    }
    long failed = r.checks().stream().filter(c -> !c.passed()).count();
    out.append(
        format(
            "%n%d of %d checks passed%s%n%n",
            r.checks().size() - failed,
            r.checks().size(),
            failed == 0 ? "." : format("; %d failed.", failed)));
    out.append("The same pairs as the baselines see them:\n");
    Table table = new Table("<pair", "<stemma", "minhash-5gram", "tfidf-cosine");
    for (SeedsTask.PairView p : r.pairs()) {
      table.row(p.a() + "-" + p.b(), p.stemma(), f3(p.minHash()), f3(p.tfIdf()));
    }
    out.append(table.render());
    return out.toString();
  }

  static String pct(double x) {
    return Double.isNaN(x) ? "n/a" : format("%.1f", 100 * x);
  }

  static String f3(double x) {
    return Double.isNaN(x) ? "n/a" : format("%.3f", x);
  }

  private static String joined(List<Double> values) {
    return String.join(" ", values.stream().map(TextReport::f3).toList());
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
