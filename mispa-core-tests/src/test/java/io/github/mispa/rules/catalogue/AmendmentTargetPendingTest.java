package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.AmendmentChange;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.rules.FindingKind;
import org.junit.jupiter.api.Test;

class AmendmentTargetPendingTest {
  private static final String RULE = "amendment.target-pending";

  private static final Amendment METROJET =
      Amendment.builder()
          .by("NIC")
          .proposal(MispaV.JOINT_STATEMENT_PROPOSAL)
          .change(AmendmentChange.ADDITION)
          .text("a reference to the downing of Russian Metrojet flight 9268")
          .build();

  @Test
  void anAmendmentToTheAlreadyApprovedJointStatementIsVoid() {
    MeetingRecord record = RecordEdits.append(MispaV.record(), "7.a", METROJET);

    assertThat(assertFiresOnce(record, RULE, FindingKind.VOID, "7.a#7").message())
        .contains("targets the proposal at 2.a#4, which is already approved");
  }

  @Test
  void theSameAmendmentBeforeTheApprovalIsFine() {
    assertQuiet(
        RecordEdits.insertBefore(MispaV.record(), MispaV.JOINT_STATEMENT_APPROVAL, METROJET), RULE);
  }

  @Test
  void anAmendmentToTheAdoptedRecommendationsIsVoid() {
    MeetingRecord record =
        RecordEdits.append(
            MispaV.record(),
            "7.a",
            Amendment.builder()
                .person(MispaV.CHAIR)
                .document(MispaV.RECOMMENDATIONS)
                .change(AmendmentChange.ADDITION)
                .text("x")
                .build());

    assertThat(assertFiresOnce(record, RULE, FindingKind.VOID, "7.a#7").message())
        .contains("already adopted");
  }
}
