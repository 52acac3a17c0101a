package dev.stemma.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Short lines that recur across many articles of a corpus in different contexts: a site's footer,
 * a newsletter box, a byline template. A corpus-level statistic that makes cleaning a pure
 * function of (article, statistic), so that it can be built once (or merged across partitions)
 * and broadcast.
 *
 * <p>Counting articles alone would be wrong: an exact copy of a story repeats every line of it.
 * So a line counts as boilerplate only when it is short and appears in at least {@link
 * #MIN_CONTEXTS} different contexts, a context being the pair of lines around it. Copies of one
 * story repeat a line in the same context; a template repeats it around different stories.
 */
public final class RepeatedLines {

  /** Lines longer than this are story text even when repeated (a wire story's sentence). */
  public static final int MAX_WORDS = 20;

  /** Distinct contexts needed: three, so that a story and two copies with new footers are not enough. */
  public static final int MIN_CONTEXTS = 3;

  public static final RepeatedLines NONE = new RepeatedLines(Map.of());

  private final Map<String, long[]> contextsByLine;

  private RepeatedLines(Map<String, long[]> contextsByLine) {
    this.contextsByLine = contextsByLine;
  }

  public boolean isBoilerplate(String paragraph) {
    long[] contexts = contextsByLine.get(key(paragraph));
    return contexts != null && distinct(contexts) >= MIN_CONTEXTS;
  }

  /** The number of distinct lines seen that qualify as boilerplate. */
  public int size() {
    int count = 0;
    for (long[] contexts : contextsByLine.values()) {
      if (distinct(contexts) >= MIN_CONTEXTS) {
        count++;
      }
    }
    return count;
  }

  /** The key a line is counted under: lower case, digits folded, so "Page 2" repeats "Page 3". */
  public static String key(String paragraph) {
    return paragraph.toLowerCase(Locale.ROOT).replaceAll("\\d+", "0");
  }

  private static int distinct(long[] contexts) {
    int count = 0;
    for (long c : contexts) {
      if (c != 0) {
        count++;
      }
    }
    return count;
  }

  /** Collects the lines of a corpus, one article at a time; not thread-safe. */
  public static final class Builder {
    private final Map<String, long[]> contexts = new HashMap<>();

    /**
     * Adds the paragraphs of one article's normalised text and returns the keys of the lines that
     * became boilerplate with it (a live index re-cleans the articles that hold them).
     */
    public java.util.Set<String> addAndReport(List<Paragraph> paragraphs) {
      java.util.Set<String> before = new java.util.HashSet<>();
      for (Paragraph p : paragraphs) {
        long[] cs = contexts.get(key(p.text()));
        if (cs != null && distinct(cs) >= MIN_CONTEXTS) {
          before.add(key(p.text()));
        }
      }
      add(paragraphs);
      java.util.Set<String> now = new java.util.TreeSet<>();
      for (Paragraph p : paragraphs) {
        String k = key(p.text());
        long[] cs = contexts.get(k);
        if (cs != null && distinct(cs) >= MIN_CONTEXTS && !before.contains(k)) {
          now.add(k);
        }
      }
      return now;
    }

    /** The lines collected so far, as a live view that sees later additions. */
    public RepeatedLines view() {
      return new RepeatedLines(contexts);
    }

    /** Adds the paragraphs of one article's normalised text. */
    public Builder add(List<Paragraph> paragraphs) {
      for (int i = 0; i < paragraphs.size(); i++) {
        Paragraph p = paragraphs.get(i);
        if (p.words() == 0 || p.words() > MAX_WORDS) {
          continue;
        }
        String before = i > 0 ? key(paragraphs.get(i - 1).text()) : "";
        String after = i + 1 < paragraphs.size() ? key(paragraphs.get(i + 1).text()) : "";
        long context = (before.hashCode() * 31L + after.hashCode()) | 1L; // never 0, the empty slot
        remember(key(p.text()), context);
      }
      return this;
    }

    /** Adds the lines another builder collected (partitions of a corpus). */
    public Builder merge(Builder other) {
      other.contexts.forEach((line, cs) -> {
        for (long c : cs) {
          if (c != 0) {
            remember(line, c);
          }
        }
      });
      return this;
    }

    private void remember(String line, long context) {
      long[] cs = contexts.computeIfAbsent(line, k -> new long[MIN_CONTEXTS]);
      for (int k = 0; k < cs.length; k++) {
        if (cs[k] == context) {
          return;
        }
        if (cs[k] == 0) {
          cs[k] = context;
          return;
        }
      }
    }

    public RepeatedLines build() {
      Map<String, long[]> qualifying = new HashMap<>();
      contexts.forEach((line, cs) -> {
        if (distinct(cs) >= MIN_CONTEXTS) {
          qualifying.put(line, cs.clone());
        }
      });
      return new RepeatedLines(Map.copyOf(qualifying));
    }
  }
}
