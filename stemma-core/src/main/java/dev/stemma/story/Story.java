package dev.stemma.story;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A story: articles about one event, made of one or more copy families.
 *
 * @param id stable within a run: {@code S} and a number, largest story first
 * @param headline the headline of the origin of its largest family
 * @param members the article ids, sorted
 * @param families its copy families, largest first
 */
public record Story(String id, String headline, List<String> members, List<Family> families) {

  public Story {
    requireNonNull(id, "id");
    requireNonNull(headline, "headline");
    members = List.copyOf(requireNonNull(members, "members"));
    families = List.copyOf(requireNonNull(families, "families"));
  }
}
