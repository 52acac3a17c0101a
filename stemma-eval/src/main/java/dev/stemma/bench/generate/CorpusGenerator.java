package dev.stemma.bench.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stemma.eval.data.Relation;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Generates the benchmark corpus: {@code stemma bench generate --articles N --seed S --out DIR}.
 *
 * <p>Writes {@code articles.jsonl} (Stemma's input: id, title, text, source, url, published when
 * the site shows it), {@code gold/relations.jsonl} (every copy pair with its relation and, for an
 * ancestor and its copy, {@code copied_from}; every same-story pair; pairs not listed are
 * unrelated), {@code gold/stories.jsonl} (each story's members and copy families with their origin
 * and links) and {@code gold/manifest.json} (counts). The same sources, N and seed give
 * byte-identical files. How it is built, and what it cannot represent: {@code
 * docs/bench-corpus.md}.
 *
 * <p>Cost: training the chains reads some ten thousand sentences (seconds); then each article costs
 * a bounded number of chain walks, so time grows linearly with N, and memory holds the chains plus
 * one window of articles (the output is streamed).
 *
 * @since 0.1.0
 */
public final class CorpusGenerator {

  /**
   * Version of the corpus layout and generation; changes when the same seed would give other files.
   */
  public static final String VERSION = "stemma-bench-1";

  private static final LocalDate START = LocalDate.of(2023, 1, 2);
  private static final int SPAN_DAYS = 730;

  private CorpusGenerator() {}

  /** Generates with {@link BenchConfig#DEFAULTS}. */
  public static BenchSummary generate(Path sharedEval, int n, long seed, Path out)
      throws IOException {
    return generate(sharedEval, n, seed, out, BenchConfig.DEFAULTS);
  }

  /**
   * @param sharedEval a folder laid out as {@code ../shared/eval/}, the source of real text
   * @param n articles to write, at least 1
   * @param seed the seed of every random choice
   * @param out the corpus folder, created if absent; its four files are replaced
   */
  public static BenchSummary generate(
      Path sharedEval, int n, long seed, Path out, BenchConfig config) throws IOException {
    if (n < 1) {
      throw new IllegalArgumentException("--articles must be >= 1, got " + n);
    }
    long started = System.nanoTime();
    SourceCorpus source = SourceCorpus.read(sharedEval);
    Templater templater = new Templater(source.lowercaseWords);
    List<List<String>> sentenceTemplates = new ArrayList<>();
    for (String sentence : source.newsSentences) {
      sentenceTemplates.add(templater.template(sentence, null));
    }
    List<List<String>> headlineTemplates = new ArrayList<>();
    for (String headline : source.headlines) {
      headlineTemplates.add(templater.template(headline, null));
    }
    List<List<String>> pairSources = new ArrayList<>();
    List<List<String>> pairRewrites = new ArrayList<>();
    for (SourceCorpus.Pair pair : source.pairs) {
      Map<String, Integer> entities = new LinkedHashMap<>();
      pairSources.add(templater.template(pair.source(), entities));
      pairRewrites.add(templater.template(pair.rewrite(), entities));
    }
    DraftWriter writer =
        new DraftWriter(
            MarkovChain.train(sentenceTemplates, DraftWriter.SENTENCE_RUN, 8, 45),
            MarkovChain.train(headlineTemplates, DraftWriter.HEADLINE_RUN, 4, 16),
            sentenceTemplates,
            pairSources,
            pairRewrites);
    Files.createDirectories(out.resolve("gold"));
    Run run = new Run(source, writer, config, n, seed, out);
    try (run) {
      run.generate();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    run.writeManifest(seconds);
    return new BenchSummary(
        out,
        run.written,
        run.stories,
        run.kinds,
        run.relationCounts,
        run.downgraded,
        run.pool.maxUse(),
        seconds);
  }

  /**
   * {@code CorpusGenerator EVAL_DIR N SEED OUT_DIR}: the same as {@code stemma bench generate
   * --eval EVAL_DIR --articles N --seed SEED --out OUT_DIR}, without the command line.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("Usage: CorpusGenerator EVAL_DIR ARTICLES SEED OUT_DIR");
      System.exit(2);
    }
    BenchSummary summary =
        generate(
            Path.of(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]), Path.of(args[3]));
    System.out.print(summary.describe());
  }

  /** An article of the story being built. */
  private static final class Member {
    final String id;
    final Draft draft;
    final Site site;
    final String kind;
    final int family;
    final int parent;
    final @Nullable Relation edge;
    final Instant published;

    Member(
        String id,
        Draft draft,
        Site site,
        String kind,
        int family,
        int parent,
        @Nullable Relation edge,
        Instant published) {
      this.id = id;
      this.draft = draft;
      this.site = site;
      this.kind = kind;
      this.family = family;
      this.parent = parent;
      this.edge = edge;
      this.published = published;
    }
  }

  /** A printed article waiting in the window. */
  private record Printed(
      String id, String title, String text, Site site, String url, @Nullable Instant published) {}

  /** One generation: its random state, the files being written and the counts. */
  private static final class Run implements Closeable {
    final SourceCorpus source;
    final DraftWriter writer;
    final BenchConfig config;
    final int n;
    final long seed;
    final Path out;
    final SplittableRandom random;
    final ParaphrasePool pool;
    final List<Site> sites;
    final Map<Site, String> lastTitle = new LinkedHashMap<>();
    final List<Printed> window = new ArrayList<>();
    final JsonGenerator articles;
    final JsonGenerator relations;
    final JsonGenerator storiesOut;
    final Map<String, Integer> kinds = new LinkedHashMap<>();
    final Map<String, Long> relationCounts = new LinkedHashMap<>();
    final Map<Integer, List<Long>> pairUsers = new TreeMap<>();
    int written;
    int stories;
    int singleStories;
    int relatedStories;
    int downgraded;
    long familyCounter;
    @Nullable Cast previousCast;
    String previousStory = "";

    Run(SourceCorpus source, DraftWriter writer, BenchConfig config, int n, long seed, Path out)
        throws IOException {
      this.source = source;
      this.writer = writer;
      this.config = config;
      this.n = n;
      this.seed = seed;
      this.out = out;
      this.random = new SplittableRandom(seed);
      this.pool =
          new ParaphrasePool(source.pairs.size(), config.maxParaphraseUses(), random.nextLong());
      this.sites = SiteChrome.sites(random.split(), Math.max(20, Math.min(400, n / 150)));
      for (String kind :
          List.of("report", "paraphrase_report", "exact", "near_duplicate", "rewrite")) {
        kinds.put(kind, 0);
      }
      for (Relation relation :
          List.of(Relation.EXACT, Relation.NEAR_DUPLICATE, Relation.REWRITE, Relation.SAME_STORY)) {
        relationCounts.put(relation.label(), 0L);
      }
      JsonFactory factory = new JsonFactory();
      articles = open(factory, out.resolve("articles.jsonl"));
      relations = open(factory, out.resolve("gold/relations.jsonl"));
      storiesOut = open(factory, out.resolve("gold/stories.jsonl"));
    }

    private static JsonGenerator open(JsonFactory factory, Path file) throws IOException {
      OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
      JsonGenerator generator = factory.createGenerator(stream, JsonEncoding.UTF8);
      generator.setRootValueSeparator(null);
      return generator;
    }

    void generate() throws IOException {
      int expectedStories = Math.max(1, n / 3);
      while (written + window.size() < n) {
        story(expectedStories);
        if (window.size() >= config.window()) {
          flushWindow();
        }
      }
      flushWindow();
    }

    private void story(int expectedStories) throws IOException {
      int index = ++stories;
      String storyId = String.format(Locale.ROOT, "s%06d", index);
      LocalDate day = START.plusDays((long) (index - 1) * SPAN_DAYS / expectedStories);
      String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      String relatedTo = null;
      Cast cast;
      if (previousCast != null && random.nextDouble() < config.relatedStoryShare()) {
        cast = CastFactory.borrowing(random, previousCast, day.getYear(), month, weekday);
        relatedTo = previousStory;
        relatedStories++;
      } else {
        cast = CastFactory.draw(random, day.getYear(), month, weekday);
      }
      Set<String> topic = writer.topic(random);
      int reports =
          random.nextDouble() < config.singleReportShare()
              ? 1
              : 2 + geometric(config.maxReports() - 2);
      if (reports == 1) {
        singleStories++;
      }
      List<Member> members = new ArrayList<>();
      Instant storyTime = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(6 * 3600);
      for (int r = 0; r < reports && budgetLeft(members) > 0; r++) {
        report(members, cast, topic, storyTime);
      }
      writeGold(storyId, members, relatedTo, cast);
      previousCast = cast;
      previousStory = storyId;
    }

    private int budgetLeft(List<Member> members) {
      return n - written - window.size() - members.size();
    }

    private void report(List<Member> members, Cast cast, Set<String> topic, Instant storyTime) {
      List<Relation> copies = new ArrayList<>();
      if (random.nextDouble() < config.copyRate()) {
        int count = random.nextInt(10) < 6 ? 1 : random.nextInt(3) < 2 ? 2 : 3;
        for (int c = 0; c < count; c++) {
          double roll = random.nextDouble();
          Relation kind =
              roll < config.exactShare()
                  ? Relation.EXACT
                  : roll < config.exactShare() + config.nearDuplicateShare()
                      ? Relation.NEAR_DUPLICATE
                      : Relation.REWRITE;
          if (kind == Relation.REWRITE && copies.contains(Relation.REWRITE)) {
            kind = Relation.NEAR_DUPLICATE;
          }
          copies.add(kind);
        }
      }
      boolean paraphrased = copies.contains(Relation.REWRITE);
      if (paraphrased && !pool.canSupply(DraftWriter.maxPairsPerReport())) {
        copies.set(copies.indexOf(Relation.REWRITE), Relation.NEAR_DUPLICATE);
        downgraded++;
        paraphrased = false;
      }
      Filler filler = new Filler(cast, random);
      Draft draft =
          paraphrased
              ? writer.paraphraseReport(filler, topic, pool, random)
              : writer.report(filler, topic, random);
      int family = members.isEmpty() ? 0 : members.getLast().family + 1;
      Site site = !copies.isEmpty() && random.nextBoolean() ? wire() : site(null);
      Instant published = storyTime.plusSeconds(60L * random.nextInt(36 * 60));
      Member origin =
          new Member(
              id(),
              draft,
              site,
              paraphrased ? "paraphrase_report" : "report",
              family,
              -1,
              null,
              published);
      members.add(origin);
      if (paraphrased) {
        for (List<Sentence> paragraph : draft.paragraphs()) {
          for (Sentence sentence : paragraph) {
            if (sentence.pair() >= 0) {
              pairUsers.computeIfAbsent(sentence.pair(), k -> new ArrayList<>()).add(familyCounter);
            }
          }
        }
      }
      familyCounter++;
      int originIndex = members.size() - 1;
      for (Relation kind : copies) {
        if (budgetLeft(members) <= 0) {
          break;
        }
        int parentIndex = originIndex;
        if (kind != Relation.REWRITE
            && members.size() - 1 > originIndex
            && random.nextDouble() < config.chainShare()) {
          parentIndex = originIndex + 1 + random.nextInt(members.size() - 1 - originIndex);
        }
        Member parent = members.get(parentIndex);
        Filler copyFiller = new Filler(cast, random);
        Draft copy =
            switch (kind) {
              case EXACT -> parent.draft;
              case NEAR_DUPLICATE ->
                  Copies.nearDuplicate(parent.draft, writer, copyFiller, topic, random);
              default -> Copies.rewrite(origin.draft, writer, copyFiller, random);
            };
        Instant time = parent.published.plusSeconds(600L + 60L * random.nextInt(72 * 60));
        members.add(
            new Member(
                id(), copy, site(parent.site), kind.label(), family, parentIndex, kind, time));
      }
    }

    private int geometric(int max) {
      int k = 0;
      while (k < max && random.nextDouble() < 0.55) {
        k++;
      }
      return k;
    }

    private Site wire() {
      List<Site> wires = sites.stream().filter(Site::wire).toList();
      return wires.get(random.nextInt(wires.size()));
    }

    private Site site(@Nullable Site not) {
      while (true) {
        Site site = sites.get(random.nextInt(sites.size()));
        if (site != not && !site.wire()) {
          return site;
        }
      }
    }

    /** Ids made for the story being built, not yet in the window. */
    long pending;

    /** An opaque, unique id: a bijective mix of the article's number and the seed. */
    private String id() {
      long x = (written + window.size() + pending++) + seed * 0x9E3779B97F4A7C15L;
      x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
      x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
      x ^= x >>> 31;
      return String.format(Locale.ROOT, "a%016x", x);
    }

    private void writeGold(
        String storyId, List<Member> members, @Nullable String relatedTo, Cast cast)
        throws IOException {
      pending = 0;
      for (Member member : members) {
        print(member, members, cast);
      }
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          Member x = members.get(i);
          Member y = members.get(j);
          relations.writeStartObject();
          if (x.family != y.family) {
            relations.writeStringField("a", x.id);
            relations.writeStringField("b", y.id);
            relations.writeStringField("relation", Relation.SAME_STORY.label());
            count(Relation.SAME_STORY);
          } else {
            Relation relation = pathRelation(members, i, j);
            int ancestor = isAncestor(members, i, j) ? i : isAncestor(members, j, i) ? j : -1;
            relations.writeStringField("a", ancestor == j ? y.id : x.id);
            relations.writeStringField("b", ancestor == j ? x.id : y.id);
            relations.writeStringField("relation", relation.label());
            if (ancestor >= 0) {
              relations.writeStringField("copied_from", members.get(ancestor).id);
            }
            count(relation);
          }
          relations.writeEndObject();
          relations.writeRaw('\n');
        }
      }
      storiesOut.writeStartObject();
      storiesOut.writeStringField("story", storyId);
      storiesOut.writeStringField("headline", members.getFirst().draft.title());
      storiesOut.writeArrayFieldStart("members");
      for (Member member : members) {
        storiesOut.writeString(member.id);
      }
      storiesOut.writeEndArray();
      storiesOut.writeArrayFieldStart("families");
      int family = -1;
      for (int i = 0; i < members.size(); i++) {
        Member origin = members.get(i);
        if (origin.family == family) {
          continue;
        }
        family = origin.family;
        storiesOut.writeStartObject();
        storiesOut.writeStringField("family", storyId + ".f" + (family + 1));
        storiesOut.writeStringField("origin", origin.id);
        storiesOut.writeArrayFieldStart("members");
        for (Member member : members) {
          if (member.family == family) {
            storiesOut.writeString(member.id);
          }
        }
        storiesOut.writeEndArray();
        storiesOut.writeArrayFieldStart("links");
        for (Member member : members) {
          if (member.family == family && member.parent >= 0 && member.edge != null) {
            storiesOut.writeStartObject();
            storiesOut.writeStringField("from", members.get(member.parent).id);
            storiesOut.writeStringField("to", member.id);
            storiesOut.writeStringField("relation", member.edge.label());
            storiesOut.writeEndObject();
          }
        }
        storiesOut.writeEndArray();
        storiesOut.writeEndObject();
      }
      storiesOut.writeEndArray();
      if (relatedTo != null) {
        storiesOut.writeStringField("related_to", relatedTo);
      }
      storiesOut.writeEndObject();
      storiesOut.writeRaw('\n');
    }

    private void count(Relation relation) {
      relationCounts.merge(relation.label(), 1L, Long::sum);
    }

    private static boolean isAncestor(List<Member> members, int ancestor, int of) {
      for (int k = members.get(of).parent; k >= 0; k = members.get(k).parent) {
        if (k == ancestor) {
          return true;
        }
      }
      return false;
    }

    /**
     * The strongest edit on the path between two members of a family: rewrite > near-duplicate >
     * exact.
     */
    private static Relation pathRelation(List<Member> members, int a, int b) {
      List<Integer> up = new ArrayList<>();
      for (int k = a; k >= 0; k = members.get(k).parent) {
        up.add(k);
      }
      int strongest = -1;
      int k = b;
      while (!up.contains(k)) {
        strongest = Math.max(strongest, members.get(k).edge.ordinal());
        k = members.get(k).parent;
      }
      for (int m : up) {
        if (m == k) {
          break;
        }
        strongest = Math.max(strongest, members.get(m).edge.ordinal());
      }
      return Relation.values()[strongest];
    }

    private void print(Member member, List<Member> members, Cast cast) {
      String link = lastTitle.getOrDefault(member.site, "More from " + member.site.name());
      lastTitle.put(member.site, member.draft.title());
      String credit = "";
      if (member.parent >= 0 && random.nextInt(20) < 7) {
        Site from = members.get(member.parent).site;
        credit =
            from.wire()
                ? "Source: " + from.name()
                : "This article first appeared on " + from.name() + ".";
      }
      int year = member.published.atZone(ZoneOffset.UTC).getYear();
      String text = SiteChrome.print(member.site, member.draft, cast, year, link, credit, random);
      LocalDate date = member.published.atZone(ZoneOffset.UTC).toLocalDate();
      String url =
          String.format(
              Locale.ROOT,
              "https://www.%s/%d/%02d/%s",
              member.site.domain(),
              date.getYear(),
              date.getMonthValue(),
              slug(member.draft.title()));
      window.add(
          new Printed(
              member.id,
              member.draft.title(),
              text,
              member.site,
              url,
              member.site.dated() ? member.published : null));
      kinds.merge(member.kind, 1, Integer::sum);
    }

    private void flushWindow() throws IOException {
      Collections.shuffle(window, new Random(random.nextLong()));
      for (Printed p : window) {
        articles.writeStartObject();
        articles.writeStringField("id", p.id());
        articles.writeStringField("title", p.title());
        articles.writeStringField("text", p.text());
        articles.writeStringField("source", p.site().name());
        articles.writeStringField("url", p.url());
        if (p.published() != null) {
          articles.writeStringField("published", p.published().toString());
        }
        articles.writeEndObject();
        articles.writeRaw('\n');
      }
      written += window.size();
      window.clear();
    }

    void writeManifest(double seconds) throws IOException {
      Map<String, Object> manifest = new LinkedHashMap<>();
      manifest.put("generator", VERSION);
      manifest.put("articles", written);
      manifest.put("seed", seed);
      manifest.put("stories", stories);
      manifest.put("single_report_stories", singleStories);
      manifest.put("related_stories", relatedStories);
      manifest.put("sites", sites.size());
      manifest.put("articles_by_kind", kinds);
      manifest.put("relations", relationCounts);
      manifest.put("same_story_pairs_listed", "all");
      Map<String, Object> paraphrase = new LinkedHashMap<>();
      paraphrase.put("pairs_available", source.pairs.size());
      paraphrase.put("pairs_mrpc", source.mrpcPairs);
      paraphrase.put("pairs_pan", source.panPairs);
      paraphrase.put("pairs_filtered_out", source.pairsFilteredOut);
      paraphrase.put("pairs_used", pool.used());
      paraphrase.put("max_uses_allowed", config.maxParaphraseUses());
      paraphrase.put("max_uses", pool.maxUse());
      paraphrase.put("uses_histogram", pool.useHistogram());
      paraphrase.put("rewrites_made_near_duplicates", downgraded);
      paraphrase.putAll(sharing());
      manifest.put("paraphrase", paraphrase);
      Map<String, Object> markov = new LinkedHashMap<>();
      markov.put("news_sentences", source.newsSentences.size());
      markov.put("headlines", source.headlines.size());
      markov.put("sentences_generated", writer.sentenceChain().generated());
      markov.put("sentences_with_copied_run", writer.sentenceChain().rejected());
      markov.put("sentence_walks", writer.sentenceChain().walks());
      markov.put("headlines_generated", writer.headlineChain().generated());
      markov.put("headlines_with_copied_run", writer.headlineChain().rejected());
      manifest.put("markov", markov);
      Map<String, Object> shape = new LinkedHashMap<>();
      shape.put("single_report_share", config.singleReportShare());
      shape.put("max_reports", config.maxReports());
      shape.put("copy_rate", config.copyRate());
      shape.put("exact_share", config.exactShare());
      shape.put("near_duplicate_share", config.nearDuplicateShare());
      shape.put("rewrite_share", config.rewriteShare());
      shape.put("chain_share", config.chainShare());
      shape.put("related_story_share", config.relatedStoryShare());
      shape.put("window", config.window());
      manifest.put("config", shape);
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      Files.writeString(
          out.resolve("gold/manifest.json"), mapper.writeValueAsString(manifest) + "\n");
    }

    /** Originals of rewrites (by family) that share two or more paraphrase pairs with another. */
    private Map<String, Object> sharing() {
      Map<Long, Integer> shared = new TreeMap<>();
      for (List<Long> users : pairUsers.values()) {
        List<Long> distinct = users.stream().distinct().sorted().toList();
        for (int i = 0; i < distinct.size(); i++) {
          for (int j = i + 1; j < distinct.size(); j++) {
            shared.merge(distinct.get(i) * 4_000_000_000L + distinct.get(j), 1, Integer::sum);
          }
        }
      }
      Map<String, Object> result = new LinkedHashMap<>();
      result.put(
          "original_pairs_sharing_one_pair", shared.values().stream().filter(v -> v == 1).count());
      result.put(
          "original_pairs_sharing_two_or_more",
          shared.values().stream().filter(v -> v >= 2).count());
      result.put(
          "most_pairs_shared_by_two_originals",
          shared.values().stream().mapToInt(Integer::intValue).max().orElse(0));
      return result;
    }

    @Override
    public void close() throws IOException {
      articles.close();
      relations.close();
      storiesOut.close();
    }
  }

  static String slug(String title) {
    String[] words =
        title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]+", " ").strip().split("\\s+");
    return String.join("-", Arrays.copyOf(words, Math.min(8, words.length)));
  }
}
