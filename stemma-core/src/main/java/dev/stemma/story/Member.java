package dev.stemma.story;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the story stage needs to know of one analysed article.
 *
 * @param id the article id
 * @param headline its headline
 * @param published its publication time, when known
 * @param agencyCredit the news agency it credits in a dateline or credit line, when it has one
 * @param chromeLines how many lines of site chrome cleaning removed from it
 * @param quotedWords how many words it quotes (reported speech)
 * @param terms the sorted distinct hashes of its content stems, to find what copies share
 */
public record Member(
    String id,
    String headline,
    @Nullable Instant published,
    @Nullable String agencyCredit,
    int chromeLines,
    int quotedWords,
    long[] terms) {

  /** The member for a prepared article. */
  public static Member of(dev.stemma.prepare.PreparedArticle p) {
    int quoted = 0;
    for (java.util.List<dev.stemma.text.Token> sentence : p.text().tokens()) {
      for (dev.stemma.text.Token token : sentence) {
        if (token.quoted()) {
          quoted++;
        }
      }
    }
    return new Member(
        p.id(), p.clean().headline(), p.article().meta().published(), p.agencyCredit(), p.clean().removed().size(),
        quoted, p.contentStems());
  }

  public Member {
    requireNonNull(id, "id");
    requireNonNull(headline, "headline");
    requireNonNull(terms, "terms");
  }
}
