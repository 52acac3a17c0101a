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
 * components, which are order-free, and only trims the graph first, as SCAN does (Xu, Yuruk,
 * Feng &amp; Schweiger 2007, "SCAN: a structural clustering algorithm for networks"): copy links
 * and strong same-story links always count; a weaker link counts only when the two articles'
 * closed neighbourhoods overlap, structural similarity |Γ(u) ∩ Γ(v)| / sqrt(|Γ(u)| |Γ(v)|) at
 * least {@link StoryLinkPolicy#minStructure()} (and, see {@link StoryLinkPolicy#DEFAULT}, when
 * it is near the best same-story link of one of them). Two articles of one event share most of their
 * neighbours; a loose link between two events shares almost none (two articles with 30 neighbours
 * each and only each other in common score 2/31) and is dropped; the relation is still reported.
 * A pair with no other neighbours scores 1, so a story of two articles stays together.
 */
final class StoryGraph {

  private StoryGraph() {}

  /** The stories as sorted member lists, given all article ids and the relations among them. */
  static List<List<String>> components(List<String> ids, List<Relation> relations, StoryLinkPolicy policy) {
    Map<String, List<Relation>> linksOf = new HashMap<>();
    for (Relation r : relations) {
      linksOf.computeIfAbsent(r.a(), k -> new ArrayList<>()).add(r);
      linksOf.computeIfAbsent(r.b(), k -> new ArrayList<>()).add(r);
    }
    Map<String, Neighbourhood> neighbourhoods = new HashMap<>();
    linksOf.forEach((id, links) -> neighbourhoods.put(id, policy.neighbourhood(id, links)));
    UnionFind groups = new UnionFind(ids);
    for (Relation r : relations) {
      if (policy.joins(r, neighbourhoods.get(r.a()), neighbourhoods.get(r.b()))) {
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

  /**
   * Structural similarity of two linked articles, given the neighbours of each: the overlap of
   * their closed neighbourhoods.
   */
  static double structure(Set<String> na, Set<String> nb, String a, String b) {
    int common = 0;
    for (String n : na) {
      if (n.equals(b) || nb.contains(n)) {
        common++; // b itself, and every shared neighbour
      }
    }
    if (nb.contains(a)) {
      common++; // a itself
    }
    return common / Math.sqrt((double) (na.size() + 1) * (nb.size() + 1));
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
