package dev.stemma.story;

import dev.stemma.relate.Relation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses a copy family's likely origin and says why.
 *
 * <p>A publication date is the best evidence: the earliest dated member is the origin (a copy
 * cannot precede its source). Without dates, the origin is the member closest to all others, by
 * the mean share of content it has in common with each (a rewrite of a rewrite drifts further from
 * the rest than the source they share; the source holds what each copy kept). Near ties are broken
 * by an agency credit (a dateline such as "PARIS (AP) -" marks the wire text that sites copy),
 * then by the most quoted words (reported speech is what a copier can keep or drop but not
 * invent), then by the least site chrome (an exact copy adds a page around the same text, the
 * source needs none), then by id, so that the choice is always the same.
 */
final class OriginFinder {

  /** Two closeness values this close are a tie, to be broken by the other signals. */
  static final double TIE = 0.02;

  record Choice(String origin, List<String> reasons) {}

  private record Scored(Member member, double closeness) {}

  private OriginFinder() {}

  /**
   * Why the winner of a tie won: the signals in the order they were applied, each stated against
   * the tied members still in contention after the ones before it, and only when it told some of
   * them apart.
   */
  private static List<String> tieBreak(Scored winner, List<Scored> tied) {
    Member w = winner.member();
    List<String> reasons = new ArrayList<>();
    List<Scored> left = tied;
    if (w.agencyCredit() != null && left.stream().anyMatch(s -> s.member().agencyCredit() == null)) {
      List<Scored> credited = left.stream().filter(s -> s.member().agencyCredit() != null).toList();
      reasons.add(credited.size() == 1
          ? "credits a news agency (" + w.agencyCredit() + "), the tied members do not"
          : "credits a news agency (" + w.agencyCredit() + "), as only " + credited.size() + " of the "
              + left.size() + " tied members do");
      left = credited;
    }
    if (left.stream().anyMatch(s -> s.member().quotedWords() < w.quotedWords())) {
      reasons.add("quotes the most of the tied members (" + w.quotedWords()
          + " quoted words; a copy keeps or drops quotes but does not invent them)");
      left = left.stream().filter(s -> s.member().quotedWords() == w.quotedWords()).toList();
    }
    if (left.stream().anyMatch(s -> s.member().chromeLines() > w.chromeLines())) {
      reasons.add("carries the least site chrome of the tied members (" + w.chromeLines() + " lines removed)");
      left = left.stream().filter(s -> s.member().chromeLines() == w.chromeLines()).toList();
    }
    if (left.stream().anyMatch(s -> s.closeness() < winner.closeness())) {
      reasons.add("the closest of the tied members, which credit, quote and carry chrome alike");
      left = left.stream().filter(s -> s.closeness() == winner.closeness()).toList();
    }
    if (left.size() > 1) {
      reasons.add("tied with " + (left.size() - 1) + " other member(s); first by id");
    }
    return reasons;
  }

  static Choice choose(List<Member> members, Map<String, Map<String, Relation>> links) {
    if (members.size() == 1) {
      return new Choice(members.get(0).id(), List.of("the only member"));
    }
    List<Member> dated = members.stream().filter(m -> m.published() != null).toList();
    List<Member> pool = members;
    List<String> reasons = new ArrayList<>();
    if (!dated.isEmpty()) {
      Instant earliest = dated.stream().map(Member::published).min(Comparator.naturalOrder()).orElseThrow();
      pool = dated.stream().filter(m -> earliest.equals(m.published())).toList();
      String coverage =
          dated.size() == members.size()
              ? "all " + members.size() + " members dated"
              : dated.size() + " of " + members.size() + " members dated";
      reasons.add("earliest published (" + earliest + "; " + coverage + ")");
      if (pool.size() == 1) {
        return new Choice(pool.get(0).id(), reasons);
      }
    }
    List<Scored> scored = new ArrayList<>();
    for (Member m : pool) {
      double sum = 0;
      for (Member other : members) {
        if (!other.id().equals(m.id())) {
          Relation r = links.getOrDefault(m.id(), Map.of()).get(other.id());
          sum += r == null ? 0 : LinkStrength.of(r);
        }
      }
      scored.add(new Scored(m, sum / (members.size() - 1)));
    }
    scored.sort(
        Comparator.comparingDouble((Scored s) -> -s.closeness())
            .thenComparing(s -> s.member().id()));
    double best = scored.get(0).closeness();
    List<Scored> tied = scored.stream().filter(s -> best - s.closeness() <= TIE).toList();
    Scored winner = tied.stream()
        .min(Comparator.comparing((Scored s) -> s.member().agencyCredit() == null)
            .thenComparingInt(s -> -s.member().quotedWords())
            .thenComparingInt(s -> s.member().chromeLines())
            .thenComparing(s -> -s.closeness())
            .thenComparing(s -> s.member().id()))
        .orElseThrow();
    String next = scored.stream()
        .filter(s -> s != winner)
        .findFirst()
        .map(s -> String.format(Locale.ROOT, "; next %s at %.2f", s.member().id(), s.closeness()))
        .orElse("");
    reasons.add(String.format(
        Locale.ROOT, "closest to the other members (mean shared content %.2f%s)", winner.closeness(), next));
    if (tied.size() > 1) {
      reasons.addAll(tieBreak(winner, tied));
    } else if (winner.member().agencyCredit() != null) {
      reasons.add("credits a news agency (" + winner.member().agencyCredit() + ")");
    }
    return new Choice(winner.member().id(), reasons);
  }
}
