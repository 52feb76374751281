package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static io.github.mispa.testing.RuleAssertions.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Withdrawal;
import io.github.mispa.rules.FindingKind;
import org.junit.jupiter.api.Test;

class ProposalWithdrawalTest {
  private static final String RULE = "proposal.withdrawal";

  @Test
  void brazilCannotWithdrawTheProposalThatTheChairOfPeruPutToTheMeeting() {
    MeetingRecord record = withdrawBefore("BRA", MispaV.WORKING_GROUPS_DECISION);

    assertThat(findings(record, RULE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.VOID);
              assertThat(f.location()).hasToString("3.e#5");
              assertThat(f.message()).contains("only its sponsor (Peru) may withdraw it");
            });
  }

  @Test
  void theSponsorWithdrawingBeforeTheDecisionIsFineButTheDecisionThatFollowsIsVoid() {
    MeetingRecord record = withdrawBefore("PER", MispaV.WORKING_GROUPS_DECISION);

    assertThat(findings(record, RULE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).hasToString("3.e#6");
              assertThat(f.message())
                  .contains("which was withdrawn; it must be reintroduced first");
            });
  }

  @Test
  void withdrawingAfterTheDecisionIsVoid() {
    MeetingRecord record =
        RecordEdits.insertAfter(
            MispaV.record(),
            MispaV.WORKING_GROUPS_DECISION,
            Withdrawal.builder().by("PER").of(MispaV.WORKING_GROUPS_PROPOSAL).build());

    assertThat(findings(record, RULE))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("which is already approved: a motion is withdrawn only before"));
  }

  @Test
  void decisionsOnAWithdrawnNominationOrOfferAreLeftToTheRulesThatOwnThem() {
    MeetingRecord nomination =
        RecordEdits.insertBefore(
            MispaV.record(),
            MispaV.ELECTION_OF_VICE_CHAIR,
            Withdrawal.builder().by("CRI").of(MispaV.NOMINATION_OF_VICE_CHAIR).build());
    MeetingRecord offer =
        RecordEdits.insertBefore(
            MispaV.record(),
            MispaV.HONDURAS_ACCEPTED,
            Withdrawal.builder().by("HND").of(MispaV.HONDURAS_OFFER).build());

    assertQuiet(nomination, RULE);
    assertQuiet(offer, RULE);
    // Each breach is reported once, by election.nominated and hosting.accepted-by-decision.
    assertThat(RuleSets.mispa().check(nomination).findings(FindingKind.VOID))
        .extracting(f -> f.location() + " " + f.ruleId())
        .containsExactly("2.a#21 election.nominated");
    assertThat(RuleSets.mispa().check(offer).findings(FindingKind.VOID))
        .extracting(f -> f.location() + " " + f.ruleId())
        .containsExactly("6#8 hosting.accepted-by-decision");
  }

  @Test
  void mispaVWithdrewNothing() {
    assertQuiet(MispaV.record(), RULE);
  }

  private static MeetingRecord withdrawBefore(String by, String id) {
    return RecordEdits.insertBefore(
        MispaV.record(),
        id,
        Withdrawal.builder().by(by).of(MispaV.WORKING_GROUPS_PROPOSAL).build());
  }
}
