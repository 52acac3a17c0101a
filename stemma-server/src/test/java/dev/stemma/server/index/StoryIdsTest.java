package dev.stemma.server.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StoryIdsTest {

  private final AtomicLong next = new AtomicLong(10);

  @Test
  void aGrowingStoryKeepsItsId() {
    StoryIds.Assignment a = StoryIds.assign(
        List.of(List.of("a", "b", "c")), Map.of("a", "s1", "b", "s1"), Map.of("s1", List.of("a", "b")),
        Map.of("s1", 1L), next::incrementAndGet);
    assertThat(a.ids()).containsEntry(List.of("a", "b", "c"), "s1");
    assertThat(a.retired()).isEmpty();
  }

  @Test
  void mergedStoriesKeepTheIdThatBroughtMostArticlesAndRetireTheOther() {
    // s2 brings 3 articles, s1 brings 2: the merged story is s2, s1 points to it
    Map<String, String> previous = new HashMap<>(Map.of("a", "s1", "b", "s1", "c", "s2", "d", "s2", "e", "s2"));
    StoryIds.Assignment a = StoryIds.assign(
        List.of(List.of("a", "b", "c", "d", "e", "x")), previous,
        Map.of("s1", List.of("a", "b"), "s2", List.of("c", "d", "e")), Map.of("s1", 1L, "s2", 2L),
        next::incrementAndGet);
    assertThat(a.ids()).containsEntry(List.of("a", "b", "c", "d", "e", "x"), "s2");
    assertThat(a.retired()).containsExactly(Map.entry("s1", "s2"));
  }

  @Test
  void onATieTheOlderIdWins() {
    StoryIds.Assignment a = StoryIds.assign(
        List.of(List.of("a", "b")), Map.of("a", "s7", "b", "s3"), Map.of("s7", List.of("a"), "s3", List.of("b")),
        Map.of("s7", 7L, "s3", 3L), next::incrementAndGet);
    assertThat(a.ids()).containsEntry(List.of("a", "b"), "s3");
    assertThat(a.retired()).containsExactly(Map.entry("s7", "s3"));
  }

  @Test
  void aSplitStoryKeepsItsIdForItsLargerPartAndTheOtherPartGetsANewOne() {
    StoryIds.Assignment a = StoryIds.assign(
        List.of(List.of("a"), List.of("b", "c")), Map.of("a", "s1", "b", "s1", "c", "s1"),
        Map.of("s1", List.of("a", "b", "c")), Map.of("s1", 1L), next::incrementAndGet);
    assertThat(a.ids()).containsEntry(List.of("b", "c"), "s1").containsEntry(List.of("a"), "s11");
    assertThat(a.retired()).isEmpty();
  }

  @Test
  void anIdWhoseArticlesAreAllGoneIsRetiredPointingNowhere() {
    Map<String, String> previous = Map.of("gone", "s4");
    StoryIds.Assignment a = StoryIds.assign(List.of(), previous, Map.of("s4", List.of("gone")), Map.of("s4", 4L),
        next::incrementAndGet);
    assertThat(a.ids()).isEmpty();
    assertThat(a.retired()).containsKey("s4");
    assertThat(a.retired().get("s4")).isNull();
  }
}
