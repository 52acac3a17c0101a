package dev.stemma.server.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Gives stories ids that people can keep: a story keeps its id as articles join it, and when
 * stories merge or split the ids move with the articles.
 *
 * <p>The rule, applied to the stories an addition or removal touched (each a set of articles):
 * taking the stories largest first, a story takes the id that most of its articles had (on a tie,
 * the oldest id, the one handed out first); an id goes to one story only, so when a story splits,
 * the part holding most of its articles keeps the id and the other parts take the next best id or
 * a new one. When stories merge, the merged story keeps the id of the one that brought most
 * articles (on a tie, the oldest), and the other ids are retired, each pointing to the story that
 * took most of its articles, so a saved link still leads somewhere. An id whose articles were all
 * deleted is retired pointing nowhere.
 *
 * <p>Why not the id of the first article, or a hash of the members: the first would change when
 * that article is deleted, a hash on every addition. A counter-based id changes only when the
 * story it named is gone.
 */
final class StoryIds {

  /** The new stories' ids, and the ids retired with where each went (null: nowhere). */
  record Assignment(Map<List<String>, String> ids, Map<String, @Nullable String> retired) {}

  private StoryIds() {}

  /**
   * Assigns ids.
   *
   * @param stories the touched stories now, each its sorted member ids
   * @param previous each touched article's story id before, when it had one
   * @param previousMembers each involved old id's members before
   * @param seqOf the number of each old id (smaller is older)
   * @param next hands out numbers for new ids
   */
  static Assignment assign(
      List<List<String>> stories,
      Map<String, String> previous,
      Map<String, List<String>> previousMembers,
      Map<String, Long> seqOf,
      LongSupplier next) {
    List<List<String>> order = new ArrayList<>(stories);
    order.sort(Comparator.comparingInt((List<String> s) -> -s.size()).thenComparing(s -> s.get(0)));
    Map<List<String>, String> ids = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (List<String> story : order) {
      Map<String, Integer> counts = new HashMap<>();
      for (String m : story) {
        String old = previous.get(m);
        if (old != null) {
          counts.merge(old, 1, Integer::sum);
        }
      }
      String chosen = counts.entrySet().stream()
          .filter(e -> !taken.contains(e.getKey()))
          .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue())
              .thenComparingLong(e -> seqOf.getOrDefault(e.getKey(), Long.MAX_VALUE)))
          .map(Map.Entry::getKey)
          .findFirst()
          .orElseGet(() -> StoryRecord.idOf(next.getAsLong()));
      taken.add(chosen);
      ids.put(story, chosen);
    }
    Map<String, String> storyOfMember = new HashMap<>();
    for (Map.Entry<List<String>, String> e : ids.entrySet()) {
      for (String m : e.getKey()) {
        storyOfMember.put(m, e.getValue());
      }
    }
    Map<String, @Nullable String> retired = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> old : previousMembers.entrySet()) {
      if (taken.contains(old.getKey())) {
        continue;
      }
      Map<String, Integer> shared = new HashMap<>();
      for (String m : old.getValue()) {
        String now = storyOfMember.get(m);
        if (now != null) {
          shared.merge(now, 1, Integer::sum);
        }
      }
      String heir = null;
      int most = 0;
      for (String candidate : ids.values()) { // largest story first, as assigned
        int n = shared.getOrDefault(candidate, 0);
        if (n > most) {
          most = n;
          heir = candidate;
        }
      }
      retired.put(old.getKey(), heir);
    }
    return new Assignment(ids, retired);
  }
}
