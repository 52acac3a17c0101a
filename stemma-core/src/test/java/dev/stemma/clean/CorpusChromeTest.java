package dev.stemma.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stemma.ingest.Article;
import dev.stemma.ingest.Corpus;
import dev.stemma.ingest.Inputs;
import dev.stemma.ingest.JsonLinesReader;
import dev.stemma.ingest.TextFileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The chrome the seed corpus ({@code ../shared/README.md}) and the example corpus ({@code
 * examples/README.md}) list, and nothing else, is what the cleaner removes from them, each line by a
 * rule that fits it.
 */
class CorpusChromeTest {

  /** A line the README lists: how the removed text starts, and the rules that would be right for it. */
  private record Expected(String start, Set<ChromeRule> rules) {}

  private static Expected line(String start, ChromeRule first, ChromeRule... more) {
    return new Expected(start, EnumSet.of(first, more));
  }

  /** The repository root: the first folder up from here that holds {@code mvnw}. */
  private static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("a folder holding mvnw above " + Path.of("").toAbsolutePath()).isNotNull();
    return dir;
  }

  private static Optional<Path> seeds() {
    Path seeds = root().resolve("../shared/seeds").normalize();
    return Files.isDirectory(seeds) ? Optional.of(seeds) : Optional.empty();
  }

  /** Cleans a corpus as the pipeline does: repeated lines counted over all of it first. */
  private static Map<String, CleanArticle> clean(List<Article> articles) {
    RepeatedLines.Builder lines = new RepeatedLines.Builder();
    articles.forEach(a -> lines.add(Cleaner.paragraphs(a)));
    RepeatedLines repeated = lines.build();
    Map<String, CleanArticle> out = new LinkedHashMap<>();
    articles.forEach(a -> out.put(a.id(), Cleaner.clean(a, repeated)));
    return out;
  }

  private static Corpus read(Path path) {
    Corpus corpus = Inputs.of(List.of(new TextFileReader(), new JsonLinesReader())).read(List.of(path));
    assertThat(corpus.rejections()).isEmpty();
    return corpus;
  }

  /**
   * Each article loses exactly the expected lines, in order, each by one of its rules; {@code
   * optional} lines may go or stay. Every removed line is the original text at its offsets.
   */
  private static void assertChrome(
      Map<String, Article> articles, Map<String, CleanArticle> cleaned, Map<String, List<Expected>> expected, Set<String> optional) {
    assertThat(cleaned.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    List<String> problems = new ArrayList<>();
    for (var e : expected.entrySet()) {
      String id = e.getKey();
      Article article = articles.get(id);
      CleanArticle c = cleaned.get(id);
      List<RemovedLine> removed = new ArrayList<>(c.removed());
      removed.removeIf(r -> optional.stream().anyMatch(o -> flat(r.text()).startsWith(o)));
      for (RemovedLine r : c.removed()) {
        String field = r.field().equals("title") ? article.title() : article.text();
        if (!field.substring(r.start(), r.end()).equals(r.text())) {
          problems.add(id + ": removed text \"" + r.text() + "\" is not the original at [" + r.start() + ", " + r.end() + ")");
        }
      }
      List<Expected> want = e.getValue();
      int n = Math.max(want.size(), removed.size());
      for (int i = 0; i < n; i++) {
        Expected w = i < want.size() ? want.get(i) : null;
        RemovedLine r = i < removed.size() ? removed.get(i) : null;
        if (w == null) {
          problems.add(id + ": removed a line the README does not list: " + Cleaner.describe(r));
        } else if (r == null) {
          problems.add(id + ": kept chrome \"" + w.start() + "...\"");
        } else if (!flat(r.text()).startsWith(w.start())) {
          problems.add(id + ": expected \"" + w.start() + "...\" next, removed " + Cleaner.describe(r));
        } else if (!w.rules().contains(r.rule())) {
          problems.add(id + ": \"" + w.start() + "...\" removed as " + r.rule() + ", expected one of " + w.rules());
        }
        if (w != null && c.body().contains(w.start())) {
          problems.add(id + ": body still holds \"" + w.start() + "\"");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @Test
  void seeds_loseExactlyTheChromeTheReadmeLists() {
    Optional<Path> folder = seeds();
    assumeTrue(folder.isPresent(), "no seed corpus at ../shared/seeds beside the repository");
    Corpus corpus = read(folder.get());
    Map<String, Article> articles = new LinkedHashMap<>();
    corpus.articles().forEach(a -> articles.put(a.id().substring(0, 3), a));
    Map<String, CleanArticle> cleaned = new LinkedHashMap<>();
    clean(corpus.articles()).forEach((id, c) -> cleaned.put(id.substring(0, 3), c));

    Map<String, List<Expected>> expected = new LinkedHashMap<>();
    expected.put("000", List.of(line("Leave a Comment", ChromeRule.CALL_TO_ACTION)));
    expected.put(
        "001",
        List.of(
            line("About the author", ChromeRule.AUTHOR_BOX),
            line("Hussain Indo", ChromeRule.AUTHOR_BOX),
            line("Add Comment", ChromeRule.CALL_TO_ACTION, ChromeRule.AUTHOR_BOX),
            line("Click here to post a comment", ChromeRule.CALL_TO_ACTION, ChromeRule.AUTHOR_BOX)));
    expected.put("002", List.of(line("You are currently viewing Putin and Xi Will Reportedly Meet", ChromeRule.TITLE_PREFIX)));
    expected.put(
        "003",
        List.of(
            line("Source link", ChromeRule.TRAILING_FRAGMENT),
            line("Leave a Comment", ChromeRule.CALL_TO_ACTION)));
    expected.put(
        "004",
        List.of(
            line("(Photo: AP)", ChromeRule.PHOTO_CREDIT),
            line("Top jobs of the day", ChromeRule.ADVERT),
            line("Find the best jobs now and be notified by email.", ChromeRule.ADVERT),
            line(">> Read also: The China twilight", ChromeRule.CROSS_LINK),
            line("(Photo: IMAGO/UPI Photo)", ChromeRule.PHOTO_CREDIT),
            line("More: Military maneuvers by Russia and China", ChromeRule.CROSS_LINK),
            line("source site-14", ChromeRule.TRAILING_FRAGMENT)));
    assertChrome(articles, cleaned, expected, Set.of());

    assertThat(cleaned.get("002").headline())
        .isEqualTo("Putin and Xi Will Reportedly Meet in Uzbekistan the Following Week, According to an Official");
    // captions without a credit and section headings are story text
    assertThat(cleaned.get("004").body()).contains("Putin, Xi Jinping in February").contains("Russian-Chinese maneuver Vostok");
    assertThat(cleaned.get("001").body()).contains("The Meeting\n\n").contains("More than 2,000 party members will attend");
    assertThat(cleaned.get("000").body()).contains("On your question, I have nothing to offer.");
  }

  private static Map<String, List<Expected>> exampleChrome() {
    Map<String, List<Expected>> expected = new LinkedHashMap<>();
    expected.put("wire-bridge-closure", List.of());
    expected.put(
        "newsroom24-bridge-closure",
        List.of(
            line("Share on Facebook | Share on X | Email this article", ChromeRule.SHARE_BAR, ChromeRule.CALL_TO_ACTION),
            line("What do you think about the closure?", ChromeRule.CALL_TO_ACTION),
            line("Morning Briefing:", ChromeRule.ADVERT, ChromeRule.CALL_TO_ACTION),
            line("Tags:", ChromeRule.TAGS),
            line("We use cookies", ChromeRule.COOKIE_NOTICE)));
    expected.put(
        "metrowire-bridge-crack",
        List.of(
            line("Image: The Harbor Bridge over the Keel River in Portvale / Getty Images", ChromeRule.PHOTO_CREDIT),
            line("Related: Inside the race", ChromeRule.CROSS_LINK),
            line("Related: Commuters face", ChromeRule.CROSS_LINK),
            line("\u00A9 MetroWire 2025.", ChromeRule.COPYRIGHT)));
    expected.put(
        "dailypulse-harbor-bridge",
        List.of(
            line("Written by Jake Marlowe", ChromeRule.AUTHOR_BOX, ChromeRule.BYLINE),
            line("Jake is a freelance writer", ChromeRule.AUTHOR_BOX),
            line("Leave a Reply", ChromeRule.CALL_TO_ACTION, ChromeRule.AUTHOR_BOX),
            line("Your email address will not be published.", ChromeRule.CALL_TO_ACTION, ChromeRule.AUTHOR_BOX)));
    expected.put(
        "dailyfeedhub-portvale-bridge",
        List.of(
            line("Posted by Staff Writer in Local News", ChromeRule.BYLINE, ChromeRule.AUTHOR_BOX),
            line("Share this:", ChromeRule.SHARE_BAR, ChromeRule.CALL_TO_ACTION),
            line("Facebook", ChromeRule.SHARE_BAR),
            line("X", ChromeRule.SHARE_BAR),
            line("WhatsApp", ChromeRule.SHARE_BAR),
            line("Email", ChromeRule.SHARE_BAR, ChromeRule.CALL_TO_ACTION),
            line("See also:", ChromeRule.CROSS_LINK),
            line("Read more:", ChromeRule.CROSS_LINK)));
    expected.put(
        "courier-eastshore-ferry",
        List.of(
            line("By Corinne Mayhew", ChromeRule.BYLINE),
            line("Commuters wait for the ferry at Pier 4 on Monday morning. (Photo: Daniel Ruiz / Portvale Courier)", ChromeRule.PHOTO_CREDIT),
            line("Support local journalism:", ChromeRule.ADVERT, ChromeRule.CALL_TO_ACTION),
            line("Comments (14) | Sign in to join the discussion", ChromeRule.CALL_TO_ACTION)));
    expected.put(
        "news8-harbor-bridge-what-we-know",
        List.of(
            line("By News 8 Staff", ChromeRule.BYLINE),
            line("Published: March 3, 2025, 12:35 PM | Updated:", ChromeRule.TIMESTAMP),
            line("WATCH:", ChromeRule.CROSS_LINK),
            line("Download the News 8 app", ChromeRule.CALL_TO_ACTION, ChromeRule.ADVERT),
            line("Have a news tip?", ChromeRule.CALL_TO_ACTION),
            line("Copyright 2025", ChromeRule.COPYRIGHT)));
    expected.put(
        "herald-wren-clock-returned",
        List.of(
            line("By Priya Lachance", ChromeRule.BYLINE),
            line("Share this story:", ChromeRule.SHARE_BAR, ChromeRule.CALL_TO_ACTION),
            line("Subscribe to the Herald's", ChromeRule.ADVERT, ChromeRule.CALL_TO_ACTION)));
    expected.put(
        "historyhype-wren-clock",
        List.of(
            line("Image: Ashcombe Museum of Timekeeping / Handout", ChromeRule.PHOTO_CREDIT),
            line("Follow us on Facebook", ChromeRule.CALL_TO_ACTION, ChromeRule.SHARE_BAR)));
    expected.put(
        "apr-ashcombe-clock",
        List.of(
            line("Ashcombe Public Radio | By Marcus Delgado", ChromeRule.BYLINE),
            line("Listen: 4 min", ChromeRule.CROSS_LINK, ChromeRule.CALL_TO_ACTION),
            line("Support this reporting:", ChromeRule.ADVERT, ChromeRule.CALL_TO_ACTION),
            line("Transcript edited for clarity.", ChromeRule.EDITORIAL_NOTE)));
    expected.put(
        "courier-mariners-foxes",
        List.of(
            line("By Sam Achterberg", ChromeRule.BYLINE),
            line("Mariners striker Kofi Mensah celebrates his second goal against Linwood. (Photo: Portvale Courier)", ChromeRule.PHOTO_CREDIT),
            line("Tags:", ChromeRule.TAGS),
            line("Sign up for the Courier Sports newsletter", ChromeRule.CALL_TO_ACTION, ChromeRule.ADVERT)));
    expected.put(
        "valleytimes-fernley-mayor-race",
        List.of(
            line("By Harold Quist | The Valley Times", ChromeRule.BYLINE),
            line("Ruth Abernathy speaks to supporters at the Grange Hall on Tuesday night. Image: Valley Times / Ellen Tso", ChromeRule.PHOTO_CREDIT),
            line("Related:", ChromeRule.CROSS_LINK),
            line("Did we miss something?", ChromeRule.CALL_TO_ACTION)));
    return expected;
  }

  /** The agency's credit line: "keeping or dropping it changes no result" (examples/README.md). */
  private static final Set<String> OPTIONAL_EXAMPLE_CHROME = Set.of("(Reporting by Lena Hartigan; Editing by Tomas Brill)");

  @Test
  void exampleFolder_losesExactlyTheChromeTheExamplesReadmeLists() {
    Corpus corpus = read(root().resolve("examples/harbor-bridge"));
    Map<String, Article> articles = new LinkedHashMap<>();
    corpus.articles().forEach(a -> articles.put(a.id(), a));
    Map<String, CleanArticle> cleaned = clean(corpus.articles());

    assertChrome(articles, cleaned, exampleChrome(), OPTIONAL_EXAMPLE_CHROME);

    // subheads are story text; after chrome the exact copy is the wire story
    assertThat(cleaned.get("dailypulse-harbor-bridge").body()).contains("\n\nMayor Acts Within Hours\n\n");
    assertThat(cleaned.get("news8-harbor-bridge-what-we-know").body()).contains("\n\nHow long will it be closed?\n\n");
    assertThat(cleaned.get("historyhype-wren-clock").body()).contains("\n\nDid You Know?\n\n");
    assertThat(cleaned.get("newsroom24-bridge-closure").body()).isEqualTo(cleaned.get("wire-bridge-closure").body());
  }

  @Test
  void exampleJsonLines_losesTheSameChromeAsTheFolder() {
    Corpus corpus = read(root().resolve("examples/harbor-bridge.jsonl"));
    Map<String, Article> articles = new LinkedHashMap<>();
    corpus.articles().forEach(a -> articles.put(a.id(), a));
    Map<String, CleanArticle> cleaned = clean(corpus.articles());

    assertChrome(articles, cleaned, exampleChrome(), OPTIONAL_EXAMPLE_CHROME);
    cleaned.values().forEach(c -> assertThat(c.headlineField()).as(c.id()).isEqualTo("title"));
  }
}
