package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.testing.Mutations;
import org.junit.jupiter.api.Test;

class VoteTallyTest {
  private static final String RULE = "vote.tally";

  @Test
  void aBallotByAnObserverIsVoid() {
    Tally tally =
        Mutations.ballots(20, 5).toBuilder().addBallots(Ballot.of("FRA", Vote.FOR)).build();
    Finding finding = assertFiresOnce(acceptHondurasBy(tally), RULE, FindingKind.VOID, "6#7");
    assertThat(finding.part()).contains("/tally/ballots/25");
    assertThat(finding.message()).contains("France is a permanent observer");
  }

  @Test
  void anAnnouncedCountThatDisagreesWithTheBallotsIsVoid() {
    Tally tally = Mutations.ballots(20, 5).toBuilder().announcedFor(22).announcedAgainst(5).build();
    assertThat(assertFiresOnce(acceptHondurasBy(tally), RULE, FindingKind.VOID, "6#7").message())
        .isEqualTo("22 votes for were announced, but the ballots record 20");
  }

  @Test
  void announcedCountsBeyondTheMemberStatesAreVoid() {
    assertFiresOnce(
        acceptHondurasBy(Mutations.announced(30, 10, 0)), RULE, FindingKind.VOID, "6#7");
  }

  @Test
  void aConsistentTallyIsFine() {
    assertQuiet(
        acceptHondurasBy(
            Mutations.ballots(20, 5).toBuilder().announcedFor(20).announcedAgainst(5).build()),
        RULE);
  }

  private static MeetingRecord acceptHondurasBy(Tally tally) {
    return RecordEdits.replace(
        Mutations.withFrance(Mutations.withAllDelegations(MispaV.record())),
        MispaV.HONDURAS_ACCEPTED,
        a -> ((Decision) a).toBuilder().method(DecisionMethod.VOTE).tally(tally).build());
  }
}
