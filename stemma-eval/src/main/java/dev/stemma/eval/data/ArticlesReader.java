package dev.stemma.eval.data;

import dev.stemma.ingest.Article;
import dev.stemma.ingest.ArticleMeta;
import dev.stemma.ingest.InputRef;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the articles a gold relations file refers to: JSON Lines in Stemma's input format, or a
 * folder (read recursively) of UTF-8 {@code .txt} files whose name without extension is the id.
 * This is a small reader for labelled data; the pipeline has its own, with more formats.
 */
final class ArticlesReader {

  static final String EXPECTED = "a JSON object with \"id\" and \"text\" (Stemma's article format)";

  private ArticlesReader() {}

  static List<Article> read(Path path) throws IOException {
    return Files.isDirectory(path) ? readFolder(path) : readJsonl(path);
  }

  static List<Article> readJsonl(Path file) throws IOException {
    List<Article> articles = new ArrayList<>();
    Map<String, Long> ids = new HashMap<>();
    try (LineReader reader = LineReader.utf8(file)) {
      for (String line = reader.next(); line != null; line = reader.next()) {
        long number = reader.lineNumber();
        if (line.isBlank()) {
          continue;
        }
        Article article =
            ArticleJson.article(file, number, ArticleJson.object(file, number, line, EXPECTED));
        Long first = ids.putIfAbsent(article.id(), number);
        if (first != null) {
          throw new DatasetFormatException(
              file, number, "duplicate id \"" + article.id() + "\", first on line " + first);
        }
        articles.add(article);
      }
    }
    return articles;
  }

  private static List<Article> readFolder(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().endsWith(".txt"))
              .sorted()
              .toList();
    }
    List<Article> articles = new ArrayList<>();
    Map<String, Path> ids = new HashMap<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String id = name.substring(0, name.length() - 4);
      Path first = ids.putIfAbsent(id, file);
      if (first != null) {
        throw new DatasetFormatException(
            file, 0, "duplicate id \"" + id + "\": " + first + " has the same name; rename one");
      }
      String text;
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
      } catch (CharacterCodingException e) {
        throw new DatasetFormatException(
            file,
            0,
            "expected UTF-8 text, got bytes that are not UTF-8; convert the file to UTF-8",
            e);
      }
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
      articles.add(new Article(id, text, null, ArticleMeta.NONE, InputRef.of(file.toString())));
    }
    if (articles.isEmpty()) {
      throw new DatasetFormatException(folder, 0, "expected .txt articles, found none");
    }
    return articles;
  }
}
