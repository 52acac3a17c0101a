package dev.stemma.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stemma.eval.baseline.WordShingles;
import dev.stemma.eval.baseline.WordTokens;
import dev.stemma.eval.data.Datasets;
import dev.stemma.eval.data.GoldPair;
import dev.stemma.eval.data.Relation;
import dev.stemma.eval.data.RelationsDataset;
import dev.stemma.ingest.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus from the real {@code ../shared/eval/} (skipped where absent): its copies have the word
 * 5-gram overlap their relation implies, so that the MinHash baseline finds exact copies and
 * near-duplicates but almost no rewrites, and its shares follow the configuration.
 */
class CorpusGeneratorSharedEvalTest {

  static final Path EVAL = Path.of(System.getProperty("stemma.eval.dir", "../../shared/eval"));

  @Test
  void copies_haveTheOverlapTheirRelationImplies(@TempDir Path out) throws Exception {
    assumeTrue(
        Files.isDirectory(EVAL.resolve("mrpc")),
        "skipped: " + EVAL.toAbsolutePath().normalize() + " is absent (set -Dstemma.eval.dir)");
    int n = 1000;
    BenchSummary summary = CorpusGenerator.generate(EVAL, n, 7, out);
    RelationsDataset gold = Datasets.benchRelations(out);
    Map<String, Set<String>> shingles = new HashMap<>();
    for (Article article : gold.articles()) {
      shingles.put(article.id(), WordShingles.of(WordTokens.of(article.text()), 5));
    }
    Map<Relation, List<Double>> jaccard = new EnumMap<>(Relation.class);
    for (GoldPair pair : gold.pairs()) {
      jaccard
          .computeIfAbsent(pair.relation(), r -> new ArrayList<>())
          .add(WordShingles.jaccard(shingles.get(pair.a()), shingles.get(pair.b())));
    }
    assertThat(median(jaccard.get(Relation.EXACT))).isGreaterThan(0.7);
    assertThat(median(jaccard.get(Relation.NEAR_DUPLICATE))).isGreaterThan(0.4);
    assertThat(median(jaccard.get(Relation.REWRITE))).isLessThan(0.2);
    assertThat(share(jaccard.get(Relation.REWRITE), 0.5)).isLessThan(0.02);
    assertThat(median(jaccard.get(Relation.SAME_STORY))).isLessThan(0.02);

    // shares as configured: 30% of reports copied, 1.5 copies each on average
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("gold/manifest.json").toFile());
    JsonNode kinds = manifest.get("articles_by_kind");
    int reports = kinds.get("report").asInt() + kinds.get("paraphrase_report").asInt();
    int copies =
        kinds.get("exact").asInt()
            + kinds.get("near_duplicate").asInt()
            + kinds.get("rewrite").asInt();
    assertThat(reports + copies).isEqualTo(n);
    assertThat((double) copies / reports).isBetween(0.35, 0.55);
    assertThat((double) kinds.get("exact").asInt() / copies).isBetween(0.2, 0.4);
    assertThat((double) kinds.get("rewrite").asInt() / copies).isBetween(0.15, 0.35);
    assertThat(kinds.get("rewrite").asInt()).isEqualTo(kinds.get("paraphrase_report").asInt());
    assertThat(summary.maxParaphraseUse()).isEqualTo(1);
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  static double share(List<Double> values, double atLeast) {
    return values.stream().filter(v -> v >= atLeast).count() / (double) values.size();
  }
}
