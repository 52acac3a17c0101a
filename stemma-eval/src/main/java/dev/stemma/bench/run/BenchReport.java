package dev.stemma.bench.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.stemma.eval.data.Relation;
import dev.stemma.eval.metric.ClassScores;
import dev.stemma.eval.metric.ClusteringScores;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

/** A bench run as a table for the terminal, or as one JSON object. */
public final class BenchReport {

  private BenchReport() {}

  public static String text(BenchRun.Result r) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%nBench run: %s, %,d articles%n%n", r.corpus(), r.articles()));
    out.append(String.format(Locale.ROOT, "%-20s %10s %12s%n", "stage", "seconds", "articles/s"));
    for (BenchRun.StageCost s : r.stages()) {
      out.append(String.format(Locale.ROOT, "%-20s %10.1f %12.0f%n", s.stage(), s.millis() / 1000.0, s.articlesPerSecond()));
    }
    out.append(String.format(Locale.ROOT, "%-20s %10.1f %12.0f%n", "stemma, all stages", r.stemmaMillis() / 1000.0,
        r.articles() * 1000.0 / Math.max(1, r.stemmaMillis())));
    out.append(String.format(Locale.ROOT,
        "%nPeak heap %.2f GiB. %,d candidate pairs. %,d of %,d sentences embedded (%.2f per article).%n",
        r.peakHeapBytes() / (double) (1L << 30), r.candidatePairs(), r.sentencesEmbedded(), r.sentences(),
        (double) r.sentencesEmbedded() / Math.max(1, r.articles())));

    out.append(String.format(Locale.ROOT, "%nStemma against the gold%n%-16s %9s %9s %9s %9s%n",
        "relation", "precision", "recall", "F1", "gold"));
    for (Relation relation : List.of(Relation.EXACT, Relation.NEAR_DUPLICATE, Relation.REWRITE, Relation.SAME_STORY)) {
      ClassScores<Relation> s = r.scores(relation);
      out.append(String.format(Locale.ROOT, "%-16s %9.3f %9.3f %9.3f %,9d%n",
          relation.label(), s.precision(), s.recall(), s.f1(), s.support()));
    }
    ClusteringScores st = r.stories();
    out.append(String.format(Locale.ROOT,
        "%nStories: %,d found (gold %,d); ARI %.3f, B-cubed precision %.3f, recall %.3f, F1 %.3f;"
            + " largest story %,d articles (gold %,d)%n",
        st.foundClusters(), st.goldClusters(), st.ari(), st.bcubed().precision(), st.bcubed().recall(),
        st.bcubed().f1(), r.largestStory(), r.largestGoldStory()));
    out.append(String.format(Locale.ROOT,
        "%nCopies found, Stemma beside MinHash deduplication (word 5-grams, 14 x 8 bands)%n%-16s %9s %9s %9s%n",
        "gold copy", "pairs", "stemma", "minhash"));
    for (int i = 0; i < r.stemmaRecall().size(); i++) {
      BenchRun.Recall s = r.stemmaRecall().get(i);
      BenchRun.Recall m = r.minHashRecall().stream().filter(x -> x.relation() == s.relation()).findFirst().orElse(s);
      out.append(String.format(Locale.ROOT, "%-16s %,9d %9.3f %9.3f%n", s.relation().label(), s.pairs(), s.recall(), m.recall()));
    }
    out.append(String.format(Locale.ROOT,
        "%nTime: Stemma %.1f s, MinHash %.1f s: Stemma takes %.1f times as long, for the rewrites MinHash cannot see.%n",
        r.stemmaMillis() / 1000.0, r.minHashMillis() / 1000.0, r.timeRatio()));
    return out.toString();
  }

  public static String json(BenchRun.Result r) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("corpus", r.corpus().toString());
      g.writeNumberField("articles", r.articles());
      g.writeArrayFieldStart("stages");
      for (BenchRun.StageCost s : r.stages()) {
        g.writeStartObject();
        g.writeStringField("stage", s.stage());
        g.writeNumberField("millis", s.millis());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("stemma_millis", r.stemmaMillis());
      g.writeNumberField("peak_heap_bytes", r.peakHeapBytes());
      g.writeNumberField("sentences", r.sentences());
      g.writeNumberField("sentences_embedded", r.sentencesEmbedded());
      g.writeNumberField("candidate_pairs", r.candidatePairs());
      g.writeObjectFieldStart("relations");
      for (Relation relation : List.of(Relation.EXACT, Relation.NEAR_DUPLICATE, Relation.REWRITE, Relation.SAME_STORY)) {
        ClassScores<Relation> s = r.scores(relation);
        g.writeObjectFieldStart(relation.label());
        g.writeNumberField("precision", s.precision());
        g.writeNumberField("recall", s.recall());
        g.writeNumberField("f1", s.f1());
        g.writeNumberField("gold", s.support());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeObjectFieldStart("stories");
      g.writeNumberField("found", r.stories().foundClusters());
      g.writeNumberField("gold", r.stories().goldClusters());
      g.writeNumberField("ari", r.stories().ari());
      g.writeNumberField("bcubed_precision", r.stories().bcubed().precision());
      g.writeNumberField("bcubed_recall", r.stories().bcubed().recall());
      g.writeNumberField("bcubed_f1", r.stories().bcubed().f1());
      g.writeNumberField("largest", r.largestStory());
      g.writeNumberField("largest_gold", r.largestGoldStory());
      g.writeEndObject();
      g.writeNumberField("minhash_millis", r.minHashMillis());
      g.writeNumberField("time_ratio", r.timeRatio());
      g.writeObjectFieldStart("copy_recall");
      for (BenchRun.Recall s : r.stemmaRecall()) {
        BenchRun.Recall m = r.minHashRecall().stream().filter(x -> x.relation() == s.relation()).findFirst().orElse(s);
        g.writeObjectFieldStart(s.relation().label());
        g.writeNumberField("stemma", s.recall());
        g.writeNumberField("minhash", m.recall());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to a string cannot fail", e);
    }
    return out.toString();
  }
}
