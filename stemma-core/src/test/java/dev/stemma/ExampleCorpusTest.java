package dev.stemma;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.ingest.Inputs;
import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import dev.stemma.story.Family;
import dev.stemma.story.Story;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The project's own example corpus (examples/README.md states the expected analysis), read both as
 * a folder of text files (content alone) and as JSON Lines (with publication dates).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleCorpusTest {

  private static final List<String> BRIDGE_FAMILY = List.of(
      "dailyfeedhub-portvale-bridge", "dailypulse-harbor-bridge", "metrowire-bridge-crack",
      "newsroom24-bridge-closure", "wire-bridge-closure");
  private static final List<String> BRIDGE_STORY = List.of(
      "courier-eastshore-ferry", "dailyfeedhub-portvale-bridge", "dailypulse-harbor-bridge",
      "metrowire-bridge-crack", "news8-harbor-bridge-what-we-know", "newsroom24-bridge-closure",
      "wire-bridge-closure");

  private Analysis folder;
  private Analysis jsonl;

  @BeforeAll
  void analyse() {
    try (Stemma stemma = Stemma.builder().build()) {
      folder = stemma.analyze(Inputs.installed().read(List.of(Shared.examples().resolve("harbor-bridge"))));
      jsonl = stemma.analyze(Inputs.installed().read(List.of(Shared.examples().resolve("harbor-bridge.jsonl"))));
    }
  }

  @Test
  void fourStoriesTheBridgeTheClockAndTwoUnrelatedArticles() {
    for (Analysis a : List.of(folder, jsonl)) {
      assertThat(a.stories()).extracting(Story::members).containsExactly(
          BRIDGE_STORY,
          List.of("apr-ashcombe-clock", "herald-wren-clock-returned", "historyhype-wren-clock"),
          List.of("courier-mariners-foxes"),
          List.of("valleytimes-fernley-mayor-race"));
    }
  }

  @Test
  void theWireFamilyHoldsItsExactCopyNearDuplicateAndRewrites() {
    for (Analysis a : List.of(folder, jsonl)) {
      Family family = a.stories().get(0).families().get(0);
      assertThat(family.members()).isEqualTo(BRIDGE_FAMILY);
      assertThat(family.origin()).isEqualTo("wire-bridge-closure");
      Map<String, RelationKind> kinds = kinds(a);
      assertThat(kinds.get("newsroom24-bridge-closure~wire-bridge-closure")).isEqualTo(RelationKind.EXACT);
      assertThat(kinds.get("metrowire-bridge-crack~wire-bridge-closure")).isEqualTo(RelationKind.NEAR_DUPLICATE);
      assertThat(kinds.get("dailypulse-harbor-bridge~wire-bridge-closure")).isEqualTo(RelationKind.REWRITE);
      assertThat(kinds.get("dailyfeedhub-portvale-bridge~wire-bridge-closure")).isEqualTo(RelationKind.REWRITE);
      assertThat(kinds.get("dailyfeedhub-portvale-bridge~dailypulse-harbor-bridge")).isEqualTo(RelationKind.REWRITE);
    }
  }

  @Test
  void theOriginIsTheEarliestWhenDatedAndTheClosestWhenNot() {
    Family byContent = folder.stories().get(0).families().get(0);
    assertThat(byContent.originReasons().get(0)).startsWith("closest to the other members");
    Family byDate = jsonl.stories().get(0).families().get(0);
    assertThat(byDate.originReasons().get(0)).isEqualTo("earliest published (2025-03-03T15:05:00Z; all 5 members dated)");
    // the Herald and its rewrite: dated in the JSON Lines; by content, the one that quotes more
    assertThat(folder.stories().get(1).families().get(0).origin()).isEqualTo("herald-wren-clock-returned");
    assertThat(jsonl.stories().get(1).families().get(0).origin()).isEqualTo("herald-wren-clock-returned");
  }

  @Test
  void everyCopyHangsUnderTheWireInTheLineage() {
    Family family = jsonl.stories().get(0).families().get(0);
    assertThat(family.lineage().children()).extracting(n -> n.id()).containsExactly(
        "newsroom24-bridge-closure", "metrowire-bridge-crack", "dailypulse-harbor-bridge",
        "dailyfeedhub-portvale-bridge");
  }

  @Test
  void independentReportsAreSameStoryWithEveryOtherMemberAndNeverCopies() {
    Map<String, RelationKind> kinds = kinds(folder);
    for (String independent : List.of("courier-eastshore-ferry", "news8-harbor-bridge-what-we-know")) {
      for (String other : BRIDGE_STORY) {
        if (!other.equals(independent)) {
          String key = independent.compareTo(other) < 0 ? independent + "~" + other : other + "~" + independent;
          assertThat(kinds.get(key)).as(key).isEqualTo(RelationKind.SAME_STORY);
        }
      }
    }
  }

  @Test
  void articlesOfDifferentStoriesAreNeverRelated() {
    Map<String, String> storyOf = folder.articles().stream()
        .collect(Collectors.toMap(ArticleResult::id, ArticleResult::story));
    assertThat(folder.relations()).allSatisfy(r -> assertThat(storyOf.get(r.a())).isEqualTo(storyOf.get(r.b())));
  }

  @Test
  void theJsonLinesCopiesNameTheirSourceByDate() {
    Relation r = jsonl.relations().stream()
        .filter(x -> x.a().equals("dailypulse-harbor-bridge") && x.b().equals("wire-bridge-closure"))
        .findFirst().orElseThrow();
    assertThat(r.source()).isEqualTo("wire-bridge-closure");
    assertThat(r.sourceBasis()).isEqualTo("published");
  }

  private static Map<String, RelationKind> kinds(Analysis a) {
    return a.relations().stream().collect(Collectors.toMap(r -> r.a() + "~" + r.b(), Relation::kind));
  }
}
