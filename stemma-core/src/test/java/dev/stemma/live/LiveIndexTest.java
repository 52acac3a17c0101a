package dev.stemma.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.Analysis;
import dev.stemma.Shared;
import dev.stemma.Stemma;
import dev.stemma.clean.ChromeRule;
import dev.stemma.clean.RemovedLine;
import dev.stemma.ingest.Article;
import dev.stemma.ingest.Corpus;
import dev.stemma.ingest.Inputs;
import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import dev.stemma.story.Story;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Articles added one by one reach the batch run's relations and stories, in any order. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveIndexTest {

  private Stemma stemma;

  @BeforeAll
  void open() {
    stemma = Stemma.builder().build();
  }

  @AfterAll
  void close() {
    stemma.close();
  }

  @Test
  void addingTheExampleCorpusOneByOneInAnyOrderEqualsTheBatchRun() {
    Corpus corpus = Inputs.installed().read(List.of(Shared.examples().resolve("harbor-bridge.jsonl")));
    Analysis batch = stemma.analyze(corpus);
    for (long seed : new long[] {1, 2, 3}) {
      List<Article> order = new ArrayList<>(corpus.articles());
      Collections.shuffle(order, new Random(seed));
      LiveIndex live = stemma.live(new MemoryStore());
      order.forEach(live::add);
      assertThat(relations(live)).as("relations, order seed " + seed).isEqualTo(batch.relations());
      assertThat(live.stories()).as("stories, order seed " + seed).isEqualTo(batch.stories());
    }
  }

  @Test
  void aStoreThatForgetsEveryPreparedArticle_stillGivesTheBatchRun() {
    // every read prepares the article again, with the repeated-line statistic of that moment: the
    // articles a new boilerplate line makes the index clean again must not be read in between
    Corpus corpus = Inputs.installed().read(List.of(Shared.examples().resolve("harbor-bridge.jsonl")));
    Analysis batch = stemma.analyze(corpus);
    for (long seed : new long[] {1, 2}) {
      List<Article> order = new ArrayList<>(corpus.articles());
      Collections.shuffle(order, new Random(seed));
      ForgetfulStore store = new ForgetfulStore();
      LiveIndex live = stemma.live(store);
      store.reviveWith(live::prepareStored);
      order.forEach(live::add);
      assertThat(relations(live)).as("relations, order seed " + seed).isEqualTo(batch.relations());
      assertThat(live.stories()).as("stories, order seed " + seed).isEqualTo(batch.stories());
    }
  }

  @Test
  void aLineBecomingBoilerplate_cleansItsArticlesAgain_evenWhenTheStoreForgetsThem() {
    // a1 and a2 are near-duplicates ending with the same footer after different paragraphs; a3, an
    // unrelated story, repeats it a third time, which makes it boilerplate: a1 and a2 are cleaned
    // again. Re-matching a1 must not read a2 prepared with the new statistic under its old body hash.
    String story = """
        Portvale shuts Harbor Bridge after inspectors find a crack in a main steel girder.

        The city closed the bridge to all traffic on Monday morning, officials said.

        Engineers from the state transport department will inspect the span this week.

        Ferries will run every twenty minutes between Eastshore and the city centre.
        """;
    String footer = "\n\nQuayside Media Group owns five newspapers in the bay area.\n";
    Article a1 = Article.of("a1", "Harbor Bridge closed\n\n" + story + "\nThe mayor asked drivers to be patient."
        + footer);
    Article a2 = Article.of("a2", "Harbor Bridge closed\n\n" + story + "\nThe mayor urged drivers to use the ring road."
        + footer);
    Article a3 = Article.of("a3", "Mariners beat Foxes\n\nThe Mariners beat the Foxes 3-1 on Saturday at Millbank Park."
        + "\n\nTheir striker scored twice in the second half." + footer);
    Analysis batch = stemma.analyze(Corpus.of(List.of(a1, a2, a3)));
    assertThat(batch.articles()).allSatisfy(r -> assertThat(r.removed()).extracting(RemovedLine::rule)
        .contains(ChromeRule.REPEATED_LINE));
    assertThat(batch.relations()).anySatisfy(r -> assertThat(r.kind()).isEqualTo(RelationKind.NEAR_DUPLICATE));
    ForgetfulStore store = new ForgetfulStore();
    LiveIndex live = stemma.live(store);
    store.reviveWith(live::prepareStored);
    List.of(a1, a2, a3).forEach(live::add);
    assertThat(relations(live)).isEqualTo(batch.relations());
    assertThat(live.stories()).isEqualTo(batch.stories());
  }

  @Test
  void addingTheSeedsOneByOneEqualsTheBatchRun() {
    Corpus corpus = Inputs.installed().read(List.of(Shared.seeds()));
    Analysis batch = stemma.analyze(corpus);
    List<Article> order = new ArrayList<>(corpus.articles());
    Collections.reverse(order);
    LiveIndex live = stemma.live(new MemoryStore());
    order.forEach(live::add);
    assertThat(relations(live)).isEqualTo(batch.relations());
    assertThat(live.stories()).isEqualTo(batch.stories());
  }

  @Test
  void anArrivingArticleIsMatchedAtOnceAndJoinsItsStory() {
    Corpus corpus = Inputs.installed().read(List.of(Shared.examples().resolve("harbor-bridge")));
    LiveIndex live = stemma.live(new MemoryStore());
    Article rewrite = null;
    for (Article a : corpus.articles()) {
      if (a.id().equals("dailypulse-harbor-bridge")) {
        rewrite = a;
      } else {
        live.add(a);
      }
    }
    LiveIndex.Added added = (LiveIndex.Added) live.add(rewrite);
    assertThat(added.relations())
        .filteredOn(r -> r.other("dailypulse-harbor-bridge").equals("wire-bridge-closure"))
        .extracting(Relation::kind)
        .containsExactly(RelationKind.REWRITE);
    Story story = added.story();
    assertThat(story.members()).contains("wire-bridge-closure", "courier-eastshore-ferry", "dailypulse-harbor-bridge");
  }

  @Test
  void removingAnArticleEqualsTheBatchRunWithoutIt() {
    Corpus corpus = Inputs.installed().read(List.of(Shared.examples().resolve("harbor-bridge")));
    LiveIndex live = stemma.live(new MemoryStore());
    corpus.articles().forEach(live::add);
    live.remove("news8-harbor-bridge-what-we-know");
    List<Article> rest = corpus.articles().stream()
        .filter(a -> !a.id().equals("news8-harbor-bridge-what-we-know")).toList();
    Analysis batch = stemma.analyze(Corpus.of(rest));
    assertThat(relations(live)).isEqualTo(batch.relations());
    assertThat(live.stories()).isEqualTo(batch.stories());
  }

  @Test
  void theStoryOfEachArticleIsItsStoryInTheBatchRun() {
    Corpus corpus = Inputs.installed().read(List.of(Shared.examples().resolve("harbor-bridge.jsonl")));
    Analysis batch = stemma.analyze(corpus);
    LiveIndex live = stemma.live(new MemoryStore());
    corpus.articles().forEach(live::add);
    for (Story expected : batch.stories()) {
      for (String id : expected.members()) {
        Story got = live.storyOf(id).orElseThrow();
        assertThat(got.members()).as(id).isEqualTo(expected.members());
        assertThat(got.headline()).as(id).isEqualTo(expected.headline());
        assertThat(got.families()).as(id).hasSameSizeAs(expected.families());
        for (int f = 0; f < got.families().size(); f++) {
          var g = got.families().get(f);
          var e = expected.families().get(f);
          assertThat(List.of(g.members(), g.origin(), g.originReasons(), g.lineage()))
              .as(id).isEqualTo(List.of(e.members(), e.origin(), e.originReasons(), e.lineage()));
        }
      }
    }
    assertThat(live.storyOf("not-stored")).isEmpty();
  }

  @Test
  void aStoredArticlePreparedAgainEqualsWhatTheStoreHolds() {
    Corpus corpus = Inputs.installed().read(List.of(Shared.examples().resolve("harbor-bridge")));
    MemoryStore store = new MemoryStore();
    LiveIndex live = stemma.live(store);
    corpus.articles().forEach(live::add);
    for (Article a : corpus.articles()) {
      var held = store.article(a.id()).orElseThrow();
      var again = live.prepareStored(a);
      assertThat(again.clean().body()).as(a.id()).isEqualTo(held.clean().body());
      assertThat(again.bodyHash()).as(a.id()).isEqualTo(held.bodyHash());
      assertThat(again.shingleSignature()).as(a.id()).isEqualTo(held.shingleSignature());
      assertThat(again.anchorSignature()).as(a.id()).isEqualTo(held.anchorSignature());
    }
  }

  @Test
  void rehearsingEveryArticleChangesNoRelationAndNoStory() {
    Corpus corpus = Inputs.installed().read(List.of(Shared.examples().resolve("harbor-bridge.jsonl")));
    LiveIndex live = stemma.live(new MemoryStore());
    corpus.articles().forEach(live::add);
    List<Relation> before = live.relations();
    List<Story> stories = live.stories();
    int planned = 0;
    for (Article a : corpus.articles()) {
      planned += live.rehearse(a.id());
    }
    assertThat(planned).as("pairs planned").isPositive();
    assertThat(live.rehearse("not-stored")).isZero();
    assertThat(live.relations()).isEqualTo(before);
    assertThat(live.stories()).isEqualTo(stories);
    Article next = corpus.articles().get(0);
    live.remove(next.id());
    live.add(next);
    assertThat(live.relations()).as("an article added again after the rehearsal").isEqualTo(before);
  }

  @Test
  void compareGivesTheStoredRelationOrJudgesThePairNow() {
    Corpus corpus = Inputs.installed().read(List.of(Shared.examples().resolve("harbor-bridge")));
    LiveIndex live = stemma.live(new MemoryStore());
    corpus.articles().forEach(live::add);
    Relation stored = live.relations().stream()
        .filter(r -> r.a().equals("dailypulse-harbor-bridge") && r.b().equals("wire-bridge-closure"))
        .findFirst().orElseThrow();
    assertThat(live.compare("wire-bridge-closure", "dailypulse-harbor-bridge")).contains(stored);
    Relation unrelated = live.compare("courier-mariners-foxes", "herald-wren-clock-returned").orElseThrow();
    assertThat(unrelated.kind()).isEqualTo(RelationKind.UNRELATED);
    assertThat(live.compare("wire-bridge-closure", "nowhere")).isEmpty();
  }

  private static List<Relation> relations(LiveIndex live) {
    return live.relations();
  }

}
