package dev.stemma.server.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.Analysis;
import dev.stemma.Stemma;
import dev.stemma.ingest.Article;
import dev.stemma.ingest.Corpus;
import dev.stemma.ingest.Inputs;
import dev.stemma.relate.Relation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index over Lucene reaches the batch run's relations, and keeps them and its story ids across a restart. */
class ArticleIndexTest {

  private static final Path CORPUS = repo().resolve("examples/harbor-bridge.jsonl");

  @Test
  void addedInAShuffledOrderAndReopenedItEqualsTheBatchRun(@TempDir Path data) throws Exception {
    Corpus corpus = Inputs.installed().read(List.of(CORPUS));
    List<Article> order = new ArrayList<>(corpus.articles());
    long seed = 20261122L;
    Collections.shuffle(order, new Random(seed));
    EmbedClock clock = new EmbedClock();
    try (Stemma stemma = Stemma.builder().encoder(clock.timed()).build()) {
      Analysis batch = stemma.analyze(corpus);
      Map<String, String> storiesBefore = new TreeMap<>();
      try (ArticleIndex index = ArticleIndex.open(data, stemma, clock, 3)) { // a cache of 3: most reads revive
        for (Article a : order) {
          index.add(List.of(a));
        }
        assertThat(relations(index, corpus)).as("order seed " + seed).isEqualTo(batch.relations());
        for (Article a : corpus.articles()) {
          storiesBefore.put(a.id(), index.storyOf(a.id()).orElseThrow());
        }
      }
      try (ArticleIndex reopened = ArticleIndex.open(data, stemma, clock, 3)) {
        assertThat(relations(reopened, corpus)).isEqualTo(batch.relations());
        for (Article a : corpus.articles()) {
          assertThat(reopened.storyOf(a.id())).as(a.id()).contains(storiesBefore.get(a.id()));
        }
        assertThat(reopened.stories(null, null, null, 1, 20).total()).isEqualTo(batch.stories().size());
      }
    }
  }

  private static List<Relation> relations(ArticleIndex index, Corpus corpus) {
    Map<String, Relation> all = new TreeMap<>();
    for (Article a : corpus.articles()) {
      for (Relation r : index.relations(a.id())) {
        all.put(r.a() + "\u0000" + r.b(), r);
      }
    }
    return List.copyOf(all.values());
  }

  private static Path repo() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (java.nio.file.Files.isRegularFile(p.resolve("mvnw"))) {
        return p;
      }
    }
    throw new IllegalStateException("no folder holding mvnw above " + Path.of("").toAbsolutePath());
  }
}
