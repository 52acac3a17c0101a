package dev.stemma.eval.task;

import static java.util.Objects.requireNonNull;

import dev.stemma.Analysis;
import dev.stemma.ArticleResult;
import dev.stemma.Progress;
import dev.stemma.Stemma;
import dev.stemma.clean.RemovedLine;
import dev.stemma.eval.baseline.Baselines;
import dev.stemma.eval.baseline.MinHashJaccard;
import dev.stemma.eval.baseline.TfIdfModel;
import dev.stemma.eval.data.DatasetFormatException;
import dev.stemma.ingest.Article;
import dev.stemma.ingest.Corpus;
import dev.stemma.ingest.Inputs;
import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import dev.stemma.story.Family;
import dev.stemma.story.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * {@code stemma eval seeds}: the analysis that {@code shared/README.md} expects of the seed corpus,
 * checked item by item, with the baselines' view of the same pairs.
 *
 * <p>The seeds are five web copies of news about one event (the Putin-Xi meeting at the SCO summit
 * in Samarkand, September 2022), named {@code 000_...txt} to {@code 004_...txt}: 000 a scraped copy
 * of the AP wire story, 001 and 002 reworded copies of it, 003 (CNN) and 004 (Handelsblatt)
 * independent reports. Expected: one story of the five; one copy family {000, 001, 002} whose
 * origin is 000, its members linked as rewrites, not as exact copies or near-duplicates (their word
 * 5-gram Jaccard is 0.02-0.05); 003 and 004 each a family of its own, linked to every other article
 * as a report of the same story; and the site chrome the README lists removed from the story text.
 * Each expectation is one {@link Check}; the articles are found by their number, so the checks hold
 * for any copy of the seed folder.
 */
public final class SeedsTask {

  /** The numbers the seed files start with. */
  static final List<String> NUMBERS = List.of("000", "001", "002", "003", "004");

  /**
   * The chrome lines shared/README.md lists, as the start of a line, and the seeds that hold them:
   * every line of a seed that starts so must be removed.
   */
  static final List<String> CHROME =
      List.of(
          "Leave a Comment",
          "Source link",
          "source site-14",
          "About the author",
          "Add Comment",
          "Click here to post a comment",
          "You are currently viewing",
          "Top jobs of the day",
          "Find the best jobs now and",
          "(Photo:",
          ">> Read also:",
          "More:");

  private SeedsTask() {}

  /**
   * One expectation and whether the analysis meets it.
   *
   * @param name what is expected
   * @param passed whether it holds
   * @param detail what was found
   */
  public record Check(String name, boolean passed, String detail) {
    public Check {
      requireNonNull(name, "name");
      requireNonNull(detail, "detail");
    }
  }

  /**
   * A pair of seeds as Stemma and the baselines see it.
   *
   * @param a the first seed's number
   * @param b the second's
   * @param stemma Stemma's relation ({@code unrelated} when none)
   * @param minHash word 5-gram MinHash Jaccard of the texts
   * @param tfIdf TF-IDF cosine of the texts (idf fitted on the five)
   */
  public record PairView(String a, String b, String stemma, double minHash, double tfIdf) {}

  /**
   * The checks and the pairs.
   *
   * @param checks every expectation, in the README's order
   * @param pairs every pair of seeds
   */
  public record Result(List<Check> checks, List<PairView> pairs) implements EvalResult {

    public Result {
      checks = List.copyOf(checks);
      pairs = List.copyOf(pairs);
    }

    @Override
    public String task() {
      return "seeds";
    }

    @Override
    public boolean failed() {
      return checks.stream().anyMatch(c -> !c.passed());
    }
  }

  /** Reads the seed folder, analyses it and checks the result. */
  public static Result run(Path seeds, Stemma stemma, Progress progress) {
    if (!Files.isDirectory(seeds)) {
      throw new DatasetFormatException(
          seeds,
          0,
          "expected the seed folder (shared/seeds: 000_*.txt to 004_*.txt), found no folder");
    }
    Corpus corpus = Inputs.installed().read(List.of(seeds));
    Map<String, Article> byNumber = new TreeMap<>();
    for (Article article : corpus.articles()) {
      for (String number : NUMBERS) {
        if (article.id().startsWith(number + "_")) {
          byNumber.put(number, article);
        }
      }
    }
    if (byNumber.size() != NUMBERS.size()) {
      throw new DatasetFormatException(
          seeds,
          0,
          "expected the five seeds 000_*.txt to 004_*.txt, found "
              + (byNumber.isEmpty() ? "none" : String.join(", ", byNumber.keySet())));
    }
    Analysis analysis = stemma.analyze(Corpus.of(List.copyOf(byNumber.values())));
    return new Result(checks(analysis, byNumber), pairs(analysis, byNumber, progress));
  }

  static List<Check> checks(Analysis analysis, Map<String, Article> byNumber) {
    Map<String, String> number = new HashMap<>();
    byNumber.forEach((n, a) -> number.put(a.id(), n));
    List<Check> checks = new ArrayList<>();

    long analysed = analysis.articles().stream().filter(ArticleResult::analysed).count();
    checks.add(new Check("all five seeds analysed", analysed == 5, analysed + " of 5 analysed"));

    List<Story> stories = analysis.stories();
    boolean oneStory = stories.size() == 1 && stories.getFirst().members().size() == 5;
    checks.add(
        new Check(
            "one story of all five",
            oneStory,
            stories.size()
                + " stor"
                + (stories.size() == 1 ? "y" : "ies")
                + ": "
                + String.join(
                    " | ", stories.stream().map(s -> numbers(s.members(), number)).toList())));

    List<Family> families = stories.stream().flatMap(s -> s.families().stream()).toList();
    String familiesSeen =
        String.join(" | ", families.stream().map(f -> numbers(f.members(), number)).toList());
    Optional<Family> wire =
        families.stream()
            .filter(f -> numbers(f.members(), number).equals("000, 001, 002"))
            .findFirst();
    checks.add(
        new Check(
            "one copy family {000, 001, 002}", wire.isPresent(), "families: " + familiesSeen));
    String origin = wire.map(f -> number.getOrDefault(f.origin(), f.origin())).orElse("-");
    checks.add(
        new Check(
            "its origin is 000",
            origin.equals("000"),
            wire.isPresent()
                ? "origin " + origin + ": " + wire.get().originReasons()
                : "no such family"));

    Map<String, RelationKind> kinds = new HashMap<>();
    for (Relation r : analysis.relations()) {
      kinds.put(key(number.get(r.a()), number.get(r.b())), r.kind());
    }
    for (String copy : List.of("001", "002")) {
      RelationKind kind = kinds.get(key("000", copy));
      checks.add(
          new Check(
              "000 and " + copy + " linked as rewrite",
              kind == RelationKind.REWRITE,
              "linked as " + describe(kind)));
    }
    List<String> copyKinds = new ArrayList<>();
    boolean noNear = true;
    for (Map.Entry<String, RelationKind> e : new TreeMap<>(kinds).entrySet()) {
      if (e.getValue() == RelationKind.EXACT || e.getValue() == RelationKind.NEAR_DUPLICATE) {
        noNear = false;
        copyKinds.add(e.getKey() + " " + describe(e.getValue()));
      }
    }
    checks.add(
        new Check(
            "no pair linked as exact or near-duplicate",
            noNear,
            noNear ? "none" : String.join(", ", copyKinds)));

    for (String independent : List.of("003", "004")) {
      Optional<Family> own =
          families.stream()
              .filter(f -> numbers(f.members(), number).equals(independent))
              .findFirst();
      checks.add(
          new Check(
              independent + " a family of its own", own.isPresent(), "families: " + familiesSeen));
      List<String> wrong = new ArrayList<>();
      for (String other : NUMBERS) {
        if (!other.equals(independent)) {
          RelationKind kind = kinds.get(key(independent, other));
          if (kind != RelationKind.SAME_STORY) {
            wrong.add(key(independent, other) + " " + describe(kind));
          }
        }
      }
      checks.add(
          new Check(
              independent + " linked to the four others as same_story",
              wrong.isEmpty(),
              wrong.isEmpty() ? "all four same_story" : String.join(", ", wrong)));
    }

    Map<String, ArticleResult> results = new HashMap<>();
    for (ArticleResult r : analysis.articles()) {
      if (r.id() != null) {
        results.put(r.id(), r);
      }
    }
    for (String chrome : CHROME) {
      checks.add(chromeCheck(chrome, byNumber, results));
    }
    return checks;
  }

  /** Every line of a seed that starts with {@code chrome} lies in a line cleaning removed. */
  private static Check chromeCheck(
      String chrome, Map<String, Article> byNumber, Map<String, ArticleResult> results) {
    Set<String> removed = new LinkedHashSet<>();
    Set<String> kept = new LinkedHashSet<>();
    for (Map.Entry<String, Article> e : byNumber.entrySet()) {
      String text = e.getValue().text();
      ArticleResult result = results.get(e.getValue().id());
      List<RemovedLine> lines = result == null ? List.of() : result.removed();
      int from = 0;
      while (true) {
        int at = text.indexOf(chrome, from);
        if (at < 0) {
          break;
        }
        from = at + 1;
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        if (!text.substring(lineStart, at).isBlank()) {
          continue;
        }
        boolean covered =
            lines.stream()
                .anyMatch(l -> l.field().equals("text") && l.start() <= at && at < l.end());
        (covered ? removed : kept).add(e.getKey());
      }
    }
    String name = "chrome removed: \"" + chrome + "\"";
    if (removed.isEmpty() && kept.isEmpty()) {
      return new Check(name, false, "no seed has a line starting so: is this the seed folder?");
    }
    return new Check(
        name,
        kept.isEmpty(),
        (removed.isEmpty() ? "" : "removed in " + String.join(", ", removed))
            + (kept.isEmpty()
                ? ""
                : (removed.isEmpty() ? "" : "; ") + "kept in " + String.join(", ", kept)));
  }

  private static List<PairView> pairs(
      Analysis analysis, Map<String, Article> byNumber, Progress progress) {
    progress.start("baselines", 0);
    Map<String, String> number = new HashMap<>();
    byNumber.forEach((n, a) -> number.put(a.id(), n));
    Map<String, RelationKind> kinds = new HashMap<>();
    for (Relation r : analysis.relations()) {
      kinds.put(key(number.get(r.a()), number.get(r.b())), r.kind());
    }
    MinHashJaccard minHash = MinHashJaccard.standard();
    TfIdfModel tfIdf = TfIdfModel.fit(byNumber.values().stream().map(Baselines::textOf).toList());
    List<PairView> pairs = new ArrayList<>();
    for (int i = 0; i < NUMBERS.size(); i++) {
      for (int j = i + 1; j < NUMBERS.size(); j++) {
        String a = Baselines.textOf(byNumber.get(NUMBERS.get(i)));
        String b = Baselines.textOf(byNumber.get(NUMBERS.get(j)));
        RelationKind kind = kinds.get(key(NUMBERS.get(i), NUMBERS.get(j)));
        pairs.add(
            new PairView(
                NUMBERS.get(i),
                NUMBERS.get(j),
                kind == null ? "unrelated" : kind.code(),
                minHash.similarity(a, b),
                tfIdf.similarity(a, b)));
      }
    }
    progress.finish("MinHash and TF-IDF scored");
    return pairs;
  }

  private static String key(String x, String y) {
    return x.compareTo(y) < 0 ? x + "-" + y : y + "-" + x;
  }

  private static String describe(@Nullable RelationKind kind) {
    return kind == null ? "unrelated" : kind.code();
  }

  private static String numbers(List<String> ids, Map<String, String> number) {
    return String.join(", ", ids.stream().map(id -> number.getOrDefault(id, id)).sorted().toList());
  }
}
