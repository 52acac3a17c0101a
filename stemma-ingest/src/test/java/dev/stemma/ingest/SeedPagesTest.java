package dev.stemma.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.Analysis;
import dev.stemma.ArticleResult;
import dev.stemma.Stemma;
import dev.stemma.ingest.testing.NewsPage;
import dev.stemma.ingest.testing.Repository;
import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import dev.stemma.story.Family;
import dev.stemma.story.Story;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The seed story as web pages (../shared/seeds, read at test time and turned into pages in a
 * temporary folder, never committed): each of the five texts served as a news page with its site
 * around it, read from .html files and from a WARC.gz, gives the same stories, copy families,
 * origins and relation kinds as the text files. Ids differ in the archive (they are page
 * addresses), so articles are matched by the seed file each page was made from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedPagesTest {

  private static final Instant CRAWLED = Instant.parse("2022-09-08T06:00:00Z");

  @TempDir static Path dir;

  private Analysis fromText;
  private Analysis fromHtml;
  private Analysis fromWarc;
  private Corpus warcCorpus;
  /** Article id in the archive to the seed file name it was made from. */
  private final Map<String, String> seedOfWarcId = new HashMap<>();

  @BeforeAll
  void analyse() throws IOException {
    Path seeds = Repository.seeds();
    List<Path> texts;
    try (Stream<Path> files = Files.list(seeds)) {
      texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(texts).hasSize(5);

    Path pages = Files.createDirectories(dir.resolve("pages"));
    Map<String, NewsPage> bySeed = new TreeMap<>();
    for (int i = 0; i < texts.size(); i++) {
      String seed = stem(texts.get(i));
      String site = "Site " + (char) ('A' + i) + " News";
      String url = "https://www.site-" + (char) ('a' + i) + ".example/world/2022/09/07/" + seed;
      NewsPage page = NewsPage.fromText(site, url, Files.readString(texts.get(i)));
      bySeed.put(seed, page);
      Files.writeString(pages.resolve(seed + ".html"), page.html());
    }
    Path archive = writeArchive(dir.resolve("seeds.warc.gz"), bySeed);

    try (Stemma stemma = Stemma.builder().build()) {
      fromText = stemma.analyze(Inputs.installed().read(List.of(seeds)));
      fromHtml = stemma.analyze(Inputs.installed().read(List.of(pages)));
      warcCorpus = Inputs.installed().read(List.of(archive));
      fromWarc = stemma.analyze(warcCorpus);
    }
    Map<String, String> seedOfUrl = new HashMap<>();
    bySeed.forEach((seed, page) -> seedOfUrl.put(page.url(), seed));
    for (Article a : warcCorpus.articles()) {
      seedOfWarcId.put(a.id(), seedOfUrl.get(a.meta().url()));
    }
  }

  @Test
  void theTextFilesGiveOneStoryOfFiveInThreeFamilies() {
    View text = View.of(fromText, UnaryOperator.identity());
    assertThat(text.stories()).containsExactly(Set.of(
        "000_67a985325033fb28", "001_246f3351ffaac2ed", "002_0f233200d26df207", "003_17fc4e0276356a34",
        "004_0e785a0ff693936c"));
    assertThat(text.families()).hasSize(3);
  }

  @Test
  void htmlPages_giveTheSameStoriesFamiliesOriginsAndRelationsAsTheTextFiles() {
    assertThat(fromHtml.articles()).allSatisfy(a -> assertThat(a.status()).as(a.id()).isEqualTo("analysed"));
    assertThat(View.of(fromHtml, UnaryOperator.identity())).isEqualTo(View.of(fromText, UnaryOperator.identity()));
  }

  @Test
  void pagesInAWarcArchive_giveTheSameStoriesFamiliesOriginsAndRelationsAsTheTextFiles() {
    assertThat(fromWarc.articles()).hasSize(5)
        .allSatisfy(a -> assertThat(a.status()).as(a.id()).isEqualTo("analysed"));
    assertThat(seedOfWarcId.values()).doesNotContainNull().hasSize(5);
    assertThat(View.of(fromWarc, seedOfWarcId::get)).isEqualTo(View.of(fromText, UnaryOperator.identity()));
  }

  @Test
  void pagesInAWarcArchive_passOverTheRecordsThatAreNotPages() {
    assertThat(warcCorpus.passed())
        .isEqualTo(Map.of("warcinfo record", 1L, "request record", 5L, "not HTML (text/plain)", 1L));
    assertThat(warcCorpus.rejections()).isEmpty();
  }

  @Test
  void pages_keepTheHeadlinesOfTheTextFiles() {
    Map<String, String> text = headlines(fromText, UnaryOperator.identity());
    assertThat(headlines(fromHtml, UnaryOperator.identity())).isEqualTo(text);
    assertThat(headlines(fromWarc, seedOfWarcId::get)).isEqualTo(text);
  }

  @Test
  void pages_keepEverySentenceOfTheStories() {
    Map<String, Integer> text = sentences(fromText, UnaryOperator.identity());
    assertThat(sentences(fromHtml, UnaryOperator.identity())).isEqualTo(text);
    assertThat(sentences(fromWarc, seedOfWarcId::get)).isEqualTo(text);
  }

  private static Map<String, Integer> sentences(Analysis analysis, UnaryOperator<String> seedOf) {
    Map<String, Integer> out = new TreeMap<>();
    for (ArticleResult a : analysis.articles()) {
      out.put(seedOf.apply(a.id()), a.sentences());
    }
    return out;
  }

  /** What the analyses are compared on, with ids renamed to seed file names. */
  record View(Set<Set<String>> stories, Set<String> families, Map<String, RelationKind> relations) {
    static View of(Analysis analysis, UnaryOperator<String> seedOf) {
      Set<Set<String>> stories = new TreeSet<>(Comparator.COMPARATOR);
      Set<String> families = new TreeSet<>();
      for (Story s : analysis.stories()) {
        stories.add(s.members().stream().map(seedOf).collect(Collectors.toCollection(TreeSet::new)));
        for (Family f : s.families()) {
          families.add(seedOf.apply(f.origin()) + " <- "
              + f.members().stream().map(seedOf).sorted().collect(Collectors.joining(", ")));
        }
      }
      Map<String, RelationKind> relations = new TreeMap<>();
      for (Relation r : analysis.relations()) {
        String a = seedOf.apply(r.a());
        String b = seedOf.apply(r.b());
        relations.put(a.compareTo(b) < 0 ? a + " ~ " + b : b + " ~ " + a, r.kind());
      }
      return new View(stories, families, relations);
    }
  }

  /** Orders sets of names by their sorted contents, so that views compare and print stably. */
  private enum Comparator implements java.util.Comparator<Set<String>> {
    COMPARATOR;

    @Override
    public int compare(Set<String> x, Set<String> y) {
      return new TreeSet<>(x).toString().compareTo(new TreeSet<>(y).toString());
    }
  }

  private static Map<String, String> headlines(Analysis analysis, UnaryOperator<String> seedOf) {
    Map<String, String> out = new TreeMap<>();
    for (ArticleResult a : analysis.articles()) {
      out.put(seedOf.apply(a.id()), a.headline());
    }
    return out;
  }

  /**
   * A crawl of the pages as a crawler writes it: a warcinfo record, then for each page its request
   * and its response, each in a gzip member of its own, and a robots.txt fetch.
   */
  private static Path writeArchive(Path file, Map<String, NewsPage> bySeed) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      writer.write(new Warcinfo.Builder().date(CRAWLED).filename(file.getFileName().toString())
          .fields(Map.of("software", List.of("stemma-ingest SeedPagesTest"))).build());
      int minute = 0;
      for (NewsPage page : bySeed.values()) {
        Instant at = CRAWLED.plusSeconds(60L * minute++);
        URI uri = URI.create(page.url());
        writer.write(new WarcRequest.Builder(uri).date(at)
            .body(new HttpRequest.Builder("GET", uri.getRawPath()).addHeader("Host", uri.getHost()).build()).build());
        writer.write(new WarcResponse.Builder(uri).date(at)
            .body(new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), page.html().getBytes(StandardCharsets.UTF_8))
                .build())
            .build());
      }
      writer.write(new WarcResponse.Builder(URI.create("https://www.site-a.example/robots.txt")).date(CRAWLED)
          .body(new HttpResponse.Builder(200, "OK")
              .body(MediaType.parse("text/plain"), "User-agent: *\nDisallow: /search\n".getBytes(StandardCharsets.US_ASCII))
              .build())
          .build());
    }
    return file;
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }
}
