package dev.stemma.clean;

import dev.stemma.ingest.Article;
import java.nio.file.*;
import org.junit.jupiter.api.Test;

class ScratchCleanTest {
  @Test
  void show() throws Exception {
    try (var files = Files.list(Path.of(System.getenv().getOrDefault("DIR", "../../shared/seeds")))) {
      for (Path f : files.sorted().toList()) {
        CleanArticle c = Cleaner.clean(Article.of(f.getFileName().toString(), Files.readString(f)), RepeatedLines.NONE);
        System.out.println("== " + c.id() + " | " + c.headline() + " | " + c.headlineField() + c.headlineStart() + "-" + c.headlineEnd());
        for (RemovedLine r : c.removed()) System.out.println("  - " + Cleaner.describe(r) + " @" + r.start() + "-" + r.end());
        System.out.println("  body paragraphs: " + c.body().split("\n\n").length + " runs " + c.bodyMap().runs());
      }
    }
  }
}
