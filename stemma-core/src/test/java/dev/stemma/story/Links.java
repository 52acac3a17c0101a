package dev.stemma.story;

import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import dev.stemma.relate.Scores;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;

/** Hand-made members and relations for the story-stage tests. */
final class Links {

  private Links() {}

  /** An undated member headlined "Headline ID", with no credit, quotes, chrome or terms. */
  static Member member(String id) {
    return new Member(id, "Headline " + id, null, null, 0, 0, new long[0]);
  }

  static Member dated(String id, String published) {
    return new Member(id, "Headline " + id, Instant.parse(published), null, 0, 0, new long[0]);
  }

  static Member member(String id, @Nullable String credit, int quotedWords, int chromeLines) {
    return new Member(id, "Headline " + id, null, credit, chromeLines, quotedWords, new long[0]);
  }

  static Member withTerms(String id, @Nullable String published, long[] terms) {
    return new Member(id, "Headline " + id, published == null ? null : Instant.parse(published), null, 0, 0, terms);
  }

  /** The sorted terms from..to, inclusive, followed by {@code more} (which must be larger). */
  static long[] terms(long from, long to, long... more) {
    return LongStream.concat(LongStream.rangeClosed(from, to), LongStream.of(more)).toArray();
  }

  static long[] concat(long[]... parts) {
    return java.util.Arrays.stream(parts).flatMapToLong(LongStream::of).sorted().distinct().toArray();
  }

  /** A copy relation whose two coverages are both {@code coverage} (its link strength). */
  static Relation copy(String x, String y, RelationKind kind, double coverage) {
    String a = x.compareTo(y) < 0 ? x : y;
    String b = a.equals(x) ? y : x;
    return new Relation(a, b, kind, new Scores(0.5, 0.5, 0.5, 0.5, coverage, coverage, 3), null, null, List.of());
  }

  /** A same-story relation with story score {@code score}, half anchors and half content. */
  static Relation sameStory(String x, String y, double score) {
    String a = x.compareTo(y) < 0 ? x : y;
    String b = a.equals(x) ? y : x;
    return new Relation(a, b, RelationKind.SAME_STORY, new Scores(0, 0, score / 2, score / 2, 0, 0, 0), null, null,
        List.of());
  }

  /** Every relation under both of its ids, as Stories builds it. */
  static Map<String, Map<String, Relation>> index(List<Relation> relations) {
    Map<String, Map<String, Relation>> links = new HashMap<>();
    for (Relation r : relations) {
      links.computeIfAbsent(r.a(), k -> new HashMap<>()).put(r.b(), r);
      links.computeIfAbsent(r.b(), k -> new HashMap<>()).put(r.a(), r);
    }
    return links;
  }
}
