package io.github.mispa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import io.github.mispa.testing.Mutations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counting a tally: one vote per state, eligible delegations only, absences left out, and the
 * ballots of Venezuela (disputed since 2019) kept apart when the rule set leaves its standing open.
 */
class VoteCountTest {
  private static final LocalDate IN_2020 = LocalDate.of(2020, 6, 1);

  /** MISPA V with every member state's delegation and France as a permanent observer. */
  private static final MeetingRecord RECORD =
      Mutations.withFrance(Mutations.withAllDelegations(MispaV.record()));

  @Test
  void countsOneValidVoteOfEachEligibleStateAndSaysWhichBallotsDoNotCount() {
    Tally tally =
        tally(
            Ballot.of("ARG", Vote.FOR),
            Ballot.of("BRA", Vote.FOR),
            Ballot.of("CAN", Vote.FOR),
            Ballot.of("CHL", Vote.AGAINST),
            Ballot.of("COL", Vote.AGAINST),
            Ballot.of("CRI", Vote.ABSTAIN),
            Ballot.of("DOM", Vote.NOT_VOTING),
            Ballot.of("ECU", Vote.ABSENT),
            Ballot.of("ARG", Vote.AGAINST),
            Ballot.of("FRA", Vote.FOR),
            Ballot.of("VEN", Vote.FOR));

    VoteCount count = VoteCount.of(RECORD, tally, IN_2020, DisputedStanding.UNDETERMINED);

    assertThat(count.votesFor()).isEqualTo(3);
    assertThat(count.votesAgainst()).isEqualTo(2);
    assertThat(count.abstentions()).isEqualTo(1);
    // Voting, abstaining or not voting; Ecuador's absence is not presence.
    assertThat(count.present()).isEqualTo(7);
    assertThat(count.duplicateBallots()).containsExactly(8);
    assertThat(count.ineligibleBallots()).containsExactly(9);
    assertThat(count.undeterminedBallots()).containsExactly(10);
    assertThat(count.describe()).isEqualTo("3 for, 2 against, 1 abstaining, 1 not voting");
    assertThat(count).hasToString("3 for, 2 against, 1 abstaining, 1 not voting");
  }

  @Test
  void venezuelaCountsAsARuleSetSaysAndOnlyUndeterminedKeepsItApart() {
    Tally tally = tally(Ballot.of("ARG", Vote.FOR), Ballot.of("VEN", Vote.FOR));

    assertThat(VoteCount.of(RECORD, tally, IN_2020, DisputedStanding.GOOD_STANDING).votesFor())
        .isEqualTo(2);
    VoteCount excluded =
        VoteCount.of(RECORD, tally, IN_2020, DisputedStanding.NOT_IN_GOOD_STANDING);
    assertThat(excluded.votesFor()).isEqualTo(1);
    assertThat(excluded.ineligibleBallots()).containsExactly(1);
    assertThat(VoteCount.of(RECORD, tally, IN_2020, DisputedStanding.UNDETERMINED).votesFor())
        .isEqualTo(1);
    // Before 2019 Venezuela's standing was not in dispute.
    assertThat(
            VoteCount.of(RECORD, tally, LocalDate.of(2015, 11, 19), DisputedStanding.UNDETERMINED)
                .undeterminedBallots())
        .isEmpty();
  }

  @Test
  void aResultThatTurnsOnDisputedBallotsIsUndeterminedAndOneThatDoesNotIsDecided() {
    // 1 for, 1 against: a tie, which a simple majority does not carry; Venezuela's vote decides.
    Tally venezuelaFor =
        tally(
            Ballot.of("ARG", Vote.FOR), Ballot.of("CHL", Vote.AGAINST), Ballot.of("VEN", Vote.FOR));
    assertThat(carries(venezuelaFor, Threshold.SIMPLE_MAJORITY)).isEmpty();

    // 1 for, 0 against carries; with Venezuela against it would not.
    Tally venezuelaAgainst = tally(Ballot.of("ARG", Vote.FOR), Ballot.of("VEN", Vote.AGAINST));
    assertThat(carries(venezuelaAgainst, Threshold.SIMPLE_MAJORITY)).isEmpty();

    // 2 for, 0 against: Venezuela's abstention changes nothing.
    Tally decided =
        tally(
            Ballot.of("ARG", Vote.FOR), Ballot.of("BRA", Vote.FOR), Ballot.of("VEN", Vote.ABSTAIN));
    assertThat(carries(decided, Threshold.SIMPLE_MAJORITY)).contains(true);
    assertThat(carries(decided, Threshold.TWO_THIRDS)).contains(false);
  }

  @Test
  void withoutBallotsTheAnnouncedCountsAreTaken() {
    VoteCount count =
        VoteCount.of(
            RECORD, Mutations.announced(17, 10, 5), IN_2020, DisputedStanding.UNDETERMINED);

    assertThat(count.describe()).isEqualTo("17 for, 10 against, 5 abstaining");
    assertThat(count.present()).isEqualTo(32);
    assertThat(count.duplicateBallots()).isEmpty();
  }

  @Test
  void theLargestAnnouncedCountsAreAddedWithoutOverflowAndCountNoVoteBeyondTheMemberStates() {
    int max = Tally.MAX_COUNT;
    VoteCount count =
        VoteCount.of(
            RECORD, Mutations.announced(max, max - 1, max), IN_2020, DisputedStanding.UNDETERMINED);

    // Three million votes of 35 member states are impossible: vote.tally voids them, and they
    // carry nothing, whatever the threshold.
    assertThat(count.present()).isZero();
    assertThat(count.carries(Threshold.SIMPLE_MAJORITY, 34)).contains(false);
  }

  @Test
  void announcedCountsWithinTheMemberStatesAreCounted() {
    VoteCount count =
        VoteCount.of(
            RECORD, Mutations.announced(20, 10, 4), IN_2020, DisputedStanding.UNDETERMINED);
    assertThat(count.present()).isEqualTo(34);
    assertThat(count.carries(Threshold.ABSOLUTE_MAJORITY, 34)).contains(true);
  }

  @Test
  void theOrganizationsBaseKeepsVenezuelaWhoseRepresentationIsDisputed() {
    // 35 members; Cuba not participating: 34, Venezuela counted, in 2015 and in 2020 alike.
    assertThat(MembershipBase.OAS.count(java.time.LocalDate.of(2015, 11, 19))).isEqualTo(34);
    assertThat(MembershipBase.OAS.count(IN_2020)).isEqualTo(34);
    // Nicaragua's denunciation pending in 2022 keeps it in; effective in 2024 it is out.
    assertThat(MembershipBase.OAS.count(java.time.LocalDate.of(2022, 6, 1))).isEqualTo(34);
    assertThat(MembershipBase.OAS.count(java.time.LocalDate.of(2024, 3, 1))).isEqualTo(33);
    // Honduras suspended in 2010: 33.
    assertThat(MembershipBase.OAS.count(java.time.LocalDate.of(2010, 6, 1))).isEqualTo(33);
    MembershipBase withoutDisputed =
        MembershipBase.OAS.with(
            io.github.mispa.model.Standing.DISPUTED, false, "a rule set of one's own");
    assertThat(withoutDisputed.count(IN_2020)).isEqualTo(33);
    assertThat(withoutDisputed.source(io.github.mispa.model.Standing.DISPUTED))
        .isEqualTo("a rule set of one's own");
    assertThat(MembershipBase.OAS.describe(IN_2020))
        .isEqualTo(
            "34 member states; counted: Venezuela (disputed); not counted: Cuba (not"
                + " participating)");
  }

  @Test
  void aVoteThatCarriesOnlyWithADisputedMembersVoteIsUndetermined() {
    List<Ballot> ballots = new java.util.ArrayList<>();
    for (String state : Mutations.memberStates(17, IN_2020)) {
      ballots.add(Ballot.of(state, Vote.FOR));
    }
    ballots.add(Ballot.of("VEN", Vote.FOR));
    VoteCount count =
        VoteCount.of(
            RECORD,
            Tally.builder().addAllBallots(ballots).build(),
            IN_2020,
            DisputedStanding.UNDETERMINED);
    assertThat(count.votesFor()).isEqualTo(17);
    assertThat(count.disputedVotesFor()).isEqualTo(1);
    // 18 of 34 with Venezuela, 17 without: the outcome depends on it.
    assertThat(count.carries(Threshold.ABSOLUTE_MAJORITY, 34)).isEmpty();
    assertThat(count.requiredVotes(Threshold.ABSOLUTE_MAJORITY, 34)).isEqualTo(18);
    // Two-thirds is out of reach either way.
    assertThat(count.carries(Threshold.TWO_THIRDS, 34)).contains(false);
    VoteCount counted =
        VoteCount.of(
            RECORD,
            Tally.builder().addAllBallots(ballots).build(),
            IN_2020,
            DisputedStanding.GOOD_STANDING);
    assertThat(counted.carries(Threshold.ABSOLUTE_MAJORITY, 34)).contains(true);
  }

  private static java.util.Optional<Boolean> carries(Tally tally, Threshold threshold) {
    return VoteCount.of(RECORD, tally, IN_2020, DisputedStanding.UNDETERMINED)
        .carries(threshold, MembershipBase.OAS.count(IN_2020));
  }

  private static Tally tally(Ballot... ballots) {
    return Tally.builder().addBallots(ballots).build();
  }
}
