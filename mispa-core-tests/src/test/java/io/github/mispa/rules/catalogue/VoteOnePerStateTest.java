package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.testing.Mutations;
import org.junit.jupiter.api.Test;

class VoteOnePerStateTest {
  private static final String RULE = "vote.one-per-state";

  @Test
  void aVoteCastTwiceByOneStateVoidsTheSecondBallot() {
    Tally tally =
        Mutations.ballots(20, 5).toBuilder().addBallots(Ballot.of("ARG", Vote.AGAINST)).build();
    MeetingRecord record = adoptRecommendationsBy(tally);

    Finding finding = assertFiresOnce(record, RULE, FindingKind.VOID, "6#10");
    assertThat(finding.part()).contains("/tally/ballots/25");
    assertThat(finding.path()).isEqualTo("/sessions/5/items/0/acts/9/tally/ballots/25");
    assertThat(finding.message()).contains("Argentina already voted");
    assertThat(finding.voidsAct()).isFalse();
  }

  @Test
  void oneBallotPerStateIsFine() {
    assertQuiet(adoptRecommendationsBy(Mutations.ballots(20, 5)), RULE);
  }

  private static MeetingRecord adoptRecommendationsBy(Tally tally) {
    return RecordEdits.replace(
        Mutations.withAllDelegations(MispaV.record()),
        MispaV.ADOPTION_OF_RECOMMENDATIONS,
        a ->
            Adoption.builder().from((Adoption) a).method(DecisionMethod.VOTE).tally(tally).build());
  }
}
