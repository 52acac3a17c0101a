package dev.stemma.server.index;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A story id as people see it, with the articles it names now.
 *
 * @param id the stable id, {@code s} and a number
 * @param seq the number: ids are handed out in increasing order, so a smaller one is older
 * @param members the article ids, sorted; empty once retired
 * @param mergedInto for a retired id, the story that took its articles over, when one did
 */
public record StoryRecord(String id, long seq, List<String> members, @Nullable String mergedInto) {

  public StoryRecord {
    requireNonNull(id, "id");
    members = List.copyOf(requireNonNull(members, "members"));
    if (seq < 1) {
      throw new IllegalArgumentException("story seq must be >= 1, got " + seq);
    }
  }

  public static String idOf(long seq) {
    return "s" + seq;
  }

  public boolean retired() {
    return members.isEmpty();
  }
}
