package io.github.mispa.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppendOnlyListTest {
  @Test
  void eachVersionKeepsItsElementsWhateverIsAppendedLater() {
    List<AppendOnlyList<Integer>> versions = new ArrayList<>();
    AppendOnlyList<Integer> list = AppendOnlyList.of();
    versions.add(list);
    for (int i = 0; i < 100; i++) {
      list = list.plus(i);
      versions.add(list);
    }

    for (int n = 0; n < versions.size(); n++) {
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        expected.add(i);
      }
      assertThat(versions.get(n)).as("version %s", n).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void appendingToAnOlderVersionBranchesWithoutChangingTheNewerOne() {
    AppendOnlyList<String> ab = AppendOnlyList.<String>of().plus("a").plus("b");
    AppendOnlyList<String> abc = ab.plus("c");

    AppendOnlyList<String> abx = ab.plus("x");
    AppendOnlyList<String> abcd = abc.plus("d");
    AppendOnlyList<String> abxy = abx.plus("y");

    assertThat(ab).containsExactly("a", "b");
    assertThat(abc).containsExactly("a", "b", "c");
    assertThat(abx).containsExactly("a", "b", "x");
    assertThat(abcd).containsExactly("a", "b", "c", "d");
    assertThat(abxy).containsExactly("a", "b", "x", "y");
  }

  @Test
  void theEmptyListStaysEmptyForEveryone() {
    AppendOnlyList<String> one = AppendOnlyList.<String>of().plus("one");
    AppendOnlyList<String> other = AppendOnlyList.<String>of().plus("other");

    assertThat(AppendOnlyList.<String>of()).isEmpty();
    assertThat(one).containsExactly("one");
    assertThat(other).containsExactly("other");
  }

  @Test
  void isAnUnmodifiableListEqualToAnyListOfTheSameElements() {
    AppendOnlyList<String> list = AppendOnlyList.<String>of().plus("a").plus("b");

    assertThat(list).isEqualTo(List.of("a", "b")).hasSameHashCodeAs(List.of("a", "b"));
    assertThatThrownBy(() -> list.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.set(0, "c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
