package dev.stemma;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.clean.RemovedLine;
import dev.stemma.ingest.Inputs;
import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import dev.stemma.story.Family;
import dev.stemma.story.Story;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The analysis of the seed corpus that shared/README.md asks for: five web copies of one event,
 * a wire story with two reworded copies and two independent reports, boilerplate and all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedCorpusTest {

  private static final String WIRE = "000_67a985325033fb28";
  private static final String SPUN_WITH_SECTION = "001_246f3351ffaac2ed";
  private static final String SPUN_WITH_EXTRA = "002_0f233200d26df207";
  private static final String CNN = "003_17fc4e0276356a34";
  private static final String HANDELSBLATT = "004_0e785a0ff693936c";

  private Analysis analysis;

  @BeforeAll
  void analyse() {
    try (Stemma stemma = Stemma.builder().build()) {
      analysis = stemma.analyze(Inputs.installed().read(List.of(Shared.seeds())));
    }
  }

  @Test
  void allFiveArticlesAreOneStory() {
    assertThat(analysis.stories()).hasSize(1);
    assertThat(analysis.stories().get(0).members())
        .containsExactly(WIRE, SPUN_WITH_SECTION, SPUN_WITH_EXTRA, CNN, HANDELSBLATT);
  }

  @Test
  void theWireAndItsTwoRewritesAreOneFamilyWithTheWireAsOrigin() {
    Story story = analysis.stories().get(0);
    Family family = story.families().get(0);
    assertThat(family.members()).containsExactly(WIRE, SPUN_WITH_SECTION, SPUN_WITH_EXTRA);
    assertThat(family.origin()).isEqualTo(WIRE);
    assertThat(family.originReasons()).first().asString().startsWith("closest to the other members");
    assertThat(family.lineage().id()).isEqualTo(WIRE);
    assertThat(family.lineage().children()).extracting(n -> n.id())
        .containsExactlyInAnyOrder(SPUN_WITH_SECTION, SPUN_WITH_EXTRA);
  }

  @Test
  void theCopiesAreLinkedAsRewritesNotAsExactOrNearDuplicates() {
    Map<String, RelationKind> kinds = kinds();
    assertThat(kinds.get(WIRE + "~" + SPUN_WITH_SECTION)).isEqualTo(RelationKind.REWRITE);
    assertThat(kinds.get(WIRE + "~" + SPUN_WITH_EXTRA)).isEqualTo(RelationKind.REWRITE);
    assertThat(kinds.values()).doesNotContain(RelationKind.EXACT, RelationKind.NEAR_DUPLICATE);
  }

  @Test
  void eachRewriteLinkShowsAlignedSentencesPointingIntoBothOriginals() {
    Relation r = relation(WIRE, SPUN_WITH_SECTION);
    assertThat(r.evidence()).hasSizeGreaterThanOrEqualTo(10);
    String wire = text(WIRE);
    String spun = text(SPUN_WITH_SECTION);
    assertThat(r.evidence()).allSatisfy(e -> {
      assertThat(wire.substring(e.aStart(), e.aEnd())).isNotBlank();
      assertThat(spun.substring(e.bStart(), e.bEnd())).isNotBlank();
    });
    // the denial survives the rewording word for word: "On your question, I have nothing to ..."
    assertThat(r.evidence()).anySatisfy(e -> {
      assertThat(wire.substring(e.aStart(), e.aEnd())).contains("Mao Ning");
      assertThat(spun.substring(e.bStart(), e.bEnd())).contains("Mao Ning");
    });
  }

  @Test
  void theIndependentReportsAreFamiliesOfTheirOwnLinkedToAllOthersAsSameStory() {
    Story story = analysis.stories().get(0);
    assertThat(story.families()).extracting(Family::members)
        .contains(List.of(CNN), List.of(HANDELSBLATT));
    Map<String, RelationKind> kinds = kinds();
    for (String independent : List.of(CNN, HANDELSBLATT)) {
      for (String other : List.of(WIRE, SPUN_WITH_SECTION, SPUN_WITH_EXTRA, CNN, HANDELSBLATT)) {
        if (!other.equals(independent)) {
          String key = independent.compareTo(other) < 0 ? independent + "~" + other : other + "~" + independent;
          assertThat(kinds.get(key)).as(key).isEqualTo(RelationKind.SAME_STORY);
        }
      }
    }
  }

  @Test
  void theChromeListedInTheReadmeIsRemovedAndNothingElse() {
    Map<String, Set<String>> removed = new TreeMap<>();
    for (ArticleResult a : analysis.articles()) {
      removed.put(a.id(), a.removed().stream().map(RemovedLine::text).collect(Collectors.toSet()));
    }
    assertThat(removed.get(WIRE)).containsExactly("Leave a Comment");
    assertThat(removed.get(SPUN_WITH_SECTION))
        .containsExactlyInAnyOrder("About the author", "Hussain Indo", "Add Comment", "Click here to post a comment");
    assertThat(removed.get(SPUN_WITH_EXTRA)).singleElement().asString().startsWith("You are currently viewing ");
    assertThat(removed.get(CNN)).containsExactlyInAnyOrder("Source link", "Leave a Comment");
    assertThat(removed.get(HANDELSBLATT)).containsExactlyInAnyOrder(
        "(Photo: AP)", "Top jobs of the day", "Find the best jobs now and\nbe notified by email.",
        ">> Read also: The China twilight: the country has changed so dramatically", "(Photo: IMAGO/UPI Photo)",
        "More: Military maneuvers by Russia and China: Should the West fear Putin’s alliance with Xi?",
        "source site-14");
  }

  @Test
  void everySeedIsAnalysed() {
    assertThat(analysis.articles()).allSatisfy(a -> assertThat(a.status()).isEqualTo("analysed"));
  }

  private Map<String, RelationKind> kinds() {
    return analysis.relations().stream().collect(Collectors.toMap(r -> r.a() + "~" + r.b(), Relation::kind));
  }

  private Relation relation(String a, String b) {
    return analysis.relations().stream()
        .filter(r -> r.a().equals(a) && r.b().equals(b))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no relation between " + a + " and " + b));
  }

  private String text(String id) {
    try {
      return java.nio.file.Files.readString(Shared.seeds().resolve(id + ".txt"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
