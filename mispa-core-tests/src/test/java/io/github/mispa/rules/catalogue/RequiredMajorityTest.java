package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static io.github.mispa.testing.RuleAssertions.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.MajorityKind;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.ProposalKind;
import io.github.mispa.procedure.RequiredMajority;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.rules.MajorityRule;
import io.github.mispa.rules.Matter;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.Threshold;
import io.github.mispa.testing.Mutations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The majority a vote needs: stated by the record, or the rule set's for the decision's matter, of
 * the base the rule set counts; a member whose representation is disputed stays in the base.
 */
class RequiredMajorityTest {
  private static final String RULE = "decision.threshold";
  private static final LocalDate IN_2020 = LocalDate.of(2020, 6, 1);

  @Test
  void aTwoThirdsVoteThatFallsShortIsNotCarriedAndItsDeclarationCarriedIsVoid() {
    RequiredMajority twoThirds =
        RequiredMajority.of(MajorityKind.TWO_THIRDS_OF_MEMBER_STATES, "OAS Charter, Art. 9");
    // 19 of 34 is a majority, not two-thirds (23).
    Finding finding =
        assertFiresOnce(
            acceptHondurasBy(Mutations.announced(19, 6, 9), Outcome.APPROVED, twoThirds),
            RULE,
            FindingKind.VOID,
            "6#7");
    assertThat(finding.message())
        .isEqualTo(
            "declared carried, but it needs two-thirds of the 34 member states, 23 votes (as the"
                + " record states: OAS Charter, Art. 9); had 19 (19 for, 6 against, 9 abstaining)");
    // Declared not carried, it is right: nothing to find, where the default majority would.
    assertQuiet(acceptHondurasBy(Mutations.announced(19, 6, 9), Outcome.REJECTED, twoThirds), RULE);
    assertFiresOnce(
        acceptHondurasBy(Mutations.announced(19, 6, 9), Outcome.REJECTED, null),
        RULE,
        FindingKind.VOID,
        "6#7");
  }

  @Test
  void aMajorityOfThosePresentAndVotingLeavesAbstentionsOut() {
    RequiredMajority presentAndVoting =
        RequiredMajority.of(MajorityKind.MAJORITY_OF_PRESENT_AND_VOTING);
    // 10 for, 8 against, 16 abstaining: a majority of the 18 voting, not of the 34 member states.
    assertQuiet(
        acceptHondurasBy(Mutations.announced(10, 8, 16), Outcome.APPROVED, presentAndVoting), RULE);
    Finding finding =
        assertFiresOnce(
            acceptHondurasBy(Mutations.announced(9, 9, 16), Outcome.APPROVED, presentAndVoting),
            RULE,
            FindingKind.VOID,
            "6#7");
    assertThat(finding.message()).contains("a majority of the 18 present and voting, 10 votes");
  }

  @Test
  void theRuleSetsMajorityForTheMatterAppliesWhereTheRecordStatesNone() {
    // A proposal to suspend a rule needs two-thirds under mispa; 20 of 34 falls short.
    MeetingRecord suspension =
        decideWorkingGroupsBy(ProposalKind.SUSPENSION, Mutations.ballots(20, 14), Outcome.APPROVED);
    assertThat(assertFiresOnce(suspension, RULE, FindingKind.VOID, "3.e#5").message())
        .contains("two-thirds of the 34 member states, 23 votes (for the suspension of a rule");
    // A procedural proposal needs the absolute majority: 20 is enough.
    assertQuiet(
        decideWorkingGroupsBy(ProposalKind.PROCEDURE, Mutations.ballots(20, 14), Outcome.APPROVED),
        RULE);
    // A house rule set puts procedure at a majority of those voting: 12 for, 10 against carries.
    RuleSet house =
        RuleSets.mispa()
            .withMajority(
                Matter.PROCEDURAL, MajorityRule.of(Threshold.SIMPLE_MAJORITY, "house rule"));
    MeetingRecord twelve =
        decideWorkingGroupsBy(ProposalKind.PROCEDURE, Mutations.ballots(12, 10), Outcome.APPROVED);
    assertThat(findings(house, twelve, RULE)).isEmpty();
    assertThat(findings(twelve, RULE)).hasSize(1);
  }

  @Test
  void aMemberWhoseRepresentationIsDisputedStaysInTheBaseAndWhetherItsVoteCountsIsAskedOnce() {
    // In June 2020, 34 member states count, Venezuela among them: a majority is 18. Seventeen vote
    // for, and Venezuela: with its vote 18, without 17.
    MeetingRecord record = voteIn2020(17, true, Outcome.APPROVED);
    List<Finding> all =
        RuleSets.mispa().check(record).findings().stream()
            .filter(f -> f.location().toString().equals("6#7"))
            .filter(f -> !f.ruleId().equals("decision.quorum"))
            .toList();
    assertThat(all).extracting(Finding::ruleId).containsExactly(RULE);
    assertThat(all.get(0).kind()).isEqualTo(FindingKind.UNDETERMINED);
    assertThat(all.get(0).message())
        .isEqualTo(
            "whether Venezuela's vote counts is undetermined (its representation is disputed, and"
                + " the rule set leaves it open), and the outcome depends on it: it needs a"
                + " majority of the 34 member states, 18 votes (for a substantive question: OAS"
                + " Charter, Art. 59); had 17, or 18 with Venezuela's (17 for, 16 against, 0"
                + " abstaining)");
    // Eighteen without Venezuela carry whatever it does: nothing to ask.
    assertQuiet(voteIn2020(18, true, Outcome.APPROVED), RULE);
    // Sixteen and Venezuela fall short either way: the declaration carried is void.
    assertThat(
            assertFiresOnce(voteIn2020(16, true, Outcome.APPROVED), RULE, FindingKind.VOID, "6#7")
                .message())
        .contains("a majority of the 34 member states, 18 votes");
  }

  /** Honduras' offer accepted by a vote of {@code tally}, declared {@code outcome}. */
  private static MeetingRecord acceptHondurasBy(
      Tally tally, Outcome outcome, @org.jspecify.annotations.Nullable RequiredMajority majority) {
    return RecordEdits.replace(
        Mutations.withAllDelegations(MispaV.record()),
        MispaV.HONDURAS_ACCEPTED,
        a -> {
          Decision.Builder decision =
              ((Decision) a).toBuilder().method(DecisionMethod.VOTE).tally(tally).outcome(outcome);
          if (majority != null) {
            decision.requiredMajority(majority);
          }
          return decision.build();
        });
  }

  /** The working groups' proposal, of {@code kind}, decided by {@code tally}. */
  private static MeetingRecord decideWorkingGroupsBy(
      ProposalKind kind, Tally tally, Outcome outcome) {
    MeetingRecord record =
        RecordEdits.replace(
            Mutations.withAllDelegations(MispaV.record()),
            MispaV.WORKING_GROUPS_PROPOSAL,
            a -> ((Proposal) a).toBuilder().proposalKind(kind).build());
    return RecordEdits.replace(
        record,
        MispaV.WORKING_GROUPS_DECISION,
        a ->
            ((Decision) a)
                .toBuilder().method(DecisionMethod.VOTE).tally(tally).outcome(outcome).build());
  }

  /** MISPA V in June 2020; Honduras' offer voted on: {@code votesFor} for, the rest against. */
  static MeetingRecord voteIn2020(int votesFor, boolean venezuelaFor, Outcome outcome) {
    List<String> states = Mutations.memberStates(33, IN_2020);
    Tally.Builder tally = Tally.builder();
    for (int i = 0; i < states.size(); i++) {
      tally.addBallots(Ballot.of(states.get(i), i < votesFor ? Vote.FOR : Vote.AGAINST));
    }
    tally.addBallots(Ballot.of("VEN", venezuelaFor ? Vote.FOR : Vote.AGAINST));
    return RecordEdits.replace(
        Mutations.heldOn(Mutations.withAllDelegations(MispaV.record()), IN_2020),
        MispaV.HONDURAS_ACCEPTED,
        a ->
            ((Decision) a)
                .toBuilder()
                    .method(DecisionMethod.VOTE)
                    .tally(tally.build())
                    .outcome(outcome)
                    .build());
  }
}
