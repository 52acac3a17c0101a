package dev.stemma.server;

import dev.stemma.Stemma;
import dev.stemma.ingest.Article;
import dev.stemma.server.index.ArticleIndex;
import dev.stemma.server.index.EmbedClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code stemma index add}: fills an index folder without a server, through the same {@link
 * ArticleIndex} the server writes with, committing every {@code batch} articles. Do not run it on
 * a folder a server has open: Lucene's write lock refuses a second writer.
 */
public final class OfflineLoader {

  /** What a load did. */
  public record Summary(int added, int replaced, int skipped) {}

  private OfflineLoader() {}

  /**
   * Adds articles to the index in {@code data}, {@code batch} per commit.
   *
   * @param cacheSize prepared articles kept in memory, as {@code stemma serve --cache}
   */
  public static Summary load(Path data, List<Article> articles, int batch, int cacheSize,
      Consumer<ArticleIndex.AddResult> each) throws IOException {
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be at least 1, got " + batch);
    }
    if (cacheSize < 1) {
      throw new IllegalArgumentException("cacheSize must be at least 1, got " + cacheSize);
    }
    Files.createDirectories(data);
    EmbedClock clock = new EmbedClock();
    int added = 0;
    int replaced = 0;
    int skipped = 0;
    try (Stemma stemma = Stemma.builder().encoder(clock.timed()).build();
        ArticleIndex index = ArticleIndex.open(data, stemma, clock, cacheSize)) {
      for (int from = 0; from < articles.size(); from += batch) {
        List<Article> part = new ArrayList<>(articles.subList(from, Math.min(articles.size(), from + batch)));
        for (ArticleIndex.AddResult r : index.add(part)) {
          if (!r.added()) {
            skipped++;
          } else if (r.replaced()) {
            replaced++;
          } else {
            added++;
          }
          each.accept(r);
        }
      }
    }
    return new Summary(added, replaced, skipped);
  }
}
