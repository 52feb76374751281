package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.Tally;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.testing.Mutations;
import org.junit.jupiter.api.Test;

class AgendaThresholdTest {
  private static final String RULE = "agenda.threshold";

  @Test
  void anAgendaCarriedWithTwentyTwoOfThirtyFourIsVoid() {
    MeetingRecord record = agendaByVote(Mutations.ballots(22, 12), Outcome.APPROVED);

    assertThat(assertFiresOnce(record, RULE, FindingKind.VOID, "2.b#1").message())
        .contains("it needs two-thirds of the 34 member states, 23 votes")
        .contains("22 for, 12 against");
    assertThat(RuleSets.mispa().check(record).finalState().agendaAdopted()).isFalse();
  }

  @Test
  void anAgendaCarriedWithTwentyThreeIsFine() {
    assertQuiet(agendaByVote(Mutations.ballots(23, 11), Outcome.APPROVED), RULE);
  }

  @Test
  void anAgendaDeclaredRejectedDespiteTwentyThreeVotesIsVoid() {
    assertFiresOnce(
        agendaByVote(Mutations.ballots(23, 11), Outcome.REJECTED), RULE, FindingKind.VOID, "2.b#1");
  }

  private static MeetingRecord agendaByVote(Tally tally, Outcome outcome) {
    return RecordEdits.replace(
        Mutations.withAllDelegations(MispaV.record()),
        MispaV.ADOPTION_OF_AGENDA,
        a ->
            ((Adoption) a)
                .toBuilder().method(DecisionMethod.VOTE).tally(tally).outcome(outcome).build());
  }
}
