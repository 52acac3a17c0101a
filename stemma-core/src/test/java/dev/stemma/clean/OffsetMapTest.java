package dev.stemma.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OffsetMapTest {

  @Test
  void identity_mapsEachCharacterToItself() {
    OffsetMap map = OffsetMap.identity(5);
    assertThat(map.length()).isEqualTo(5);
    assertThat(map.runs()).isEqualTo(1);
    for (int i = 0; i < 5; i++) {
      assertThat(map.start(i)).isEqualTo(i);
      assertThat(map.end(i)).isEqualTo(i + 1);
    }
    assertThat(OffsetMap.identity(0).runs()).isZero();
  }

  @Test
  void builder_mergesConsecutiveCharactersIntoLinearRuns() {
    OffsetMap map = new OffsetMap.Builder().add(0, 1).add(1, 2).add(2, 3).add(7, 8).add(8, 9).build();
    // [0,3) then a gap to 7: two linear runs
    assertThat(map.runs()).isEqualTo(2);
    assertThat(map.start(3)).isEqualTo(7);
    assertThat(map.end(4)).isEqualTo(9);
  }

  @Test
  void builder_keepsAnExpansionAsOneFixedRun() {
    // "2½" normalised to "2 1/2": '2' from [0,1), then four characters all from [1,2)... here a
    // two-character source [1,3) expanded to three characters, as "ﬃ" might be
    OffsetMap map = new OffsetMap.Builder().add(0, 1).add(1, 3).add(1, 3).add(1, 3).add(3, 4).build();
    assertThat(map.runs()).isEqualTo(3);
    assertThat(new int[] {map.start(2), map.end(2)}).containsExactly(1, 3);
    assertThat(new int[] {map.start(4), map.end(4)}).containsExactly(3, 4);
  }

  @Test
  void builder_emptySpans_mapToAPoint() {
    OffsetMap map = new OffsetMap.Builder().add(0, 1).add(1, 1).add(1, 1).add(1, 2).build();
    assertThat(new int[] {map.start(1), map.end(1)}).containsExactly(1, 1);
    assertThat(new int[] {map.start(2), map.end(2)}).containsExactly(1, 1);
    assertThat(map.toOriginal(0, 4)).containsExactly(0, 2);
  }

  @Test
  void builder_removeLast_thenAddContinuesTheRunItEnded() {
    OffsetMap.Builder b = new OffsetMap.Builder().add(0, 1).add(1, 2).add(5, 7);
    b.removeLast(); // drops the fixed run [5,7) whole
    b.add(2, 3);
    OffsetMap map = b.build();
    assertThat(map.runs()).isEqualTo(1);
    assertThat(map.length()).isEqualTo(3);
    assertThat(map.end(2)).isEqualTo(3);

    OffsetMap.Builder c = new OffsetMap.Builder().add(0, 1).add(1, 2).add(2, 3);
    c.removeLast(); // shortens the linear run
    c.add(2, 3);
    assertThat(c.build().runs()).isEqualTo(1);
  }

  @Test
  void toOriginal_ofASpanCoversItsFirstToItsLastCharacter() {
    OffsetMap map = new OffsetMap.Builder().add(0, 1).add(1, 2).add(4, 5).add(5, 6).build();
    assertThat(map.toOriginal(1, 3)).containsExactly(1, 5);
    assertThat(map.toOriginal(0, 4)).containsExactly(0, 6);
  }

  @Test
  void toOriginal_ofAnEmptySpan_isEmptyWhereItStands() {
    OffsetMap map = new OffsetMap.Builder().add(3, 4).add(4, 5).add(9, 10).build();
    assertThat(map.toOriginal(0, 0)).containsExactly(3, 3);
    assertThat(map.toOriginal(2, 2)).containsExactly(9, 9);
    assertThat(map.toOriginal(3, 3)).containsExactly(10, 10); // at the end: after the last character
    assertThat(OffsetMap.identity(0).toOriginal(0, 0)).containsExactly(0, 0);
  }

  @Test
  void start_outsideTheMap_throwsNamingIndexAndLength() {
    OffsetMap map = OffsetMap.identity(3);
    assertThatThrownBy(() -> map.start(3))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("index 3 outside the mapped text of length 3");
    assertThatThrownBy(() -> map.end(-1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("index -1 outside the mapped text of length 3");
  }

  @Test
  void toOriginal_badSpan_throwsNamingIt() {
    OffsetMap map = OffsetMap.identity(3);
    assertThatThrownBy(() -> map.toOriginal(2, 1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("span [2, 1) is outside the mapped text of length 3");
    assertThatThrownBy(() -> map.toOriginal(0, 4))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("span [0, 4) is outside the mapped text of length 3");
  }

  @Test
  void builder_rejectsASpanEndingBeforeItStarts() {
    assertThatThrownBy(() -> new OffsetMap.Builder().add(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("original span end 2 is before its start 3");
  }

  @Test
  void builder_removeLastOnNothing_throws() {
    assertThatThrownBy(() -> new OffsetMap.Builder().removeLast())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("nothing to remove");
  }

  @Test
  void builder_addAll_copiesASliceOfAnotherMap() {
    OffsetMap source = new OffsetMap.Builder().add(0, 1).add(1, 3).add(1, 3).add(3, 4).add(4, 5).build();
    OffsetMap copy = new OffsetMap.Builder().add(10, 11).addAll(source, 1, 4).build();
    assertThat(copy.length()).isEqualTo(4);
    assertThat(new int[] {copy.start(1), copy.end(1), copy.start(2), copy.end(2), copy.start(3), copy.end(3)})
        .containsExactly(1, 3, 1, 3, 3, 4);
  }

  /** Random adds and removals against a plain list of spans: runs are only a way of storing it. */
  @Test
  void builder_agreesWithAPlainListOfSpans() {
    long seed = Long.getLong("tests.seed", 0x0FF5E7L);
    System.out.printf("OffsetMapTest seed: 0x%X (rerun with -Dtests.seed=%d)%n", seed, seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 500; round++) {
      OffsetMap.Builder builder = new OffsetMap.Builder();
      List<int[]> spans = new ArrayList<>();
      int at = 0;
      for (int step = 0; step < 60; step++) {
        int choice = random.nextInt(10);
        if (choice == 0 && !spans.isEmpty()) {
          builder.removeLast();
          spans.remove(spans.size() - 1);
        } else {
          at += random.nextInt(3) == 0 ? random.nextInt(4) : 0; // sometimes skip ahead
          int width = choice < 6 ? 1 : random.nextInt(3); // mostly one to one, some fixed or empty
          int repeat = width == 1 ? 1 : 1 + random.nextInt(3);
          for (int r = 0; r < repeat; r++) {
            builder.add(at, at + width);
            spans.add(new int[] {at, at + width});
          }
          at += width;
        }
      }
      OffsetMap map = builder.build();
      List<String> expected = spans.stream().map(sp -> sp[0] + "-" + sp[1]).toList();
      List<String> actual = new ArrayList<>();
      for (int i = 0; i < map.length(); i++) {
        actual.add(map.start(i) + "-" + map.end(i));
      }
      assertThat(actual).as("round %d", round).isEqualTo(expected);
    }
  }
}
