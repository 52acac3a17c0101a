package dev.stemma.benchmarks;

import dev.stemma.candidate.Candidates;
import dev.stemma.clean.Cleaner;
import dev.stemma.clean.RepeatedLines;
import dev.stemma.ingest.Article;
import dev.stemma.ingest.Corpus;
import dev.stemma.ingest.Inputs;
import dev.stemma.prepare.PreparedArticle;
import dev.stemma.prepare.Preparer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The example corpus of the repository ({@code examples/harbor-bridge}: twelve news articles with
 * their site chrome, copies and rewrites), read and prepared as a run of {@code stemma analyze}
 * would, for benchmarks that need realistic articles.
 *
 * <p>Read at a benchmark's setup, from the repository found by walking up from the working
 * directory to the folder holding {@code mvnw}: JMH's forked JVMs start in the directory the
 * benchmarks were launched from.
 */
public final class ExampleCorpus {

  /** The folder of the example corpus, relative to the repository root. */
  public static final String FOLDER = "examples/harbor-bridge";

  private final List<Article> articles;
  private final RepeatedLines repeated;
  private final Preparer preparer;

  private ExampleCorpus(List<Article> articles) {
    this.articles = List.copyOf(articles);
    RepeatedLines.Builder lines = new RepeatedLines.Builder();
    for (Article a : articles) {
      lines.add(Cleaner.paragraphs(a));
    }
    this.repeated = lines.build();
    this.preparer = newPreparer();
  }

  /** The preparer a run uses: the candidate indexes' two seeded MinHash families. */
  public static Preparer newPreparer() {
    return new Preparer(Candidates.shingleHasher(), Candidates.anchorHasher());
  }

  /** Reads the example corpus; fails naming the folder when it is missing or holds no article. */
  public static ExampleCorpus load() {
    Path folder = repositoryRoot().resolve(FOLDER);
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException(
          "The example corpus " + folder + " is missing; run the benchmarks from a checkout of Stemma");
    }
    Corpus corpus = Inputs.installed().read(List.of(folder));
    if (corpus.articles().isEmpty() || !corpus.rejections().isEmpty()) {
      throw new IllegalStateException(
          "The example corpus " + folder + " should read as articles without rejections, got "
              + corpus.articles().size() + " articles and rejections " + corpus.rejections());
    }
    return new ExampleCorpus(corpus.articles());
  }

  /** The repository root: the first folder holding {@code mvnw} above the working directory. */
  public static Path repositoryRoot() {
    Path start = Path.of("").toAbsolutePath();
    for (Path p = start; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve(FOLDER))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "No Stemma checkout (a folder holding mvnw and " + FOLDER + ") above " + start
            + "; run the benchmarks from the repository");
  }

  /** The articles, in the order they were read (sorted file names). */
  public List<Article> articles() {
    return articles;
  }

  /** The corpus's repeated-line statistic, as a run builds it before cleaning. */
  public RepeatedLines repeated() {
    return repeated;
  }

  public Preparer preparer() {
    return preparer;
  }

  /** Every article prepared (cleaned, analysed, hashed, signed), in reading order. */
  public List<PreparedArticle> prepared() {
    List<PreparedArticle> out = new ArrayList<>();
    for (Article a : articles) {
      out.add(prepare(a));
    }
    return out;
  }

  /** The prepared article with this id. */
  public PreparedArticle prepared(String id) {
    for (Article a : articles) {
      if (a.id().equals(id)) {
        return prepare(a);
      }
    }
    throw new IllegalArgumentException("No article '" + id + "' in " + FOLDER);
  }

  private PreparedArticle prepare(Article a) {
    if (preparer.prepare(a, repeated) instanceof Preparer.Prepared p) {
      return p.article();
    }
    throw new IllegalStateException("Example article '" + a.id() + "' could not be prepared");
  }
}
