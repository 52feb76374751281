package io.github.mispa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.mispa.examples.MispaV;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.Office;
import io.github.mispa.model.Participant;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.rules.catalogue.RuleSets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What may happen next, against what the rules intend, written out here: every member-state
 * delegation may second, support, amend and object, but a delegation does not second its own
 * motion; a vote needs 18 of the 34 member states, the agenda 23.
 */
class OutlookTest {
  private final MeetingRecord mispaV = MispaV.record();
  private final ActLocation beforeTheViceChair = ActLocation.parse("2.a#18");

  /** The member-state delegations of MISPA V, in the record's order: all may decide in 2015. */
  private List<String> delegations() {
    return mispaV.participants().stream()
        .filter(Participant::isDelegation)
        .map(Participant::id)
        .toList();
  }

  private List<String> delegationsBut(String id) {
    return delegations().stream().filter(d -> !d.equals(id)).toList();
  }

  private Outlook outlook(RuleSet rules) {
    return LiveMeeting.before(mispaV, beforeTheViceChair, rules).outlook();
  }

  @Test
  void everyDelegationButTheSponsorMaySecondAndAnyMaySupportAmendOrObject() {
    Outlook next = outlook(RuleSets.mispa());

    assertThat(next.pendingMotions())
        .extracting(m -> m.motion().act().id().orElseThrow())
        .containsExactly(MispaV.JOINT_STATEMENT_PROPOSAL, MispaV.COLOMBIA_NICARAGUA_AMENDMENT);
    PendingMotion statement = next.pendingMotions().get(0);
    assertThat(statement.maySecond()).isEqualTo(delegationsBut("PER"));
    assertThat(statement.maySupport()).isEqualTo(delegations());
    assertThat(statement.mayAmend()).isEqualTo(delegations());
    assertThat(statement.mayObject()).isEqualTo(delegations());
    PendingMotion amendment = next.pendingMotions().get(1);
    // Colombia moved it with Nicaragua: neither seconds it.
    assertThat(amendment.maySecond())
        .isEqualTo(
            delegations().stream().filter(d -> !d.equals("COL") && !d.equals("NIC")).toList());
    assertThat(amendment.mayAmend()).isEqualTo(delegations());
    assertThat(delegations()).hasSize(23).contains("VEN");
  }

  @Test
  void aVoteNeedsTheRuleSetsMajorityForItsMatterOfTheMemberStatesItCounts() {
    Outlook next = outlook(RuleSets.mispa());

    VoteRequirement vote = next.pendingMotions().get(0).vote();
    assertThat(vote.matter()).isEqualTo(Matter.SUBSTANTIVE);
    assertThat(vote.majority()).isEqualTo(RuleSets.mispa().majority(Matter.SUBSTANTIVE));
    assertThat(vote.threshold()).isEqualTo(Threshold.ABSOLUTE_MAJORITY);
    assertThat(vote.base()).isEqualTo(Threshold.Base.MEMBER_STATES);
    assertThat(vote.baseCount()).hasValue(34);
    assertThat(vote.votesToCarry()).hasValue(18);
    assertThat(vote)
        .hasToString(
            "a majority of the 34 member states, 18 votes (for a substantive question: OAS"
                + " Charter, Art. 59)");
    assertThat(next.officesToFill()).allMatch(o -> o.vote().matter() == Matter.ELECTION);
    DocumentToAdopt agenda = adopting(next, DocumentClass.AGENDA);
    assertThat(agenda.vote().matter()).isEqualTo(Matter.AGENDA);
    assertThat(agenda.vote().votesToCarry()).hasValue(23);
    assertThat(adopting(next, DocumentClass.SCHEDULE).vote().matter()).isEqualTo(Matter.PROCEDURAL);
    assertThat(adopting(next, DocumentClass.OUTCOME).vote().matter()).isEqualTo(Matter.SUBSTANTIVE);
    assertThat(next.documentsToAdopt())
        .noneMatch(d -> d.document().documentClass() == DocumentClass.INFORMATION);
  }

  private static DocumentToAdopt adopting(Outlook next, DocumentClass documentClass) {
    return next.documentsToAdopt().stream()
        .filter(d -> d.document().documentClass() == documentClass)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aVoteOfThoseVotingCannotBeCountedBeforeTheVote() {
    RuleSet simple =
        RuleSets.mispa()
            .withMajority(
                Matter.SUBSTANTIVE, MajorityRule.of(Threshold.SIMPLE_MAJORITY, "house practice"));

    VoteRequirement vote = outlook(simple).pendingMotions().get(0).vote();

    assertThat(vote.baseCount()).isEmpty();
    assertThat(vote.votesToCarry()).isEmpty();
    assertThat(vote)
        .hasToString(
            "a majority of those present and voting (for a substantive question: house practice)");
  }

  @Test
  void theBaseIsTheMemberStatesTheRuleSetCounts() {
    RuleSet withCuba =
        RuleSets.mispa().toBuilder()
            .base(
                MembershipBase.OAS.with(
                    io.github.mispa.model.Standing.NOT_PARTICIPATING, true, "a house choice"))
            .build();

    Outlook next = outlook(withCuba);

    assertThat(next.pendingMotions().get(0).vote().baseCount()).hasValue(35);
    assertThat(adopting(next, DocumentClass.AGENDA).vote().votesToCarry())
        .as("two-thirds of 35")
        .hasValue(24);
  }

  @Test
  void theViceChairAndTheRapporteurRemainToFillAndTheAgendaIsNotAdopted() {
    Outlook next = outlook(RuleSets.mispa());

    assertThat(next.officesToFill())
        .extracting(OfficeToFill::office, OfficeToFill::open)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Office.VICE_CHAIR, 2),
            org.assertj.core.groups.Tuple.tuple(Office.RAPPORTEUR, 1));
    assertThat(next.officesToFill().get(0))
        .hasToString("Vice Chair: 2 of 2 seats open, 0 nominations");
    assertThat(next.agendaAdopted()).isFalse();
    assertThat(next.presidingOfficer()).contains(MispaV.CHAIR);
    assertThat(next.nextLocation()).contains(beforeTheViceChair);
    assertThat(next.pointOfOrderAwaitingRuling()).isEmpty();
  }

  @Test
  void onceAViceChairIsNominatedByRankTheOfficesToFillAreTheRanks() {
    LiveMeeting ranked =
        LiveMeeting.before(mispaV, beforeTheViceChair, RuleSets.mispa())
            .apply(
                io.github.mispa.procedure.Nomination.builder()
                    .id("nomination-first-vice-chair")
                    .by("CRI")
                    .nominee(MispaV.VICE_CHAIR)
                    .office(Office.FIRST_VICE_CHAIR)
                    .build())
            .after();

    Outlook next = ranked.outlook();

    assertThat(next.officesToFill())
        .extracting(OfficeToFill::office, OfficeToFill::open)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Office.FIRST_VICE_CHAIR, 1),
            org.assertj.core.groups.Tuple.tuple(Office.SECOND_VICE_CHAIR, 1),
            org.assertj.core.groups.Tuple.tuple(Office.RAPPORTEUR, 1));
    assertThat(next.officesToFill().get(0).nominations())
        .extracting(MotionState::location)
        .containsExactly(beforeTheViceChair);
    assertThat(next.officesToFill().get(0))
        .hasToString("First Vice Chair: 1 of 1 seat open, 1 nomination");
  }

  @Test
  void aNominationPendingIsListedUnderItsOffice() {
    RecordedAct nomination = mispaV.act(beforeTheViceChair).orElseThrow();
    LiveMeeting after =
        LiveMeeting.before(mispaV, beforeTheViceChair, RuleSets.mispa())
            .apply(nomination.act())
            .after();

    Outlook next = after.outlook();

    assertThat(next.officesToFill().get(0).nominations())
        .extracting(MotionState::location)
        .containsExactly(beforeTheViceChair);
    assertThat(next.pendingMotions())
        .extracting(m -> m.motion().location())
        .contains(beforeTheViceChair);
    PendingMotion viceChair =
        next.pendingMotions().stream()
            .filter(m -> m.motion().location().equals(beforeTheViceChair))
            .findFirst()
            .orElseThrow();
    assertThat(viceChair.maySecond()).isEqualTo(delegationsBut("CRI"));
    assertThat(viceChair.mayAmend()).as("a nomination is not amended").isEmpty();
  }

  @Test
  void whoMayActFollowsTheRuleSetsOwnRules() {
    RuleSet house =
        RuleSets.mispa()
            .withRule(
                new BaseRule("local.canada-abstains", "house practice", "Canada seconds nothing.") {
                  {
                    checks(Seconding.class, this::check);
                  }

                  void check(
                      Seconding seconding, RecordedAct act, ProceduralState state, Findings f) {
                    if (act.actor().map(Participant::id).orElse("").equals("CAN")) {
                      f.voidAct("Canada seconds nothing here");
                    }
                  }
                });

    PendingMotion statement = outlook(house).pendingMotions().get(0);

    assertThat(statement.maySecond())
        .isEqualTo(
            delegations().stream().filter(d -> !d.equals("PER") && !d.equals("CAN")).toList());
    assertThat(statement.maySupport()).contains("CAN");
  }

  @Test
  void withNoItemOpenNobodyIsListedAsAbleToAct() {
    LiveMeeting newSession =
        LiveMeeting.before(mispaV, beforeTheViceChair, RuleSets.mispa())
            .openSession(Session.builder().number(3).kind(SessionKind.PLENARY).build());

    Outlook next = newSession.outlook();

    assertThat(next.nextLocation()).isEmpty();
    assertThat(next.pendingMotions()).hasSize(2);
    assertThat(next.pendingMotions())
        .allSatisfy(
            m -> {
              assertThat(m.maySecond()).isEmpty();
              assertThat(m.mayObject()).isEmpty();
            });
    assertThat(next)
        .hasToString(
            "2 pending motions, 2 offices to fill, "
                + next.documentsToAdopt().size()
                + " documents to adopt, agenda not adopted");
  }

  @Test
  void outlooksOfTheSameMeetingAreEqual() {
    Outlook one = outlook(RuleSets.mispa());
    Outlook two = outlook(RuleSets.mispa());

    assertThat(ImmutableList.copyOf(one.pendingMotions())).isEqualTo(two.pendingMotions());
    assertThat(one.officesToFill()).isEqualTo(two.officesToFill());
    assertThat(one.documentsToAdopt()).isEqualTo(two.documentsToAdopt());
    assertThat(one.pendingMotions().get(0).hashCode())
        .isEqualTo(two.pendingMotions().get(0).hashCode());
  }
}
