package dev.stemma.server.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.candidate.Candidates;
import dev.stemma.clean.RepeatedLines;
import dev.stemma.ingest.Article;
import dev.stemma.prepare.PreparedArticle;
import dev.stemma.prepare.Preparer;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Candidate search over band keys: a bucket larger than the bound gives no candidate whether its
 * holders are committed, pending or spread over segments, and only the live version of an article
 * counts.
 */
class LuceneStoreCandidatesTest {

  private static final Preparer PREPARER = new Preparer(Candidates.shingleHasher(), Candidates.anchorHasher());
  private static final long SHARED = 0x5eed_0001L;
  private static final long OWN = 0x5eed_1000L;

  @Test
  void aKeyHeldByMoreArticlesThanTheBoundGivesNoCandidateInAnySegment(@TempDir Path data) throws Exception {
    try (LuceneStore store = LuceneStore.open(data, 100)) {
      for (int i = 0; i < 6; i++) {
        store.put(prepared("a" + i), new long[] {SHARED, OWN + i});
        store.commit(); // one segment each
      }
      assertThat(store.sharingKeys(new long[] {SHARED}, 6)).hasSize(6);
      assertThat(store.sharingKeys(new long[] {SHARED}, 5)).isEmpty();
      assertThat(store.sharingKeys(new long[] {SHARED, OWN + 2}, 5)).containsExactly("a2");

      store.put(prepared("p"), new long[] {SHARED}); // pending, not committed
      assertThat(store.sharingKeys(new long[] {SHARED}, 6)).isEmpty();
      assertThat(store.sharingKeys(new long[] {SHARED}, 7)).hasSize(7).contains("p");
    }
  }

  @Test
  void anArticleReplacedOrRemovedBeforeTheCommitIsFoundUnderItsNewKeysOnly(@TempDir Path data) throws Exception {
    try (LuceneStore store = LuceneStore.open(data, 100)) {
      IntStream.range(0, 4).forEach(i -> store.put(prepared("a" + i), new long[] {SHARED, OWN + i}));
      store.commit();
      store.put(prepared("a1"), new long[] {OWN + 1});
      store.remove("a2");
      // a1 and a2 no longer hold SHARED: the bucket is {a0, a3} and fits a bound of 2
      assertThat(store.sharingKeys(new long[] {SHARED}, 2)).containsExactlyInAnyOrder("a0", "a3");
      assertThat(store.sharingKeys(new long[] {OWN + 1, OWN + 2}, 2)).containsExactly("a1");
      store.commit();
      assertThat(store.sharingKeys(new long[] {SHARED}, 2)).containsExactlyInAnyOrder("a0", "a3");
      assertThat(store.sharingKeys(new long[] {OWN + 1, OWN + 2}, 2)).containsExactly("a1");
    }
  }

  private static PreparedArticle prepared(String id) {
    Article a = Article.of(id, """
        Harbor officials in Ashcombe opened the new bridge on Monday after three years of work.

        The crossing over the estuary cost 41 million pounds, the council said in a statement.

        Article %s was filed by the desk in Linwood.
        """.formatted(id));
    if (PREPARER.prepare(a, RepeatedLines.NONE) instanceof Preparer.Prepared p) {
      return p.article();
    }
    throw new AssertionError("the fixture article " + id + " is unusable");
  }
}
