package dev.stemma;

import dev.stemma.candidate.Candidates;
import dev.stemma.clean.RepeatedLines;
import dev.stemma.ingest.Article;
import dev.stemma.ingest.ArticleMeta;
import dev.stemma.ingest.InputRef;
import dev.stemma.prepare.PreparedArticle;
import dev.stemma.prepare.Preparer;
import java.time.Instant;

/**
 * Small fictional articles about one event (Portvale's Harbor Bridge closed after a crack is found)
 * and one unrelated, for unit tests of the pair and story stages: a wire story, an exact copy of it
 * with site chrome around it, a near-duplicate, a rewrite, an independent report and a football
 * report. Plain ASCII, so that cleaning changes no character of the story text.
 */
public final class BridgeArticles {

  private BridgeArticles() {}

  /** The wire story: a dateline crediting Meridian Press, six one-sentence paragraphs. */
  public static final String WIRE = """
      Harbor Bridge closed after crack found

      PORTVALE, March 3 (Meridian Press) - The city of Portvale closed the Harbor Bridge on Monday \
      after engineers found a 14-inch crack in a steel girder beneath its main span.

      Mayor Denise Okafor ordered the closure shortly after 6 a.m. and said the bridge would stay \
      shut for at least six weeks.

      "I will not ask a single family to drive across a bridge that our own engineers cannot vouch \
      for," Okafor told reporters at City Hall.

      The 1962 cantilever bridge carries about 84,000 vehicles a day across the Keel River.

      Traffic will be diverted to the Route 9 bypass and the Eastshore Tunnel, transportation \
      director Raymond Takeda said.

      Preliminary estimates put the cost of a repair at $18 million to $22 million.
      """;

  /** The wire story's body word for word, inside a share bar and a cookie notice. */
  public static final String COPY_WITH_CHROME = """
      Harbor Bridge closed after crack found

      Share on Facebook | Share on X | Email this article

      PORTVALE, March 3 (Meridian Press) - The city of Portvale closed the Harbor Bridge on Monday \
      after engineers found a 14-inch crack in a steel girder beneath its main span.

      Mayor Denise Okafor ordered the closure shortly after 6 a.m. and said the bridge would stay \
      shut for at least six weeks.

      "I will not ask a single family to drive across a bridge that our own engineers cannot vouch \
      for," Okafor told reporters at City Hall.

      The 1962 cantilever bridge carries about 84,000 vehicles a day across the Keel River.

      Traffic will be diverted to the Route 9 bypass and the Eastshore Tunnel, transportation \
      director Raymond Takeda said.

      Preliminary estimates put the cost of a repair at $18 million to $22 million.

      We use cookies to give you the best experience on our website. By continuing to browse, you \
      agree to our use of cookies. Accept
      """;

  /** The wire story with a few words changed and its last two paragraphs cut. */
  public static final String NEAR_DUPLICATE = """
      Crack shuts Portvale's Harbor Bridge

      PORTVALE, March 3 (Meridian Press) - The city of Portvale closed the Harbor Bridge on Monday \
      after engineers found a 14-inch (36-cm) crack in a steel girder beneath its main span.

      Portvale Mayor Denise Okafor ordered the closure shortly after 6 a.m. and said the bridge \
      would stay shut for at least six weeks.

      "I will not ask a single family to drive across a bridge that our own engineers cannot vouch \
      for," Okafor told a news conference at City Hall.

      The 1962 cantilever bridge carries about 84,000 vehicles a day across the Keel River.
      """;

  /** The wire story reworded sentence by sentence, names, numbers and the quote kept. */
  public static final String REWRITE = """
      Portvale shuts its Harbor Bridge

      Engineers discovered a 14-inch crack in a steel girder under the main span, and on Monday the \
      city of Portvale shut the Harbor Bridge.

      Shortly after 6 a.m. Mayor Denise Okafor ordered the bridge closed, saying it would remain \
      shut for six weeks at least.

      "I will not ask a single family to drive across a bridge that our own engineers cannot vouch \
      for," Okafor said at City Hall.

      About 84,000 vehicles cross the Keel River on the 1962 cantilever bridge every day.

      Raymond Takeda, the transportation director, said drivers would be sent to the Eastshore \
      Tunnel and the Route 9 bypass.

      A repair could cost between $18 million and $22 million, according to early estimates.
      """;

  /** An independent report of the same event: the same places and people, its own sentences. */
  public static final String SAME_STORY = """
      Ferry riders pack Millbank boats as bridge stays shut

      Commuters from Eastshore crowded the ferry terminal at Pier 4 on Tuesday, a day after \
      Portvale closed the Harbor Bridge.

      Baker Anna Sorell said her morning deliveries took twice as long through the Eastshore Tunnel.

      Transportation director Raymond Takeda said extra sailings would continue while the Harbor \
      Bridge is closed.

      Councilman Peter Alvarado repeated his call for an audit of the city's river crossings.
      """;

  /** A football report: nothing in common with the others. */
  public static final String UNRELATED = """
      Mariners beat Foxes in late comeback

      The Ashcombe Mariners scored twice in the final ten minutes to beat the Linwood Foxes 3-2 on \
      Saturday.

      Striker Tomas Reyes headed the winner from a corner in stoppage time.

      The win lifts the Mariners to third place in the league.
      """;

  private static final Preparer PREPARER = new Preparer(Candidates.shingleHasher(), Candidates.anchorHasher());

  /** An undated article. */
  public static Article article(String id, String text) {
    return Article.of(id, text);
  }

  /** An article published at an ISO-8601 instant such as {@code 2025-03-03T15:05:00Z}. */
  public static Article article(String id, String text, String published) {
    ArticleMeta meta = new ArticleMeta(null, null, null, Instant.parse(published), null, null);
    return new Article(id, text, null, meta, InputRef.of("<memory>"));
  }

  /** The article prepared for the pair stages; fails the test if it is unusable. */
  public static PreparedArticle prepare(Article article) {
    Preparer.Outcome outcome = PREPARER.prepare(article, RepeatedLines.NONE);
    if (outcome instanceof Preparer.Prepared p) {
      return p.article();
    }
    throw new AssertionError("fixture '" + article.id() + "' is unusable: " + outcome);
  }

  public static PreparedArticle prepare(String id, String text) {
    return prepare(article(id, text));
  }

  public static PreparedArticle prepare(String id, String text, String published) {
    return prepare(article(id, text, published));
  }
}
