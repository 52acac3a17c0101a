package dev.stemma.eval.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stemma.align.SentenceMatch;
import dev.stemma.eval.baseline.ThresholdClustering;
import dev.stemma.eval.data.Relation;
import dev.stemma.eval.metric.BinaryCounts;
import dev.stemma.eval.metric.ClassScores;
import dev.stemma.eval.metric.ClusteringScores;
import dev.stemma.eval.metric.ConfusionMatrix;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link EvalResult} as one JSON object on one line, for machines: {@code "task"} first,
 * then the task's figures. Shares are fractions in [0, 1] (not percentages); a figure that is not
 * defined (a correlation of a constant series) is {@code null}.
 */
public final class JsonReport {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonReport() {}

  /** The result as a JSON tree. */
  public static ObjectNode tree(EvalResult result) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("task", result.task());
    switch (result) {
      case ParaphraseTask.Result r -> paraphrase(root, r);
      case ParaphraseFit.Result r -> fit(root, r);
      case StsTask.Result r -> sts(root, r);
      case ClustersTask.Result r -> clusters(root, r);
      case RelationsTask.Result r -> relations(root, r);
      case SeedsTask.Result r -> seeds(root, r);
    }
    return root;
  }

  /** The result as one line of JSON. */
  public static String render(EvalResult result) {
    try {
      return MAPPER.writeValueAsString(tree(result));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "could not write the " + result.task() + " result as JSON", e);
    }
  }

  private static void paraphrase(ObjectNode root, ParaphraseTask.Result r) {
    root.put("train", r.train());
    root.put("trainPairs", r.trainPairs());
    root.put("trainPositives", r.trainPositives());
    if (r.test() != null) {
      root.put("test", r.test());
      root.put("testPairs", r.testPairs());
    } else {
      root.putNull("test");
    }
    root.put("folds", r.folds());
    root.put("seed", r.seed());
    root.set("sentenceMatch", match(r.match()));
    doubles(root.putArray("foldThresholds"), r.foldThresholds());
    ArrayNode rows = root.putArray("rows");
    for (ParaphraseTask.Row row : r.rows()) {
      ObjectNode o = rows.addObject();
      o.put("measure", row.measure());
      o.put("scoredOn", row.scoredOn());
      o.put("thresholdFrom", row.thresholdFrom());
      counts(o, row.counts());
      number(o, "threshold", row.threshold());
    }
  }

  private static void fit(ObjectNode root, ParaphraseFit.Result r) {
    SentenceMatchFit.Result fit = r.fit();
    ArrayNode sets = root.putArray("sets");
    for (ParaphraseFit.SetSize s : r.sets()) {
      sets.addObject()
          .put("name", s.name())
          .put("pairs", s.pairs())
          .put("positives", s.positives());
    }
    root.put("folds", fit.folds());
    root.put("seed", fit.seed());
    root.put("l2", fit.l2());
    root.set("fitted", match(fit.match()));
    root.put("java", fit.javaCode());
    root.set("shipped", match(fit.shipped()));
    doubles(root.putArray("foldThresholds"), fit.foldThresholds());
    ArrayNode cv = root.putArray("crossValidated");
    for (SentenceMatchFit.SetFigures s : fit.sets()) {
      ObjectNode o = cv.addObject();
      o.put("set", s.name());
      counts(o.putObject("fitted"), s.fitted());
      counts(o.putObject("shipped"), s.shipped());
    }
    ObjectNode all = cv.addObject();
    all.put("set", "all");
    counts(all.putObject("fitted"), fit.allFitted());
    counts(all.putObject("shipped"), fit.allShipped());
    ArrayNode baselines = root.putArray("baselines");
    for (ParaphraseTask.Row row : r.baselines()) {
      ObjectNode o = baselines.addObject();
      o.put("measure", row.measure());
      o.put("scoredOn", row.scoredOn());
      counts(o, row.counts());
      number(o, "threshold", row.threshold());
    }
  }

  private static void sts(ObjectNode root, StsTask.Result r) {
    ArrayNode files = root.putArray("files");
    for (StsTask.FileSize f : r.files()) {
      files.addObject().put("name", f.name()).put("pairs", f.pairs()).put("unscored", f.unscored());
    }
    ArrayNode rows = root.putArray("rows");
    for (StsTask.Row row : r.rows()) {
      ObjectNode o = rows.addObject();
      o.put("file", row.file());
      o.put("measure", row.measure());
      o.put("pairs", row.pairs());
      number(o, "pearson", row.pearson());
      number(o, "spearman", row.spearman());
    }
  }

  private static void clusters(ObjectNode root, ClustersTask.Result r) {
    root.put("format", r.format().name());
    root.put("articles", r.articles());
    root.put("goldClusters", r.goldClusters());
    root.put("noise", r.noise());
    root.put("skipped", r.skipped());
    root.put("seconds", r.seconds());
    ArrayNode rows = root.putArray("rows");
    ObjectNode stemma = rows.addObject();
    stemma.put("measure", "stemma");
    clustering(stemma, r.stemma());
    for (ThresholdClustering.Result b : r.baselines()) {
      ObjectNode o = rows.addObject();
      o.put("measure", b.measure());
      number(o, "ariCrossValidated", b.meanFoldAri());
      doubles(o.putArray("foldAri"), b.foldAri());
      number(o, "threshold", b.finalThreshold());
      clustering(o.putObject("inSample"), b.inSample());
    }
    if (r.baselineNote() != null) {
      root.put("note", r.baselineNote());
    }
  }

  private static void clustering(ObjectNode o, ClusteringScores s) {
    o.put("items", s.items());
    number(o, "ari", s.ari());
    number(o, "ariClusteredOnly", s.ariClusteredOnly());
    number(o, "nmi", s.nmi());
    number(o, "bcubedPrecision", s.bcubed().precision());
    number(o, "bcubedRecall", s.bcubed().recall());
    number(o, "bcubedF1", s.bcubed().f1());
    o.put("foundClusters", s.foundClusters());
    o.put("goldClusters", s.goldClusters());
    ObjectNode noise = o.putObject("noise");
    noise.put("total", s.noisePlacement().noise());
    noise.put("leftAlone", s.noisePlacement().noiseLeftAlone());
    noise.put("merged", s.noisePlacement().noiseMerged());
    o.put("clusteredLeftAlone", s.noisePlacement().clusteredLeftAlone());
  }

  private static void relations(ObjectNode root, RelationsTask.Result r) {
    root.put("articles", r.articles());
    root.put("complete", r.complete());
    ObjectNode gold = root.putObject("goldPairs");
    r.goldCounts().forEach((relation, n) -> gold.put(relation.label(), n));
    root.put("graded", r.graded());
    root.put("sampledUnrelated", r.sampledUnrelated());
    root.put("skipped", r.skipped());
    root.put("seconds", r.seconds());
    ConfusionMatrix<Relation> m = r.matrix();
    ObjectNode matrix = root.putObject("confusion");
    for (Relation g : m.labels()) {
      ObjectNode row = matrix.putObject(g.label());
      for (Relation p : m.labels()) {
        row.put(p.label(), m.count(g, p));
      }
    }
    ArrayNode perClass = root.putArray("perRelation");
    for (ClassScores<Relation> c : m.perClass()) {
      ObjectNode o = perClass.addObject();
      o.put("relation", c.label().label());
      o.put("support", c.support());
      number(o, "precision", c.precision());
      number(o, "recall", c.recall());
      number(o, "f1", c.f1());
    }
    number(root, "accuracy", m.accuracy());
    number(root, "macroF1", m.macroF1());
    root.put("folds", r.folds());
    root.put("seed", r.seed());
    ArrayNode copy = root.putArray("copyDecision");
    for (RelationsTask.CopyRow row : r.copy()) {
      ObjectNode o = copy.addObject();
      o.put("measure", row.measure());
      counts(o, row.counts());
      number(o, "threshold", row.threshold());
      ObjectNode share = o.putObject("copyShareByGold");
      for (Map.Entry<Relation, Double> e : new java.util.TreeMap<>(row.copyShare()).entrySet()) {
        number(share, e.getKey().label(), e.getValue());
      }
    }
    ArrayNode graded = root.putArray("gradedRows");
    for (RelationsTask.GradedRow row : r.gradedRows()) {
      ObjectNode o = graded.addObject();
      o.put("measure", row.measure());
      o.put("pairs", row.pairs());
      number(o, "pearson", row.pearson());
      number(o, "spearman", row.spearman());
    }
    if (r.note() != null) {
      root.put("note", r.note());
    }
  }

  private static void seeds(ObjectNode root, SeedsTask.Result r) {
    root.put("passed", !r.failed());
    ArrayNode checks = root.putArray("checks");
    for (SeedsTask.Check c : r.checks()) {
      checks.addObject().put("name", c.name()).put("passed", c.passed()).put("detail", c.detail());
    }
    ArrayNode pairs = root.putArray("pairs");
    for (SeedsTask.PairView p : r.pairs()) {
      ObjectNode o = pairs.addObject();
      o.put("a", p.a());
      o.put("b", p.b());
      o.put("stemma", p.stemma());
      number(o, "minhash", p.minHash());
      number(o, "tfidf", p.tfIdf());
    }
  }

  private static ObjectNode match(SentenceMatch m) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("bias", m.bias());
    o.put("cosine", m.cosine());
    o.put("words", m.words());
    o.put("content", m.content());
    o.put("contentOfShorter", m.contentOfShorter());
    o.put("bigrams", m.bigrams());
    o.put("numbersDisagree", m.numbersDisagree());
    o.put("lengthRatio", m.lengthRatio());
    o.put("threshold", m.threshold());
    return o;
  }

  private static void counts(ObjectNode o, BinaryCounts c) {
    o.put("truePositives", c.truePositives());
    o.put("falsePositives", c.falsePositives());
    o.put("trueNegatives", c.trueNegatives());
    o.put("falseNegatives", c.falseNegatives());
    number(o, "accuracy", c.accuracy());
    number(o, "precision", c.precision());
    number(o, "recall", c.recall());
    number(o, "f1", c.f1());
  }

  private static void number(ObjectNode o, String name, double value) {
    if (Double.isFinite(value)) {
      o.put(name, value);
    } else {
      o.putNull(name);
    }
  }

  private static void doubles(ArrayNode array, List<Double> values) {
    for (double v : values) {
      if (Double.isFinite(v)) {
        array.add(v);
      } else {
        array.addNull();
      }
    }
  }
}
