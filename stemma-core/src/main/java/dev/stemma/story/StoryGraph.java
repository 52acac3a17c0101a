package dev.stemma.story;

import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups articles into stories: connected components of a link graph in which one loose link
 * cannot chain two events together.
 *
 * <p>Single-link clustering over "same story" links chains: one roundup that mentions two events,
 * or two reports that share a city and a date, would join their stories. Average-link or
 * centroid clustering would avoid that but depends on the order articles arrive in, which a live
 * index (articles one by one) and a batch run (all at once) would not share. So Stemma keeps the
 * components, which are order-free, and only trims the graph first: copy links and strong
 * same-story links always count; a weak same-story link counts only when its two articles also
 * share a neighbour, that is, when the link sits in a triangle (the support idea of
 * triangle-based graph clustering, e.g. the "k-truss" of Cohen 2008, with k = 3). A lone loose link
 * between two events has no such support and is dropped; the relation is still reported.
 */
final class StoryGraph {

  private StoryGraph() {}

  /** The stories as sorted member lists, given all article ids and the relations among them. */
  static List<List<String>> components(List<String> ids, List<Relation> relations, StoryLinkPolicy policy) {
    Map<String, Set<String>> neighbours = new HashMap<>();
    for (Relation r : relations) {
      if (r.kind() == RelationKind.UNRELATED) {
        continue;
      }
      neighbours.computeIfAbsent(r.a(), k -> new HashSet<>()).add(r.b());
      neighbours.computeIfAbsent(r.b(), k -> new HashSet<>()).add(r.a());
    }
    UnionFind groups = new UnionFind(ids);
    for (Relation r : relations) {
      if (r.kind() == RelationKind.UNRELATED) {
        continue;
      }
      if (policy.isStrong(r) || shareNeighbour(neighbours, r.a(), r.b())) {
        groups.union(r.a(), r.b());
      }
    }
    Map<String, TreeSet<String>> byRoot = new TreeMap<>();
    for (String id : ids) {
      byRoot.computeIfAbsent(groups.find(id), k -> new TreeSet<>()).add(id);
    }
    List<List<String>> stories = new ArrayList<>();
    for (TreeSet<String> members : byRoot.values()) {
      stories.add(List.copyOf(members));
    }
    return stories;
  }

  private static boolean shareNeighbour(Map<String, Set<String>> neighbours, String a, String b) {
    Set<String> na = neighbours.getOrDefault(a, Set.of());
    Set<String> nb = neighbours.getOrDefault(b, Set.of());
    Set<String> smaller = na.size() <= nb.size() ? na : nb;
    Set<String> larger = smaller == na ? nb : na;
    for (String n : smaller) {
      if (!n.equals(a) && !n.equals(b) && larger.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /** Union-find over string ids, with path halving. */
  static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    UnionFind(List<String> ids) {
      for (String id : ids) {
        parent.put(id, id);
      }
    }

    String find(String id) {
      String p = parent.get(id);
      if (p == null) {
        throw new IllegalArgumentException("unknown article id '" + id + "' in a relation");
      }
      while (!p.equals(parent.get(p))) {
        String grand = parent.get(parent.get(p));
        parent.put(p, grand);
        p = grand;
      }
      parent.put(id, p);
      return p;
    }

    void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        // the smaller id becomes the root, so the result does not depend on the order of unions
        if (ra.compareTo(rb) < 0) {
          parent.put(rb, ra);
        } else {
          parent.put(ra, rb);
        }
      }
    }
  }
}
