package io.github.mispa.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingGroupTest {
  private static Finding finding(String location, String rule, FindingKind kind, String message) {
    return Finding.of(rule, kind, "practice", ActLocation.parse(location), "/x", message);
  }

  @Test
  void findingsThatSayTheSameThingAreOneGroupInTheOrderTheyFirstCome() {
    List<Finding> findings =
        List.of(
            finding("2.a#1", "a.rule", FindingKind.VOID, "one"),
            finding("2.a#2", "b.rule", FindingKind.VOID, "two"),
            finding("2.a#2", "a.rule", FindingKind.VOID, "one"),
            finding("2.a#3", "a.rule", FindingKind.VOID, "one"),
            finding("2.a#3", "a.rule", FindingKind.VOID, "one"),
            finding("2.a#4", "a.rule", FindingKind.IRREGULAR, "one"),
            finding("2.a#5", "a.rule", FindingKind.VOID, "other"));

    ImmutableList<FindingGroup> groups = FindingGroup.of(findings);

    assertThat(groups)
        .extracting(FindingGroup::message)
        .containsExactly("one", "two", "one", "other");
    FindingGroup first = groups.get(0);
    assertThat(first.size()).isEqualTo(4);
    assertThat(first.locations())
        .extracting(ActLocation::toString)
        .containsExactly("2.a#1", "2.a#2", "2.a#3");
    assertThat(first.first()).isSameAs(findings.get(0));
    assertThat(first).hasToString("2.a#1, 2.a#2, 2.a#3 void a.rule (practice), 4 findings: one");
    assertThat(groups.get(1)).hasToString(findings.get(1).toString());
    assertThat(groups.get(2).kind()).isEqualTo(FindingKind.IRREGULAR);
    assertThat(FindingGroup.actsIn(groups)).isEqualTo("5 acts (7 findings)");
    assertThat(FindingGroup.actsIn(groups.subList(1, 2))).isEqualTo("1 act");
  }

  @Test
  void aGroupNamesAtMostTheActsAskedForAndCountsTheRest() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i <= 1_000; i++) {
      findings.add(finding(i + "#1", "outcome.before-closing", FindingKind.IRREGULAR, "same"));
    }

    FindingGroup group = FindingGroup.of(findings).get(0);

    assertThat(group.locations(3)).isEqualTo("1#1, 2#1, 3#1 (and 997 more acts)");
    assertThat(group.locations(999)).endsWith("999#1 (and 1 more act)");
    assertThat(group.locations(1_000)).endsWith("999#1, 1000#1");
    assertThat(group.toString())
        .isEqualTo(
            "1#1, 2#1, 3#1, 4#1, 5#1, 6#1, 7#1, 8#1, 9#1, 10#1 (and 990 more acts) irregular"
                + " outcome.before-closing (practice), 1000 findings: same");
    assertThatThrownBy(() -> group.locations(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
