package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
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

    // The working groups' decision at 3.e#6 stands; the joint statement's approval, later, is
    // undetermined: the report does not say whether it was put to a vote.
    assertThat(io.github.mispa.testing.RuleAssertions.findings(record, RULE))
        .extracting(f -> f.location() + " " + f.kind())
        .containsExactly("4.a#17 UNDETERMINED");
    assertQuiet(MispaV.record(), RULE);
  }

  @Test
  void anApprovalByConsensusDespiteAnObjectionIsVoid() {
    MeetingRecord record =
        RecordEdits.insertBefore(
            RecordEdits.replace(
                MispaV.record(),
                MispaV.JOINT_STATEMENT_APPROVAL,
                a -> ((Decision) a).toBuilder().method(DecisionMethod.CONSENSUS).build()),
            MispaV.JOINT_STATEMENT_APPROVAL,
            Objection.builder().by("VEN").to(MispaV.JOINT_STATEMENT_PROPOSAL).build());

    assertThat(assertFiresOnce(record, RULE, FindingKind.VOID, "4.a#18").message())
        .contains("is decided by consensus although Venezuela objected");
  }

  @Test
  void anApprovalWhoseMethodIsNotStatedDespiteAnObjectionIsUndetermined() {
    MeetingRecord record =
        RecordEdits.insertBefore(
            MispaV.record(),
            MispaV.JOINT_STATEMENT_APPROVAL,
            Objection.builder().by("VEN").to(MispaV.JOINT_STATEMENT_PROPOSAL).build());

    assertThat(assertFiresOnce(record, RULE, FindingKind.UNDETERMINED, "4.a#18").message())
        .contains(
            "is decided although Venezuela objected, and the record does not say whether it"
                + " was put to a vote");
  }
}
