package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.Reconsideration;
import io.github.mispa.rules.FindingKind;
import org.junit.jupiter.api.Test;

class DocumentAdoptedOnceTest {
  private static final String RULE = "document.adopted-once";
  private static final Adoption AGAIN =
      Adoption.builder()
          .addDocuments(MispaV.RECOMMENDATIONS)
          .method(DecisionMethod.ACCLAMATION)
          .build();

  @Test
  void adoptingTheRecommendationsTwiceIsVoid() {
    assertFiresOnce(
        RecordEdits.append(MispaV.record(), "6", AGAIN), RULE, FindingKind.VOID, "6#11");
  }

  @Test
  void adoptingThemAgainAfterReconsiderationIsFine() {
    MeetingRecord record =
        RecordEdits.append(
            MispaV.record(),
            "6",
            Reconsideration.builder()
                .id("reconsider")
                .by("BRA")
                .of(MispaV.ADOPTION_OF_RECOMMENDATIONS)
                .build(),
            Decision.builder().addOn("reconsider").method(DecisionMethod.CONSENSUS).build(),
            AGAIN);

    assertQuiet(record, RULE);
  }

  @Test
  void approvingAnotherProposalOfAnAdoptedDocumentIsVoid() {
    MeetingRecord record =
        RecordEdits.append(
            MispaV.record(),
            "6",
            Proposal.builder()
                .id("joint-statement-again")
                .by("PER")
                .text("That the joint statement be adopted again")
                .document(MispaV.JOINT_STATEMENT)
                .build(),
            Decision.builder()
                .addOn("joint-statement-again")
                .method(DecisionMethod.CONSENSUS)
                .build());

    assertFiresOnce(record, RULE, FindingKind.VOID, "6#12");
  }

  @Test
  void rejectingAnAdoptedDocumentAgainIsNoSecondAdoption() {
    MeetingRecord record =
        RecordEdits.append(
            MispaV.record(),
            "6",
            AGAIN.toBuilder().method(DecisionMethod.CONSENSUS).outcome(Outcome.REJECTED).build());

    assertQuiet(record, RULE);
  }
}
