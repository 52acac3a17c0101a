package dev.stemma.ingest.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The HTML pages under src/test/resources/html/ and the article text each one holds. */
public final class Fixtures {

  private Fixtures() {}

  public static Path path(String name) {
    URL url = Fixtures.class.getResource("/html/" + name);
    if (url == null) {
      throw new IllegalArgumentException("No test resource html/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/html/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource html/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The expected article text of page {@code stem}.html, kept in {@code stem}.txt (UTF-8). */
  public static String expectedText(String stem) {
    return new String(bytes(stem + ".txt"), StandardCharsets.UTF_8);
  }

  public static String utf8Page(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
