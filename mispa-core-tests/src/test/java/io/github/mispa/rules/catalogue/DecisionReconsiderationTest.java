package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.Reconsideration;
import io.github.mispa.procedure.Tally;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.testing.Mutations;
import org.junit.jupiter.api.Test;

class DecisionReconsiderationTest {
  private static final String RULE = "decision.reconsideration";

  private static final Decision REJECT_WORKING_GROUPS =
      Decision.builder()
          .addOn(MispaV.WORKING_GROUPS_PROPOSAL)
          .method(DecisionMethod.NO_OBJECTION)
          .outcome(Outcome.REJECTED)
          .build();

  @Test
  void decidingTheWorkingGroupsAgainWithoutReconsiderationIsVoid() {
    MeetingRecord record = RecordEdits.append(MispaV.record(), "4.f", REJECT_WORKING_GROUPS);

    assertThat(assertFiresOnce(record, RULE, FindingKind.VOID, "4.f#8").message())
        .contains("without a carried decision to reconsider");
  }

  @Test
  void decidingThemAgainAfterACarriedReconsiderationIsFine() {
    MeetingRecord record =
        RecordEdits.append(
            MispaV.record(),
            "4.f",
            Reconsideration.builder()
                .id("reconsider")
                .by("VEN")
                .of(MispaV.WORKING_GROUPS_DECISION)
                .build(),
            Decision.builder().addOn("reconsider").method(DecisionMethod.ACCLAMATION).build(),
            REJECT_WORKING_GROUPS);

    assertQuiet(record, RULE);
    assertThat(
            RuleSets.mispa()
                .check(record)
                .finalState()
                .reconsidered(MispaV.WORKING_GROUPS_DECISION))
        .isTrue();
    assertThat(
            RuleSets.mispa()
                .check(MispaV.record())
                .finalState()
                .reconsidered(MispaV.WORKING_GROUPS_DECISION))
        .isFalse();
  }

  @Test
  void aReconsiderationCarriedWithTwentyOfThirtyFourIsVoidAndTwentyThreeIsFine() {
    assertFiresOnce(reconsiderByVote(Mutations.ballots(20, 14)), RULE, FindingKind.VOID, "4.f#9");
    assertQuiet(reconsiderByVote(Mutations.ballots(23, 11)), RULE);
  }

  private static MeetingRecord reconsiderByVote(Tally tally) {
    return RecordEdits.append(
        Mutations.withAllDelegations(MispaV.record()),
        "4.f",
        Reconsideration.builder()
            .id("reconsider")
            .by("VEN")
            .of(MispaV.WORKING_GROUPS_DECISION)
            .build(),
        Decision.builder().addOn("reconsider").method(DecisionMethod.VOTE).tally(tally).build());
  }
}
