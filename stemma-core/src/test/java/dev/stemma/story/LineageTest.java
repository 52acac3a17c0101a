package dev.stemma.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.relate.Relation;
import dev.stemma.relate.RelationKind;
import dev.stemma.relate.Scores;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineageTest {

  @Test
  void aCopyDatedBeforeItsOnlySourceHangsUnderItAnyway() {
    // x (earliest) ~ z rewrite; y ~ z near-duplicate, y dated before z: by dates y can hang under
    // nothing placed, so it hangs under z, its only copy link, instead of failing the story
    Member x = member("x", "2024-01-01T10:00:00Z");
    Member y = member("y", "2024-01-01T11:00:00Z");
    Member z = member("z", "2024-01-01T12:00:00Z");
    Map<String, Map<String, Relation>> links = new HashMap<>();
    link(links, copy("x", "z", RelationKind.REWRITE, 0.6));
    link(links, copy("y", "z", RelationKind.NEAR_DUPLICATE, 0.9));

    LineageNode tree = Lineage.tree("x", List.of(x, y, z), links);

    assertThat(tree.id()).isEqualTo("x");
    assertThat(tree.children()).extracting(LineageNode::id).containsExactly("z");
    assertThat(tree.children().get(0).children()).extracting(LineageNode::id).containsExactly("y");
  }

  private static Member member(String id, String published) {
    return new Member(id, id, Instant.parse(published), null, 0, 0, new long[0]);
  }

  private static Relation copy(String a, String b, RelationKind kind, double coverage) {
    return new Relation(a, b, kind, new Scores(0.1, 0.1, 0.5, 0.5, coverage, coverage, 5), null, null, List.of());
  }

  private static void link(Map<String, Map<String, Relation>> links, Relation r) {
    links.computeIfAbsent(r.a(), k -> new HashMap<>()).put(r.b(), r);
    links.computeIfAbsent(r.b(), k -> new HashMap<>()).put(r.a(), r);
  }
}
