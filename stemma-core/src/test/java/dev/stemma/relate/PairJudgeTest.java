package dev.stemma.relate;

import static dev.stemma.BridgeArticles.prepare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stemma.BridgeArticles;
import dev.stemma.align.SentenceMatch;
import dev.stemma.minhash.Shingles;
import dev.stemma.prepare.PreparedArticle;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PairJudgeTest {

  private static final PairJudge JUDGE = new PairJudge(SentenceMatch.DEFAULT, JudgePolicy.DEFAULT);

  private static final PreparedArticle WIRE = prepare("wire", BridgeArticles.WIRE);
  private static final PreparedArticle COPY = prepare("copy", BridgeArticles.COPY_WITH_CHROME);
  private static final PreparedArticle NEAR = prepare("near", BridgeArticles.NEAR_DUPLICATE);
  private static final PreparedArticle REWRITE = prepare("rewrite", BridgeArticles.REWRITE);
  private static final PreparedArticle FERRY = prepare("ferry", BridgeArticles.SAME_STORY);
  private static final PreparedArticle FOOTBALL = prepare("football", BridgeArticles.UNRELATED);

  private static Optional<Relation> decided(PairJudge.Step step) {
    assertThat(step).isInstanceOf(PairJudge.Decided.class);
    return ((PairJudge.Decided) step).relation();
  }

  private static Relation relation(PairJudge.Step step) {
    return decided(step).orElseThrow(() -> new AssertionError("no relation"));
  }

  private static PairJudge.Pending pending(PairJudge.Step step) {
    assertThat(step).isInstanceOf(PairJudge.Pending.class);
    return (PairJudge.Pending) step;
  }

  /** Every evidence span, cut from each original text, is the sentence it names. */
  private static void assertEvidencePointsIntoTheOriginals(Relation r, PreparedArticle a, PreparedArticle b) {
    assertThat(r.a()).isEqualTo(a.id());
    assertThat(r.b()).isEqualTo(b.id());
    for (Evidence e : r.evidence()) {
      assertThat(a.article().text().substring(e.aStart(), e.aEnd())).isEqualTo(a.text().sentenceText(e.aSentence()));
      assertThat(b.article().text().substring(e.bStart(), e.bEnd())).isEqualTo(b.text().sentenceText(e.bSentence()));
    }
  }

  @Test
  void plan_sameCleanedBody_isAnExactCopyByItsHash_whateverTheChrome() {
    assertThat(COPY.clean().removed()).hasSize(2);
    assertThat(COPY.bodyHash()).isEqualTo(WIRE.bodyHash());
    Relation r = relation(JUDGE.plan(WIRE, COPY));
    assertThat(r.kind()).isEqualTo(RelationKind.EXACT);
    assertThat(r.a()).isEqualTo("copy");
    assertThat(r.b()).isEqualTo("wire");
    assertThat(r.scores()).isEqualTo(new Scores(1, 1, 1, 1, 1, 1, 6));
    assertThat(r.evidence()).hasSize(6).allSatisfy(e -> {
      assertThat(e.bSentence()).isEqualTo(e.aSentence());
      assertThat(e.similarity()).isEqualTo(1.0);
      assertThat(e.match()).isEqualTo("verbatim");
    });
    assertEvidencePointsIntoTheOriginals(r, COPY, WIRE);
    // the share bar above the story moves every sentence of the copy 53 characters on
    assertThat(r.evidence().get(0).aStart() - r.evidence().get(0).bStart())
        .isEqualTo("Share on Facebook | Share on X | Email this article\n\n".length());
  }

  @Test
  void plan_ordersThePairById_whicheverComesFirst() {
    assertThat(relation(JUDGE.plan(WIRE, NEAR))).isEqualTo(relation(JUDGE.plan(NEAR, WIRE)));
    assertThat(relation(JUDGE.plan(WIRE, NEAR)).a()).isEqualTo("near");
  }

  @Test
  void plan_smallEditsAndACut_areANearDuplicateByJaccard() {
    // 5-gram Jaccard 0.54 >= 0.3
    Relation r = relation(JUDGE.plan(WIRE, NEAR));
    assertThat(r.kind()).isEqualTo(RelationKind.NEAR_DUPLICATE);
    assertThat(r.scores().jaccard()).isEqualTo(0.5401);
    assertThat(r.scores().containment()).isEqualTo(0.8043);
    // near's 4 sentences align with the first 4 of the wire's 6, in order
    assertThat(r.scores().aligned()).isEqualTo(4);
    assertThat(r.scores().coverageA()).isEqualTo(1.0);
    assertThat(r.evidence()).extracting(Evidence::aSentence).containsExactly(0, 1, 2, 3);
    assertThat(r.evidence()).extracting(Evidence::bSentence).containsExactly(0, 1, 2, 3);
    // the sentence kept word for word is verbatim, with its words' Jaccard as similarity
    assertThat(r.evidence().get(3).similarity()).isEqualTo(1.0);
    assertThat(r.evidence()).extracting(Evidence::match).containsOnly("verbatim");
    assertEvidencePointsIntoTheOriginals(r, NEAR, WIRE);
    assertThat(r.source()).isNull();
  }

  @Test
  void plan_anExcerptOfOneParagraph_isANearDuplicateByContainment() {
    // 26 5-grams, all in the wire's 119: Jaccard 26 / 119 = 0.22 < 0.3, containment 1.0 >= 0.6
    PreparedArticle excerpt = prepare("excerpt", """
        Bridge closed

        PORTVALE, March 3 (Meridian Press) - The city of Portvale closed the Harbor Bridge on Monday \
        after engineers found a 14-inch crack in a steel girder beneath its main span.
        """);
    Relation r = relation(JUDGE.plan(WIRE, excerpt));
    assertThat(r.kind()).isEqualTo(RelationKind.NEAR_DUPLICATE);
    assertThat(r.scores().jaccard()).isEqualTo(0.2185);
    assertThat(r.scores().containment()).isEqualTo(1.0);
    assertEvidencePointsIntoTheOriginals(r, excerpt, WIRE);
  }

  @Test
  void plan_containmentDoesNotCount_forAnArticleOfFewerThanTenShingles() {
    // "The 1962 cantilever bridge carries about 84,000 vehicles a day." is 10 words, 6 5-grams,
    // all in the wire: containment 1.0, but too few to say it was copied
    PreparedArticle tiny = prepare("tiny", "Bridge closed\n\nThe 1962 cantilever bridge carries about 84,000 vehicles a day.\n");
    assertThat(tiny.shingles()).hasSize(6);
    Relation r = relation(JUDGE.plan(WIRE, tiny));
    assertThat(r.scores().containment()).isEqualTo(1.0);
    assertThat(r.kind()).isEqualTo(RelationKind.SAME_STORY);
  }

  @Test
  void plan_belowTheSameStoryScore_isUnrelated() {
    // anchors 0 + content 0.003 < 0.2: no relation, nothing aligned or embedded
    assertThat(decided(JUDGE.plan(WIRE, FOOTBALL))).isEmpty();
  }

  @Test
  void plan_sameStorySharingLittleContent_isDecidedWithoutAlignment() {
    // anchors 0.08 + content 0.21 >= 0.2, but content 0.21 < 0.3: no rewrite could keep so little
    Relation r = relation(JUDGE.plan(NEAR, FERRY));
    assertThat(r.kind()).isEqualTo(RelationKind.SAME_STORY);
    assertThat(r.scores().content()).isLessThan(0.3);
    assertThat(r.scores().aligned()).isZero();
    assertThat(r.scores().coverageA()).isZero();
    assertThat(r.scores().coverageB()).isZero();
    assertThat(r.evidence()).isEmpty();
  }

  @Test
  void plan_sameStoryThatCouldNotBeARewriteEvenWithPerfectMatches_isDecidedWithoutTheModel() {
    // content 0.34 >= 0.3 makes it worth aligning, but no three sentence pairs could match in order
    Relation r = relation(JUDGE.plan(WIRE, FERRY));
    assertThat(r.kind()).isEqualTo(RelationKind.SAME_STORY);
    assertThat(r.scores().content()).isGreaterThanOrEqualTo(0.3);
    assertThat(r.scores().story()).isGreaterThanOrEqualTo(0.2);
  }

  @Test
  void plan_rewrite_isPending_andNamesOnlyTheSentencesThatCouldMatchWithTheModel() {
    // the rewrite's last sentence is its own: no sentence of the wire could match it
    PreparedArticle rewrite = prepare("rewrite", BridgeArticles.REWRITE
        + "\nReaders can send questions to our newsroom by email.\n");
    PairJudge.Pending p = pending(JUDGE.plan(WIRE, rewrite));
    assertThat(p.a().id()).isEqualTo("rewrite");
    assertThat(p.b().id()).isEqualTo("wire");
    assertThat(p.sentencesA()).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(p.sentencesB()).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(p.partial().content()).isGreaterThanOrEqualTo(0.3);
  }

  @Test
  void plan_aRewriteThatOnlyFewerLongerSentencesCouldMake_isPending() {
    // a: three long sentences, then four short ones; b: the four short ones reworded first, then
    // the three long ones. The two runs cross, so an in-order alignment keeps one: the four short
    // pairs are the most pairs (21 of a's 127 words, coverage 0.17: no rewrite), the three long
    // pairs cover 106 of 127 words (0.83: a rewrite). Only the model can tell which run matches,
    // so the pair must wait for it rather than be settled as the same story.
    String long1 = "The city of Portvale closed the Harbor Bridge to all traffic on Monday after engineers found "
        + "a fourteen-inch crack in a steel girder beneath its main span, cutting the busiest road link between the "
        + "downtown waterfront and the eastern districts.";
    String long1b = "The town of Portvale shut the Harbor Bridge to all vehicles on Monday when engineers discovered "
        + "a fourteen-inch crack in one steel girder under its main span, severing the busiest road connection "
        + "between the downtown waterfront and the eastern neighborhoods.";
    String long2 = "Mayor Denise Okafor ordered the closure shortly after six in the morning, less than two hours "
        + "after an inspection team reported the fracture, and said the bridge would remain shut for at least six "
        + "weeks.";
    String long2b = "Mayor Denise Okafor ordered the shutdown just after six in the morning, under two hours after "
        + "an inspection crew reported the fracture, and said the bridge would stay closed for at least six weeks.";
    String long3 = "The crack was discovered on Sunday night during a scheduled inspection by the engineering firm "
        + "Lindqvist and Hale, which the city hired last year to examine its six river crossings.";
    String long3b = "The crack was found late on Sunday during a routine inspection by the engineering company "
        + "Lindqvist and Hale, which the city engaged last year to survey its six river crossings.";
    PreparedArticle a = prepare("a", String.join("\n\n", "Bridge shut", long1, long2, long3,
        "Ferries will run every fifteen minutes.", "Buses will use the tunnel.",
        "Repairs may cost eighteen million dollars.", "Drivers face long delays."));
    PreparedArticle b = prepare("b", String.join("\n\n", "Bridge closed",
        "Extra ferries sail every fifteen minutes.", "Bus routes move to the tunnel.",
        "The repair bill may reach eighteen million dollars.", "Motorists should expect long delays.",
        long1b, long2b, long3b));
    PairJudge.Pending p = pending(JUDGE.plan(a, b));
    Relation r = JUDGE.finish(p, new WordHashVectors()).orElseThrow();
    assertThat(r.kind()).isEqualTo(RelationKind.REWRITE);
    assertThat(r.evidence()).extracting(Evidence::aSentence).containsExactly(0, 1, 2);
    assertThat(r.evidence()).extracting(Evidence::bSentence).containsExactly(4, 5, 6);
  }

  @Test
  void plan_sentencesThatMatchOnTheirWordsAlone_areNotEmbedded() {
    // a decision under which a word-for-word sentence matches without the model (bias -7.0 instead
    // of -8.171: identical sentences then need a cosine below 0), and no near-duplicate verdict
    SentenceMatch lenient = new SentenceMatch(-7.0, 5.728, 3.400, 1.976, 1.020, -1.674, -0.856, 2.004, 0.38);
    JudgePolicy noNearDuplicates = new JudgePolicy(1, 1, 10, 0.3, 0.5, 0.4, 3, 0.2, 14);
    PairJudge judge = new PairJudge(lenient, noNearDuplicates);
    PairJudge.Pending p = pending(judge.plan(WIRE, NEAR));
    // the wire's sentence 3 is near's sentence 3 word for word, and nothing else could match it:
    // settled lexically, not embedded. The wire's sentences 4 and 5 (the traffic and the cost) are
    // cut from near: nothing to match. Near's sentence 3 could still match one of the wire's first
    // three, reworded, so it is named
    assertThat(p.a().id()).isEqualTo("near");
    assertThat(p.sentencesA()).containsExactly(0, 1, 2, 3);
    assertThat(p.sentencesB()).containsExactly(0, 1, 2);
    WordHashVectors vectors = new WordHashVectors();
    Relation r = judge.finish(p, vectors).orElseThrow();
    assertThat(vectors.requests).isNotEmpty().allMatch(s -> s.matches("near#[0-3]|wire#[0-2]"));
    assertThat(r.kind()).isEqualTo(RelationKind.REWRITE);
    assertThat(r.evidence()).extracting(Evidence::aSentence).containsExactly(0, 1, 2, 3);
    assertThat(r.evidence().get(3).match()).isEqualTo("verbatim");
  }

  @Test
  void finish_withSentenceVectors_findsTheRewrite_inOrder_withOffsetsIntoBothOriginals() {
    PairJudge.Pending p = pending(JUDGE.plan(WIRE, REWRITE));
    WordHashVectors vectors = new WordHashVectors();
    Relation r = JUDGE.finish(p, vectors).orElseThrow();
    assertThat(r.kind()).isEqualTo(RelationKind.REWRITE);
    assertThat(r.a()).isEqualTo("rewrite");
    assertThat(r.scores().aligned()).isEqualTo(6);
    assertThat(r.scores().coverageA()).isEqualTo(1.0);
    assertThat(r.scores().coverageB()).isEqualTo(1.0);
    assertThat(r.evidence()).extracting(Evidence::aSentence).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(r.evidence()).extracting(Evidence::bSentence).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(r.evidence()).allSatisfy(e -> assertThat(e.similarity()).isBetween(0.38, 1.0));
    // the quote is kept word for word but for "told reporters": still a close paraphrase
    assertThat(r.evidence()).extracting(Evidence::match).contains("reworded");
    assertEvidencePointsIntoTheOriginals(r, REWRITE, WIRE);
    // the model was asked only for the sentences plan named
    for (String request : vectors.requests) {
      String[] parts = request.split("#");
      int[] named = parts[0].equals("rewrite") ? p.sentencesA() : p.sentencesB();
      assertThat(named).contains(Integer.parseInt(parts[1]));
    }
  }

  @Test
  void finish_ofPairsNotMatchingAtAll_isTheSameStoryWithoutEvidence() {
    PairJudge.Pending p = pending(JUDGE.plan(WIRE, REWRITE));
    // a model that finds nothing alike: every cosine 0
    Relation r = JUDGE.finish(p, (article, sentence) -> {
      float[] v = new float[2];
      v[article.id().equals("wire") ? 0 : 1] = 1;
      return v;
    }).orElseThrow();
    assertThat(r.kind()).isEqualTo(RelationKind.SAME_STORY);
    assertThat(r.scores().aligned()).isZero();
    assertThat(r.evidence()).isEmpty();
  }

  @Test
  void plan_copiesOfDatedArticles_nameTheEarlierAsTheSource() {
    PreparedArticle early = prepare("wire", BridgeArticles.WIRE, "2025-03-03T15:05:00Z");
    PreparedArticle late = prepare("near", BridgeArticles.NEAR_DUPLICATE, "2025-04-20T16:20:00Z");
    Relation r = relation(JUDGE.plan(early, late));
    assertThat(r.kind()).isEqualTo(RelationKind.NEAR_DUPLICATE);
    assertThat(r.source()).isEqualTo("wire");
    assertThat(r.sourceBasis()).isEqualTo("published");
    PreparedArticle sameTime = prepare("near", BridgeArticles.NEAR_DUPLICATE, "2025-03-03T15:05:00Z");
    assertThat(relation(JUDGE.plan(early, sameTime)).source()).isNull();
  }

  @Test
  void plan_datedReportsOfOneStory_areTheSameStoryWithinFourteenDays() {
    PreparedArticle near = prepare("near", BridgeArticles.NEAR_DUPLICATE, "2025-03-03T15:05:00Z");
    PreparedArticle exactly14 = prepare("ferry", BridgeArticles.SAME_STORY, "2025-03-17T15:05:00Z");
    PreparedArticle after15 = prepare("ferry", BridgeArticles.SAME_STORY, "2025-03-18T15:05:00Z");
    PreparedArticle before15 = prepare("ferry", BridgeArticles.SAME_STORY, "2025-02-16T15:05:00Z");
    assertThat(relation(JUDGE.plan(near, exactly14)).kind()).isEqualTo(RelationKind.SAME_STORY);
    assertThat(relation(JUDGE.plan(near, exactly14)).source()).isNull();
    assertThat(decided(JUDGE.plan(near, after15))).isEmpty();
    assertThat(decided(JUDGE.plan(near, before15))).isEmpty();
    // one undated side: no window applies
    assertThat(relation(JUDGE.plan(near, FERRY)).kind()).isEqualTo(RelationKind.SAME_STORY);
  }

  @Test
  void plan_reportsFourteenDaysAndHalfAnHourApart_areNotTheSameStory() {
    // the window is 14 days to the second, not 14 days plus whatever rounds down to a whole hour
    PreparedArticle near = prepare("near", BridgeArticles.NEAR_DUPLICATE, "2025-03-03T15:05:00Z");
    PreparedArticle ferry = prepare("ferry", BridgeArticles.SAME_STORY, "2025-03-17T15:35:00Z");
    assertThat(decided(JUDGE.plan(near, ferry))).isEmpty();
  }

  @Test
  void plan_theStoryWindowAlsoHoldsForAPairThatWasAligned() {
    PreparedArticle wire = prepare("wire", BridgeArticles.WIRE, "2025-03-03T15:05:00Z");
    PreparedArticle ferry = prepare("ferry", BridgeArticles.SAME_STORY, "2025-05-03T15:05:00Z");
    assertThat(decided(JUDGE.plan(wire, ferry))).isEmpty();
  }

  @Test
  void plan_copiesHaveNoTimeWindow() {
    PreparedArticle wire = prepare("wire", BridgeArticles.WIRE, "2025-03-03T15:05:00Z");
    PreparedArticle copy = prepare("copy", BridgeArticles.COPY_WITH_CHROME, "2026-03-03T15:05:00Z");
    Relation r = relation(JUDGE.plan(wire, copy));
    assertThat(r.kind()).isEqualTo(RelationKind.EXACT);
    assertThat(r.source()).isEqualTo("wire");
  }

  @Test
  void exactCopy_ofTwoArticlesWithTheSameBody_isOrderedById() {
    Relation r = JUDGE.exactCopy(WIRE, COPY);
    assertThat(r.kind()).isEqualTo(RelationKind.EXACT);
    assertThat(r.a()).isEqualTo("copy");
    assertThat(r).isEqualTo(JUDGE.exactCopy(COPY, WIRE));
  }

  @Test
  void exactCopy_ofDifferentBodies_isRejected() {
    assertThatThrownBy(() -> JUDGE.exactCopy(WIRE, NEAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'wire' and 'near' are not exact copies: their bodies differ");
  }

  @Test
  void unrelated_carriesThePairsMeasuresAndNoEvidence() {
    Relation r = JUDGE.unrelated(WIRE, FOOTBALL);
    assertThat(r.kind()).isEqualTo(RelationKind.UNRELATED);
    assertThat(r.a()).isEqualTo("football");
    assertThat(r.scores()).isEqualTo(new Scores(0, 0, 0, r.scores().content(), 0, 0, 0));
    assertThat(r.evidence()).isEmpty();
    assertThat(r.source()).isNull();
  }

  @Test
  void remap_toTheSameIds_isTheSameRelation() {
    Relation r = relation(JUDGE.plan(WIRE, NEAR));
    assertThat(JUDGE.remap(r, NEAR, WIRE)).isSameAs(r);
  }

  @Test
  void remap_toAnExactCopy_movesTheOffsetsIntoTheCopysText() {
    // near ~ wire, carried to near ~ copy (the wire's body inside chrome): "copy" < "near", so
    // the copy becomes a and near b, and each sentence index and coverage changes sides
    Relation r = relation(JUDGE.plan(WIRE, NEAR));
    assertThat(r.a()).isEqualTo("near");
    Relation carried = JUDGE.remap(r, NEAR, COPY);
    assertThat(carried.a()).isEqualTo("copy");
    assertThat(carried.b()).isEqualTo("near");
    assertThat(carried.kind()).isEqualTo(r.kind());
    assertThat(carried.scores().coverageA()).isEqualTo(r.scores().coverageB());
    assertThat(carried.scores().coverageB()).isEqualTo(r.scores().coverageA());
    assertThat(carried.scores().jaccard()).isEqualTo(r.scores().jaccard());
    assertThat(carried.evidence()).hasSameSizeAs(r.evidence());
    for (int k = 0; k < r.evidence().size(); k++) {
      Evidence before = r.evidence().get(k);
      Evidence after = carried.evidence().get(k);
      assertThat(after.aSentence()).isEqualTo(before.bSentence());
      assertThat(after.bSentence()).isEqualTo(before.aSentence());
      assertThat(after.similarity()).isEqualTo(before.similarity());
      assertThat(after.match()).isEqualTo(before.match());
    }
    assertEvidencePointsIntoTheOriginals(carried, COPY, NEAR);
  }

  @Test
  void remap_withoutASwap_keepsTheSidesAndTakesTheSourceFromTheNewDates() {
    PreparedArticle wire = prepare("b-wire", BridgeArticles.WIRE, "2025-03-03T15:00:00Z");
    PreparedArticle copy = prepare("c-copy", BridgeArticles.COPY_WITH_CHROME, "2025-03-03T13:00:00Z");
    PreparedArticle near = prepare("a-near", BridgeArticles.NEAR_DUPLICATE, "2025-03-03T14:00:00Z");
    Relation r = relation(JUDGE.plan(wire, near));
    assertThat(r.source()).isEqualTo("a-near");
    Relation carried = JUDGE.remap(r, near, copy);
    assertThat(carried.a()).isEqualTo("a-near");
    assertThat(carried.b()).isEqualTo("c-copy");
    assertThat(carried.source()).isEqualTo("c-copy");
    assertThat(carried.scores()).isEqualTo(r.scores());
    assertEvidencePointsIntoTheOriginals(carried, near, copy);
  }

  @Test
  void theNearDuplicateBarNeverExceedsAnOverlapThatMakesANearDuplicate() {
    JudgePolicy policy = JudgePolicy.DEFAULT;
    for (int m = 0; m <= 120; m++) {
      for (int n = 0; n <= 120; n++) {
        boolean containmentCounts = Math.min(m, n) >= policy.minShingles();
        int bar = JUDGE.nearBar(m, n, containmentCounts);
        for (int c = 0; c <= Math.min(m, n); c++) {
          boolean near = Shingles.jaccard(c, m, n) >= policy.nearJaccard()
              || (containmentCounts && Shingles.containment(c, m, n) >= policy.nearContainment());
          if (near) {
            assertThat(c).as("%d of %d and %d shared", c, m, n).isGreaterThanOrEqualTo(bar);
          }
        }
      }
    }
  }
}
