package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.testing.Mutations;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionQuorumTest {
  private static final String RULE = "decision.quorum";

  @Test
  void seventeenMemberStatesPresentAreBelowTheQuorumOfEighteen() {
    List<Finding> found = inSession6(17);

    assertThat(found)
        .extracting(f -> f.location().toString())
        .containsExactly("6#2", "6#7", "6#10");
    assertThat(found)
        .allSatisfy(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.VOID);
              assertThat(f.message())
                  .isEqualTo("only 17 member states are present; the quorum is 18 of 34");
            });
  }

  @Test
  void eighteenMemberStatesPresentMakeTheQuorum() {
    assertThat(inSession6(18)).isEmpty();
  }

  @Test
  void withoutAttendanceTheQuorumIsUndetermined() {
    assertThat(findings(MispaV.record(), RULE))
        .hasSize(10)
        .allSatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.UNDETERMINED));
  }

  @Test
  void observersPresentDoNotCount() {
    MeetingRecord record = Mutations.withFrance(Mutations.withAllDelegations(MispaV.record()));
    List<String> present =
        new java.util.ArrayList<>(Mutations.memberStates(17, record.meeting().startDate()));
    present.add("FRA");
    present.add("CUB"); // not participating since 2009
    record = Mutations.withAttendance(record, 6, present);

    assertThat(findings(record, RULE).stream().filter(f -> f.location().session() == 6)).hasSize(3);
  }

  private static List<Finding> inSession6(int present) {
    MeetingRecord record = Mutations.withAllDelegations(MispaV.record());
    record =
        Mutations.withAttendance(
            record, 6, Mutations.memberStates(present, record.meeting().startDate()));
    return findings(record, RULE).stream().filter(f -> f.location().session() == 6).toList();
  }
}
