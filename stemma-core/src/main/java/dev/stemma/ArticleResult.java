package dev.stemma;

import static java.util.Objects.requireNonNull;

import dev.stemma.clean.RemovedLine;
import dev.stemma.ingest.InputRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What became of one input: an analysed article with its story and family, or a skipped input
 * with the reason. Every input of a run has one, so that nothing is lost silently.
 *
 * @param id the article id; null for an input whose id could not be read
 * @param input where it was read from
 * @param status {@code analysed} or {@code skipped}
 * @param reason why it was skipped, worded to follow the input ("is empty", "missing 'id'")
 * @param fix what to do about it
 * @param headline the headline, for analysed articles
 * @param story its story id
 * @param family its copy family id
 * @param origin whether it is its family's origin
 * @param sentences its number of sentences
 * @param embedded how many of its sentences were embedded
 * @param removed the lines removed as site chrome
 * @param warnings problems that did not stop it from being analysed
 */
public record ArticleResult(
    @Nullable String id,
    InputRef input,
    String status,
    @Nullable String reason,
    @Nullable String fix,
    @Nullable String headline,
    @Nullable String story,
    @Nullable String family,
    boolean origin,
    int sentences,
    int embedded,
    List<RemovedLine> removed,
    List<String> warnings) {

  public static final String ANALYSED = "analysed";
  public static final String SKIPPED = "skipped";

  public ArticleResult {
    requireNonNull(input, "input");
    requireNonNull(status, "status");
    removed = List.copyOf(removed);
    warnings = List.copyOf(warnings);
  }

  public boolean analysed() {
    return ANALYSED.equals(status);
  }
}
