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
import io.github.mispa.procedure.Tally;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.testing.Mutations;
import org.junit.jupiter.api.Test;

class DecisionThresholdTest {
  private static final String RULE = "decision.threshold";

  @Test
  void seventeenForOutOfThirtyFourMemberStatesDeclaredCarriedIsVoid() {
    MeetingRecord record = acceptHondurasBy(Mutations.announced(17, 10, 7), Outcome.APPROVED);

    assertThat(assertFiresOnce(record, RULE, FindingKind.VOID, "6#7").message())
        .isEqualTo(
            "declared carried, but it needs a majority of the 34 member states, 18 votes (for a"
                + " substantive question: OAS Charter, Art. 59); had 17 (17 for, 10 against, 7"
                + " abstaining)");
    assertThat(RuleSets.mispa().check(record).finalState().acceptedOffers()).isEmpty();
  }

  @Test
  void eighteenForCarries() {
    assertQuiet(acceptHondurasBy(Mutations.announced(18, 10, 6), Outcome.APPROVED), RULE);
  }

  @Test
  void aDeclaredRejectionAgainstTheCountIsVoid() {
    assertFiresOnce(
        acceptHondurasBy(Mutations.ballots(20, 14), Outcome.REJECTED),
        RULE,
        FindingKind.VOID,
        "6#7");
  }

  @Test
  void aVoidSecondBallotDoesNotCount() {
    Tally eighteen =
        Mutations.ballots(17, 10).toBuilder()
            .addBallots(
                io.github.mispa.procedure.Ballot.of("ARG", io.github.mispa.procedure.Vote.FOR))
            .build();
    assertFiresOnce(acceptHondurasBy(eighteen, Outcome.APPROVED), RULE, FindingKind.VOID, "6#7");
  }

  private static MeetingRecord acceptHondurasBy(Tally tally, Outcome outcome) {
    return RecordEdits.replace(
        Mutations.withAllDelegations(MispaV.record()),
        MispaV.HONDURAS_ACCEPTED,
        a ->
            ((Decision) a)
                .toBuilder().method(DecisionMethod.VOTE).tally(tally).outcome(outcome).build());
  }
}
