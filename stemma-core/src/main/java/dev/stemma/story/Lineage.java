package dev.stemma.story;

import dev.stemma.minhash.Shingles;
import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Draws a copy family as a tree, the origin at the root: a stemma.
 *
 * <p>Textual criticism places a manuscript under another when they share innovations, readings
 * absent from the archetype (Lachmann's method of common errors; Maas, <i>Textkritik</i>, 1927):
 * two copies that agree with each other against the original most likely descend from one
 * intermediate. Stemma applies the rule to words: the innovations of a member are its content
 * stems that the origin lacks. A member hangs under another member, rather than under the origin,
 * when the two share at least {@link #MIN_SHARED} innovations making up at least {@link
 * #MIN_SHARE} of the smaller member's innovations, and are linked as copies; two independent
 * rewrites of one wire story each bring their own synonyms and share few of them by chance.
 * Otherwise a member hangs under the origin, or, when it is not linked to the origin, under the
 * member it shares most text with.
 *
 * <p>Members are placed in order (earliest publication first when dated, then closest to the
 * origin), and each may hang only under a member already placed, so the result is a tree and a
 * parent is never later than its child.
 */
final class Lineage {

  /** The fewest shared innovations that make a member the parent of another. */
  static final int MIN_SHARED = 5;

  /** The least share of the smaller member's innovations that must be shared. */
  static final double MIN_SHARE = 0.5;

  private Lineage() {}

  static LineageNode tree(String origin, List<Member> members, Map<String, Map<String, Relation>> links) {
    Map<String, Member> byId = new HashMap<>();
    members.forEach(m -> byId.put(m.id(), m));
    Member root = byId.get(origin);
    Map<String, long[]> innovations = new HashMap<>();
    for (Member m : members) {
      innovations.put(m.id(), minus(m.terms(), root.terms()));
    }
    Map<String, Relation> rootLinks = links.getOrDefault(origin, Map.of());
    List<Member> order = members.stream()
        .filter(m -> !m.id().equals(origin))
        .sorted(Comparator.comparing((Member m) -> m.published() == null ? java.time.Instant.MAX : m.published())
            .thenComparing(m -> -strength(rootLinks.get(m.id())))
            .thenComparing(Member::id))
        .toList();

    Set<String> placed = new HashSet<>(List.of(origin));
    Map<String, List<String>> children = new TreeMap<>();
    Map<String, Relation> linkToParent = new HashMap<>();
    List<Member> waiting = new ArrayList<>(order);
    while (!waiting.isEmpty()) {
      Member child = null;
      String parent = null;
      for (Member candidate : waiting) {
        parent = parentOf(candidate, placed, byId, links, innovations, origin);
        if (parent != null) {
          child = candidate;
          break;
        }
      }
      if (child == null) {
        // Every waiting member's copy links go to members published after it (a copy dated before
        // its only source: a wrong or missing date, or a live index that has not seen the member
        // between them yet). Dates cannot place it, so the strongest copy link does.
        for (Member candidate : waiting) {
          parent = strongestPlaced(candidate, placed, links);
          if (parent != null) {
            child = candidate;
            break;
          }
        }
      }
      if (child == null) {
        throw new IllegalStateException("family of '" + origin + "' is not connected by copy links");
      }
      waiting.remove(child);
      placed.add(child.id());
      children.computeIfAbsent(parent, k -> new ArrayList<>()).add(child.id());
      linkToParent.put(child.id(), links.get(parent).get(child.id()));
    }
    return node(origin, null, children, linkToParent);
  }

  /** The parent of a member among those placed, or null when it has no copy link to any yet. */
  private static String parentOf(
      Member child,
      Set<String> placed,
      Map<String, Member> byId,
      Map<String, Map<String, Relation>> links,
      Map<String, long[]> innovations,
      String origin) {
    Map<String, Relation> childLinks = links.getOrDefault(child.id(), Map.of());
    String byInnovation = null;
    int mostShared = 0;
    String byStrength = null;
    double strongest = -1;
    for (String p : placed.stream().sorted().toList()) {
      Relation r = childLinks.get(p);
      if (r == null || !r.kind().isCopy() || !respectsDates(byId.get(p), child)) {
        continue;
      }
      if (!p.equals(origin)) {
        long[] mine = innovations.get(child.id());
        long[] theirs = innovations.get(p);
        int shared = Shingles.intersection(mine, theirs);
        int smaller = Math.min(mine.length, theirs.length);
        if (shared >= MIN_SHARED && shared >= MIN_SHARE * smaller && shared > mostShared) {
          mostShared = shared;
          byInnovation = p;
        }
      }
      double s = strength(r);
      if (s > strongest) {
        strongest = s;
        byStrength = p;
      }
    }
    if (byInnovation != null) {
      return byInnovation;
    }
    Relation toOrigin = childLinks.get(origin);
    if (toOrigin != null && toOrigin.kind().isCopy() && placed.contains(origin)) {
      return origin;
    }
    return byStrength;
  }

  /** The placed member with the strongest copy link to a child, dates aside; null when none. */
  private static String strongestPlaced(Member child, Set<String> placed, Map<String, Map<String, Relation>> links) {
    String best = null;
    double strongest = -1;
    for (String p : placed.stream().sorted().toList()) {
      Relation r = links.getOrDefault(child.id(), Map.of()).get(p);
      if (r != null && r.kind().isCopy() && strength(r) > strongest) {
        strongest = strength(r);
        best = p;
      }
    }
    return best;
  }

  private static double strength(Relation r) {
    return r == null ? 0 : LinkStrength.of(r);
  }

  private static boolean respectsDates(Member parent, Member child) {
    return parent.published() == null
        || child.published() == null
        || !parent.published().isAfter(child.published());
  }

  /** The sorted values of {@code a} that are not in {@code b} (both sorted). */
  static long[] minus(long[] a, long[] b) {
    long[] out = new long[a.length];
    int n = 0;
    int j = 0;
    for (long x : a) {
      while (j < b.length && b[j] < x) {
        j++;
      }
      if (j >= b.length || b[j] != x) {
        out[n++] = x;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static LineageNode node(
      String id, Relation toParent, Map<String, List<String>> children, Map<String, Relation> linkToParent) {
    List<LineageNode> kids = new ArrayList<>();
    for (String child : children.getOrDefault(id, List.of())) {
      kids.add(node(child, linkToParent.get(child), children, linkToParent));
    }
    // closest copies first: exact copies, then near-duplicates, then rewrites; ties by id
    kids.sort(Comparator.comparingDouble((LineageNode k) -> -k.similarity()).thenComparing(LineageNode::id));
    RelationKind kind = toParent == null ? null : toParent.kind();
    double strength = toParent == null ? 1.0 : LinkStrength.of(toParent);
    return new LineageNode(id, kind, strength, kids);
  }
}
