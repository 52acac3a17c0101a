package dev.stemma.clean;

import dev.stemma.ingest.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The clean stage: from an article as read to its story text, a pure function of the article and
 * the corpus's {@link RepeatedLines}.
 *
 * <p>Steps: normalise (NFKC, quotes, dashes, spaces) keeping a map to the original offsets; split
 * into paragraphs; take the headline (the title, or the first line); drop the paragraphs that
 * {@link ChromeDetector} calls chrome, recording each with its rule; join the rest.
 */
public final class Cleaner {

  private Cleaner() {}

  /** The paragraphs of an article's text, normalised, for building {@link RepeatedLines}. */
  public static List<Paragraph> paragraphs(Article article) {
    return Paragraphs.split(TextNormalizer.normalize(article.text()).text());
  }

  public static CleanArticle clean(Article article, RepeatedLines repeated) {
    NormalizedText normalized = TextNormalizer.normalize(article.text());
    List<Paragraph> paragraphs = new ArrayList<>(Paragraphs.split(normalized.text()));
    List<RemovedLine> removed = new ArrayList<>();

    String headline;
    String headlineField;
    int[] headlineSpan;
    @Nullable String title = article.title() == null ? null : article.title().strip();
    if (title != null && !title.isEmpty()) {
      NormalizedText t = TextNormalizer.normalize(title);
      headline = t.text().replace('\n', ' ');
      headlineField = "title";
      headlineSpan = new int[] {0, article.title().length()};
      if (!paragraphs.isEmpty()) {
        Paragraph first = paragraphs.get(0);
        if (first.text().equalsIgnoreCase(headline)) {
          removed.add(removedLine(ChromeRule.HEADLINE_REPEATED, article, normalized, first));
          paragraphs.remove(0);
        } else if (ChromeDetector.isTitleEcho(headline, first.text())) {
          // the given title is "Viewing: HEADLINE" and the text starts with HEADLINE
          removed.add(new RemovedLine(ChromeRule.TITLE_PREFIX, "title", 0, article.title().length(), article.title()));
          headline = first.text();
          headlineField = "text";
          headlineSpan = normalized.map().toOriginal(first.start(), first.end());
          paragraphs.remove(0);
        }
      }
    } else if (paragraphs.isEmpty()) {
      headline = "";
      headlineField = "text";
      headlineSpan = new int[] {0, 0};
    } else {
      Paragraph first = paragraphs.remove(0);
      if (!paragraphs.isEmpty() && ChromeDetector.isTitleEcho(first.text(), paragraphs.get(0).text())) {
        removed.add(removedLine(ChromeRule.TITLE_PREFIX, article, normalized, first));
        first = paragraphs.remove(0);
      }
      headline = first.text();
      headlineField = "text";
      headlineSpan = normalized.map().toOriginal(first.start(), first.end());
    }

    @Nullable ChromeRule[] rules = ChromeDetector.classify(paragraphs, headline, repeated);
    StringBuilder body = new StringBuilder();
    OffsetMap.Builder map = new OffsetMap.Builder();
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      ChromeRule rule = rules[i];
      if (rule != null) {
        removed.add(removedLine(rule, article, normalized, p));
        continue;
      }
      if (body.length() > 0) {
        int at = map.length() == 0 ? 0 : normalized.map().start(p.start());
        body.append("\n\n");
        map.add(at, at).add(at, at);
      }
      body.append(p.text());
      map.addAll(normalized.map(), p.start(), p.end());
    }
    removed.sort((a, b) -> a.field().equals(b.field()) ? Integer.compare(a.start(), b.start()) : a.field().compareTo(b.field()));
    return new CleanArticle(
        article.id(), headline, headlineField, headlineSpan[0], headlineSpan[1], body.toString(), map.build(), removed);
  }

  private static RemovedLine removedLine(ChromeRule rule, Article article, NormalizedText normalized, Paragraph p) {
    int[] span = normalized.map().toOriginal(p.start(), p.end());
    return new RemovedLine(rule, "text", span[0], span[1], article.text().substring(span[0], span[1]));
  }

  /** A one-line description of the removal, for the terminal. */
  public static String describe(RemovedLine line) {
    String text = line.text().replaceAll("\\s+", " ").strip();
    if (text.length() > 60) {
      text = text.substring(0, 57) + "...";
    }
    return line.rule().code().toLowerCase(Locale.ROOT) + ": \"" + text + "\"";
  }
}
