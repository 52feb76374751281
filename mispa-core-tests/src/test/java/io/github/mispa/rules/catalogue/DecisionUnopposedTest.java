package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Objection;
import io.github.mispa.rules.FindingKind;
import org.junit.jupiter.api.Test;

class DecisionUnopposedTest {
  private static final String RULE = "decision.unopposed";

  @Test
  void anObjectionBeforeAnApprovalWithNoObjectionVoidsIt() {
    MeetingRecord record =
        RecordEdits.insertBefore(
            MispaV.record(),
            MispaV.WORKING_GROUPS_DECISION,
            Objection.builder().by("VEN").to(MispaV.WORKING_GROUPS_PROPOSAL).build());

    assertThat(assertFiresOnce(record, RULE, FindingKind.VOID, "3.e#6").message())
        .contains("is decided by no objection although Venezuela objected");
  }

  @Test
  void anObjectionToAnotherMotionLeavesTheDecisionStanding() {
    MeetingRecord record =
        RecordEdits.insertBefore(
            MispaV.record(),
            MispaV.WORKING_GROUPS_DECISION,
            Objection.builder().by("VEN").to(MispaV.JOINT_STATEMENT_PROPOSAL).build());

    // The working groups' decision at 3.e#6 stands; the joint statement's approval by consensus,
    // later, does not.
    assertThat(io.github.mispa.testing.RuleAssertions.findings(record, RULE))
        .extracting(f -> f.location().toString())
        .containsExactly("4.a#17");
    assertQuiet(MispaV.record(), RULE);
  }
}
