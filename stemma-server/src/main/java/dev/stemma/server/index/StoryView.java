package dev.stemma.server.index;

import static java.util.Objects.requireNonNull;

import dev.stemma.relate.Relation;
import dev.stemma.story.Family;
import java.time.Instant;
import java.util.List;

/**
 * A story as the API shows it, computed when it last changed.
 *
 * @param id its stable id
 * @param seq the number of its id (smaller is older)
 * @param headline the headline of the origin of its largest family
 * @param members its articles, newest first
 * @param families its copy families, largest first; ids {@code F1}... number them within the story
 * @param relations the relations among its members, sorted by (a, b), without evidence
 * @param first the time of its earliest article
 * @param updated the time of its newest article
 */
public record StoryView(
    String id, long seq, String headline, List<MemberInfo> members, List<Family> families, List<Relation> relations,
    Instant first, Instant updated) {

  public StoryView {
    requireNonNull(id, "id");
    requireNonNull(headline, "headline");
    members = List.copyOf(members);
    families = List.copyOf(families);
    relations = List.copyOf(relations);
    requireNonNull(first, "first");
    requireNonNull(updated, "updated");
  }
}
