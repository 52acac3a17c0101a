package dev.stemma.prepare;

import static java.util.Objects.requireNonNull;

import dev.stemma.align.SentenceProfile;
import dev.stemma.clean.CleanArticle;
import dev.stemma.ingest.Article;
import dev.stemma.text.TextAnalysis;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One article with everything the pair stages compare, computed once by {@link Preparer}.
 *
 * @param article the article as read
 * @param clean its story text and the lines removed
 * @param text its sentences, tokens and anchors
 * @param bodyHash the exact-copy fingerprint of the cleaned body
 * @param shingles the sorted distinct hashes of its word 5-grams
 * @param shingleSignature the MinHash signature of {@code shingles}
 * @param anchorTerms the sorted distinct hashes of its anchor terms used for candidate search
 * @param anchorSignature the MinHash signature of {@code anchorTerms}
 * @param anchorWeights anchor term hash to weight, for the weighted anchor similarity
 * @param contentStems the sorted distinct content-stem hashes
 * @param contentWeights the weight of each of {@code contentStems}, same order: (1 + ln tf) times
 *     the word's rarity, ln(1 + rank / 1000), so that "said" counts little and "Samarkand" much
 * @param profiles one profile per sentence
 * @param agencyCredit the agency credited in its dateline, when there is one
 */
public record PreparedArticle(
    Article article,
    CleanArticle clean,
    TextAnalysis text,
    String bodyHash,
    long[] shingles,
    long[] shingleSignature,
    long[] anchorTerms,
    long[] anchorSignature,
    double[] anchorWeights,
    long[] contentStems,
    double[] contentWeights,
    List<SentenceProfile> profiles,
    @Nullable String agencyCredit) {

  public PreparedArticle {
    requireNonNull(article, "article");
    requireNonNull(clean, "clean");
    requireNonNull(text, "text");
    requireNonNull(bodyHash, "bodyHash");
    profiles = List.copyOf(profiles);
    if (anchorWeights.length != anchorTerms.length) {
      throw new IllegalArgumentException("one weight per anchor term expected");
    }
    if (contentWeights.length != contentStems.length) {
      throw new IllegalArgumentException("one weight per content stem expected");
    }
  }

  public String id() {
    return article.id();
  }

  public int sentenceCount() {
    return text.sentences().size();
  }
}
