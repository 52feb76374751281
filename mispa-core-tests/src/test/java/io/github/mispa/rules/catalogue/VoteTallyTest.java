package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static io.github.mispa.testing.RuleAssertions.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void announcedCountsThatWouldWrapRoundAnIntCannotBeRecorded() {
    // 2,147,483,647 + 2,147,483,646 + 37 added up to 34 in int arithmetic, and the record was
    // clean.
    assertThatThrownBy(() -> Mutations.announced(Integer.MAX_VALUE, Integer.MAX_VALUE - 1, 37))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("announcedFor must be at most 1000000, but was 2147483647");
  }

  @Test
  void theLargestAnnouncedCountsAddUpExactly() {
    int max = Tally.MAX_COUNT;
    Finding finding =
        assertFiresOnce(
            acceptHondurasBy(Mutations.announced(max, max, max)), RULE, FindingKind.VOID, "6#7");
    assertThat(finding.message())
        .isEqualTo("the announced counts add up to 3000000, more than the 34 member states");
  }

  @Test
  void announcedAbsencesAndThoseNotVotingAreComparedWithTheBallots() {
    Tally tally =
        Mutations.ballots(20, 5).toBuilder()
            .addBallots(
                io.github.mispa.procedure.Ballot.of("URY", io.github.mispa.procedure.Vote.ABSENT),
                io.github.mispa.procedure.Ballot.of(
                    "VEN", io.github.mispa.procedure.Vote.NOT_VOTING))
            .announcedAbsent(2)
            .announcedNotVoting(1)
            .build();
    assertThat(
            findings(acceptHondurasBy(tally), RULE).stream().map(f -> f.path() + " " + f.message()))
        .containsExactly(
            "/sessions/5/items/0/acts/6/tally/announcedAbsent 2 absent were announced, but the"
                + " ballots record 1");
    assertQuiet(acceptHondurasBy(tally.toBuilder().announcedAbsent(1).build()), RULE);
  }

  @Test
  void everyAnnouncedCountIsAddedUp() {
    // 18 + 6 + 5 is within the 34 member states; 4 absent and 2 not voting make 35.
    Tally tally =
        Mutations.announced(18, 6, 5).toBuilder().announcedAbsent(4).announcedNotVoting(2).build();
    assertThat(assertFiresOnce(acceptHondurasBy(tally), RULE, FindingKind.VOID, "6#7").message())
        .isEqualTo("the announced counts add up to 35, more than the 34 member states");
    assertQuiet(acceptHondurasBy(tally.toBuilder().announcedNotVoting(1).build()), RULE);
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
