package dev.stemma.story;

import static java.util.Objects.requireNonNull;

import dev.stemma.relate.RelationKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One article in a copy family's lineage tree: the origin at the root, each copy below the member
 * it is closest to.
 *
 * @param id the article id
 * @param relation how it relates to its parent; null at the root
 * @param similarity the strength of that link in [0, 1]; 1 at the root
 * @param children the copies hanging from it, by id
 */
public record LineageNode(String id, @Nullable RelationKind relation, double similarity, List<LineageNode> children) {

  public LineageNode {
    requireNonNull(id, "id");
    children = List.copyOf(requireNonNull(children, "children"));
  }
}
