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

/**
 * Draws a copy family as a tree: the origin at the root, each other member under the member it
 * shares most with (a maximum spanning tree grown from the origin, Prim 1957), so that a rewrite of
 * a near-duplicate hangs under the near-duplicate, not under the origin. When both ends of a link
 * are dated, a parent may not be later than its child. Ties go to the smaller id.
 */
final class Lineage {

  private Lineage() {}

  static LineageNode tree(String origin, List<Member> members, Map<String, Map<String, Relation>> links) {
    Map<String, Member> byId = new HashMap<>();
    members.forEach(m -> byId.put(m.id(), m));
    Set<String> inTree = new HashSet<>(List.of(origin));
    Map<String, List<String>> children = new TreeMap<>();
    Map<String, Relation> linkToParent = new HashMap<>();
    while (inTree.size() < members.size()) {
      String bestParent = null;
      String bestChild = null;
      double bestStrength = -1;
      boolean bestRespectsDates = false;
      for (String parent : inTree.stream().sorted().toList()) {
        for (Map.Entry<String, Relation> e : new TreeMap<>(links.getOrDefault(parent, Map.of())).entrySet()) {
          String child = e.getKey();
          if (inTree.contains(child) || !byId.containsKey(child) || !e.getValue().kind().isCopy()) {
            continue;
          }
          boolean respectsDates = respectsDates(byId.get(parent), byId.get(child));
          double strength = LinkStrength.of(e.getValue());
          boolean better =
              (respectsDates && !bestRespectsDates)
                  || (respectsDates == bestRespectsDates && strength > bestStrength);
          if (better) {
            bestParent = parent;
            bestChild = child;
            bestStrength = strength;
            bestRespectsDates = respectsDates;
          }
        }
      }
      if (bestChild == null) {
        throw new IllegalStateException("family of '" + origin + "' is not connected by copy links");
      }
      inTree.add(bestChild);
      children.computeIfAbsent(bestParent, k -> new ArrayList<>()).add(bestChild);
      linkToParent.put(bestChild, links.get(bestParent).get(bestChild));
    }
    return node(origin, null, children, linkToParent);
  }

  private static boolean respectsDates(Member parent, Member child) {
    return parent.published() == null
        || child.published() == null
        || !parent.published().isAfter(child.published());
  }

  private static LineageNode node(
      String id, Relation toParent, Map<String, List<String>> children, Map<String, Relation> linkToParent) {
    List<LineageNode> kids = new ArrayList<>();
    for (String child : children.getOrDefault(id, List.of()).stream().sorted().toList()) {
      kids.add(node(child, linkToParent.get(child), children, linkToParent));
    }
    RelationKind kind = toParent == null ? null : toParent.kind();
    double strength = toParent == null ? 1.0 : LinkStrength.of(toParent);
    return new LineageNode(id, kind, strength, kids);
  }
}
