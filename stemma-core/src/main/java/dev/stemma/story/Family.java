package dev.stemma.story;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A copy family: articles linked by exact, near-duplicate or rewrite relations, with its likely
 * origin and the reasons for that choice.
 *
 * @param id stable within a run: {@code F} and a number
 * @param members the article ids, sorted
 * @param origin the member most likely to be the one the others were copied from
 * @param originReasons why, in words, most decisive first
 * @param lineage the family drawn as a tree from the origin
 */
public record Family(String id, List<String> members, String origin, List<String> originReasons, LineageNode lineage) {

  public Family {
    requireNonNull(id, "id");
    members = List.copyOf(requireNonNull(members, "members"));
    requireNonNull(origin, "origin");
    originReasons = List.copyOf(requireNonNull(originReasons, "originReasons"));
    requireNonNull(lineage, "lineage");
    if (!members.contains(origin)) {
      throw new IllegalArgumentException("family " + id + " origin '" + origin + "' is not a member");
    }
  }
}
