package io.github.mispa.internal;

import static io.github.mispa.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.mispa.internal.PersistentMap.Edit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The persistent map behaves as a map, and no change, in place or not, is seen through a copy made
 * before it: compared with {@link HashMap} over random changes, with keys whose hashes collide.
 */
class PersistentMapTest {
  /** A key whose hash is chosen, so that keys collide at every level of the trie. */
  private record Key(int hash, int id) {
    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Key k && k.id == id;
    }
  }

  private static Key key(Random random, int keys) {
    int id = random.nextInt(keys);
    int hash =
        switch (id % 4) {
          case 0 -> id;
          case 1 -> id * 0x9E3779B9;
          case 2 -> 42; // all collide
          default -> id << 25; // collide in the low levels
        };
    return new Key(hash, id);
  }

  private static void assertSame(
      PersistentMap<Key, Integer> map, Map<Key, Integer> expected, int keys) {
    assertThat(map.size()).isEqualTo(expected.size());
    for (int id = 0; id < keys; id++) {
      for (Key k :
          List.of(
              new Key(id, id),
              new Key(id * 0x9E3779B9, id),
              new Key(42, id),
              new Key(id << 25, id))) {
        if (expected.containsKey(k)) {
          assertThat(map.get(k)).isEqualTo(expected.get(k));
        }
      }
    }
    Map<Key, Integer> all = new HashMap<>();
    map.forEach(all::put);
    assertThat(all).isEqualTo(expected);
  }

  @Test
  void changesInPlaceOrNotBehaveAsAMapAndNeverReachEarlierSnapshots() {
    qt(200)
        .forAll(longs().all(), integers().between(1, 400), integers().between(1, 2_000))
        .checkAssert(
            (seed, keys, steps) -> {
              Random random = new Random(seed);
              // The empty map of a map that grows with the record differs only in its first room.
              PersistentMap<Key, Integer> map =
                  random.nextBoolean() ? PersistentMap.empty() : PersistentMap.emptyGrowing();
              Map<Key, Integer> expected = new HashMap<>();
              List<PersistentMap<Key, Integer>> snapshots = new ArrayList<>();
              List<Map<Key, Integer>> snapshotContents = new ArrayList<>();
              // An edit of one owner (flat hash maps), an edit of tries, or none at all.
              int kind = random.nextInt(3);
              Edit edit = kind == 0 ? Edit.ofOneOwner(keys) : kind == 1 ? new Edit() : null;
              for (int step = 0; step < steps; step++) {
                Key k = key(random, keys);
                if (random.nextInt(3) == 0) {
                  map = map.without(k, edit);
                  expected.remove(k);
                } else {
                  int value = random.nextInt(1000);
                  map = map.with(k, value, edit);
                  expected.put(k, value);
                }
                if (random.nextInt(50) == 0) {
                  // A snapshot: close the edit, so that later changes copy what they touch.
                  if (edit != null) {
                    edit.close();
                    edit = random.nextBoolean() ? new Edit() : Edit.ofOneOwner(keys);
                  }
                  snapshots.add(map);
                  snapshotContents.add(new HashMap<>(expected));
                }
              }
              assertSame(map, expected, keys);
              for (int i = 0; i < snapshots.size(); i++) {
                assertSame(snapshots.get(i), snapshotContents.get(i), keys);
              }
            });
  }

  @Test
  void theEmptyMapOfAGrowingMapIsEmpty() {
    PersistentMap<String, Integer> growing = PersistentMap.emptyGrowing();
    assertThat(growing.isEmpty()).isTrue();
    assertThat(growing.get("a")).isNull();
    Edit edit = Edit.ofOneOwner(100_000);
    PersistentMap<String, Integer> map = growing.with("a", 1, edit).with("b", 2, edit);
    assertThat(map.size()).isEqualTo(2);
    assertThat(map.get("b")).isEqualTo(2);
    assertThat(growing.isEmpty()).isTrue();
  }

  @Test
  void aCopyWithoutAnEditLeavesTheOriginalAsItWas() {
    PersistentMap<String, Integer> one = PersistentMap.<String, Integer>empty().with("a", 1);
    PersistentMap<String, Integer> two = one.with("b", 2).with("a", 3);
    assertThat(one.get("a")).isEqualTo(1);
    assertThat(one.get("b")).isNull();
    assertThat(two.get("a")).isEqualTo(3);
    assertThat(two.without("a").without("b").isEmpty()).isTrue();
    assertThat(one.without("zz")).isSameAs(one);
  }

  @Test
  void aFlatMapOfAClosedEditIsCopiedWhenChanged() {
    Edit edit = Edit.ofOneOwner(10);
    PersistentMap<String, Integer> map =
        PersistentMap.<String, Integer>empty().with("a", 1, edit).with("b", 2, edit);
    assertThat(map.with("c", 3, edit)).isSameAs(map);
    edit.close();
    PersistentMap<String, Integer> changed = map.with("a", 9, new Edit()).without("b");
    assertThat(map.get("a")).isEqualTo(1);
    assertThat(map.get("b")).isEqualTo(2);
    assertThat(map.size()).isEqualTo(3);
    assertThat(changed.get("a")).isEqualTo(9);
    assertThat(changed.get("b")).isNull();
    assertThat(changed.size()).isEqualTo(2);
  }

  @Test
  void aClosedEditChangesNothingInPlace() {
    Edit edit = new Edit();
    PersistentMap<String, Integer> map = PersistentMap.<String, Integer>empty().with("a", 1, edit);
    edit.close();
    assertThat(edit.isOpen()).isFalse();
    PersistentMap<String, Integer> changed = map.with("a", 2, edit);
    assertThat(map.get("a")).isEqualTo(1);
    assertThat(changed.get("a")).isEqualTo(2);
  }
}
