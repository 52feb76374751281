package io.github.mispa.examples;

import static io.github.mispa.examples.conformance.RecordEdits.append;
import static io.github.mispa.examples.conformance.RecordEdits.changeDocument;
import static io.github.mispa.examples.conformance.RecordEdits.changeSession;
import static io.github.mispa.examples.conformance.RecordEdits.heldOn;
import static io.github.mispa.examples.conformance.RecordEdits.insertAfter;
import static io.github.mispa.examples.conformance.RecordEdits.insertBefore;
import static io.github.mispa.examples.conformance.RecordEdits.memberStates;
import static io.github.mispa.examples.conformance.RecordEdits.replace;
import static io.github.mispa.examples.conformance.RecordEdits.withAllDelegations;
import static io.github.mispa.examples.conformance.RecordEdits.withFrance;

import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.model.Office;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.Appeal;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.HostingOffer;
import io.github.mispa.procedure.Intervention;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Objection;
import io.github.mispa.procedure.PointOfOrder;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.Reconsideration;
import io.github.mispa.procedure.Ruling;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import io.github.mispa.procedure.Withdrawal;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.catalogue.RuleSets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

/**
 * Records that make the rules say what the conformance suite and MISPA V leave unsaid, each an edit
 * of MISPA V checked under a standard rule set (or the house rules of {@link HouseRuleSetExample}),
 * so that every message of the bundles is written from a real finding: the key each makes a rule
 * give is named beside it.
 */
final class FindingCases {
  private FindingCases() {}

  /** A record and the rule set it is checked under. */
  record Case(String key, RuleSet rules, MeetingRecord record) {}

  private static final MeetingRecord V = MispaV.record();
  private static final LocalDate DAY = V.meeting().startDate();
  private static final LocalDate IN_2020 = LocalDate.of(2020, 6, 1);

  static List<Case> all() {
    return List.of(
        new Case("agenda.threshold.disputed-vote", RuleSets.mispa(), agendaCarriedByVenezuela()),
        new Case(
            "decision.reconsideration.disputed-vote",
            RuleSets.mispa(),
            reconsiderationCarriedByVenezuela()),
        new Case(
            "decision.unopposed.method-not-stated",
            RuleSets.mispa(),
            insertBefore(
                V,
                MispaV.JOINT_STATEMENT_APPROVAL,
                Objection.builder().by("VEN").to(MispaV.JOINT_STATEMENT_PROPOSAL).build())),
        new Case(
            "election.acclamation-unopposed.objected-method-not-stated",
            RuleSets.mispa(),
            notStated(
                insertBefore(
                    V,
                    MispaV.ELECTION_OF_VICE_CHAIR,
                    Objection.builder().by("VEN").to(MispaV.NOMINATION_OF_VICE_CHAIR).build()),
                MispaV.ELECTION_OF_VICE_CHAIR)),
        new Case(
            "election.acclamation-unopposed.contested-method-not-stated",
            RuleSets.mispa(),
            notStated(
                insertBefore(
                    V,
                    MispaV.ELECTION_OF_RAPPORTEUR,
                    Nomination.builder()
                        .id("second-rapporteur")
                        .by("JAM")
                        .nominee("hogan")
                        .office(Office.RAPPORTEUR)
                        .build()),
                MispaV.ELECTION_OF_RAPPORTEUR)),
        new Case("election.office-capacity.seats-held", RuleSets.mispa(), thirdViceChairElected()),
        new Case("election.one-office.two-offices", RuleSets.mispa(), rapporteurTwiceElected()),
        new Case("election.seconder-distinct.not-seconded", HouseRuleSetExample.houseRules(), V),
        new Case(
            "hosting.offer-by-member.disputed-standing",
            RuleSets.mispa(),
            replace(
                heldOn(withAllDelegations(V), IN_2020),
                MispaV.HONDURAS_OFFER,
                a -> ((HostingOffer) a).toBuilder().by("VEN").build())),
        new Case(
            "point-of-order.ruling.appeal-method-not-stated",
            RuleSets.mispa(),
            append(
                V,
                "4.f",
                PointOfOrder.builder()
                    .id("point")
                    .by("URY")
                    .text("the speaker has exceeded the time")
                    .build(),
                Ruling.builder()
                    .id("ruling")
                    .person(MispaV.CHAIR)
                    .on("point")
                    .text("the point is well taken")
                    .build(),
                Appeal.builder().id("appeal").by("URY").against("ruling").build(),
                Decision.builder().addOn("appeal").method(DecisionMethod.NOT_STATED).build())),
        new Case(
            "proposal.distributed.no-session-day",
            RuleSets.mispa(),
            statementDistributedOn(LocalDateTime.of(2015, 11, 19, 20, 0))),
        new Case(
            "proposal.distributed.same-day",
            RuleSets.mispa(),
            changeSession(
                statementDistributedOn(LocalDateTime.of(2015, 11, 19, 20, 0)),
                4,
                s -> s.toBuilder().date(LocalDate.of(2015, 11, 20)).build())),
        new Case("proposal.withdrawal.no-effect", RuleSets.mispa(), franceWithdrawsItsProposal()),
        new Case("session.order.inaugural-late", RuleSets.mispa(), inauguralSessionLate()));
  }

  /** The agenda put to a vote in 2020: 22 and Venezuela for, of the 23 two-thirds of 34 needs. */
  private static MeetingRecord agendaCarriedByVenezuela() {
    return replace(
        heldOn(withAllDelegations(V), IN_2020),
        MispaV.ADOPTION_OF_AGENDA,
        a ->
            ((Adoption) a)
                .toBuilder().method(DecisionMethod.VOTE).tally(withVenezuela(22, 11)).build());
  }

  /** A decision to reconsider in 2020, carried with Venezuela's vote: 22 and Venezuela of 23. */
  private static MeetingRecord reconsiderationCarriedByVenezuela() {
    return append(
        heldOn(withAllDelegations(V), IN_2020),
        "4.f",
        Reconsideration.builder()
            .id("reconsider")
            .by("PER")
            .of(MispaV.WORKING_GROUPS_DECISION)
            .build(),
        Decision.builder()
            .addOn("reconsider")
            .method(DecisionMethod.VOTE)
            .tally(withVenezuela(22, 11))
            .build());
  }

  /** Ballots of member states in good standing in 2020, and Venezuela's for. */
  private static Tally withVenezuela(int votesFor, int against) {
    List<String> states = memberStates(votesFor + against, IN_2020);
    Tally.Builder tally = Tally.builder();
    for (int i = 0; i < states.size(); i++) {
      tally.addBallots(Ballot.of(states.get(i), i < votesFor ? Vote.FOR : Vote.AGAINST));
    }
    return tally.addBallots(Ballot.of("VEN", Vote.FOR)).build();
  }

  private static MeetingRecord notStated(MeetingRecord record, String decision) {
    return replace(
        record,
        decision,
        a -> ((Decision) a).toBuilder().method(DecisionMethod.NOT_STATED).build());
  }

  /**
   * USAID's deputy administrator elected the second Vice Chair, the two seats of mispa's rules
   * filled, and El Salvador's minister elected a third.
   */
  private static MeetingRecord thirdViceChairElected() {
    return insertAfter(
        V,
        MispaV.ELECTION_OF_VICE_CHAIR,
        Nomination.builder()
            .id("nomination-hogan")
            .by("JAM")
            .nominee("hogan")
            .office(Office.VICE_CHAIR)
            .build(),
        Decision.builder()
            .id("election-hogan")
            .addOn("nomination-hogan")
            .method(DecisionMethod.ACCLAMATION)
            .build(),
        Nomination.builder()
            .id("nomination-lara")
            .by("JAM")
            .nominee("lara")
            .office(Office.VICE_CHAIR)
            .build(),
        Decision.builder()
            .id("election-lara")
            .addOn("nomination-lara")
            .method(DecisionMethod.ACCLAMATION)
            .build());
  }

  /** The Rapporteur nominated Vice Chair as well, and elected to both by the one decision. */
  private static MeetingRecord rapporteurTwiceElected() {
    MeetingRecord nominated =
        insertBefore(
            V,
            MispaV.ELECTION_OF_RAPPORTEUR,
            Nomination.builder()
                .id("nomination-dcosta-vice-chair")
                .by("JAM")
                .nominee(MispaV.RAPPORTEUR)
                .office(Office.VICE_CHAIR)
                .build());
    return replace(
        nominated,
        MispaV.ELECTION_OF_RAPPORTEUR,
        a -> ((Decision) a).toBuilder().addOn("nomination-dcosta-vice-chair").build());
  }

  /** The joint statement put to a vote, distributed in the four languages at {@code when}. */
  private static MeetingRecord statementDistributedOn(LocalDateTime when) {
    MeetingRecord byVote =
        replace(
            withAllDelegations(V),
            MispaV.JOINT_STATEMENT_APPROVAL,
            a ->
                ((Decision) a)
                    .toBuilder()
                        .method(DecisionMethod.VOTE)
                        .tally(RecordEdits.ballots(DAY, 30, 0))
                        .build());
    return changeDocument(
        byVote,
        MispaV.JOINT_STATEMENT,
        d ->
            d.toBuilder()
                .addAllLanguages(EnumSet.allOf(OfficialLanguage.class))
                .distributedAt(when)
                .build());
  }

  /** France, an observer, proposes (in vain) and withdraws what had no effect. */
  private static MeetingRecord franceWithdrawsItsProposal() {
    return append(
        withFrance(V),
        "4.f",
        Proposal.builder()
            .id("proposal-france")
            .by("FRA")
            .text("a declaration on firearms")
            .build(),
        Withdrawal.builder().by("FRA").of("proposal-france").build());
  }

  /** An inaugural session after the plenaries, before the closing. */
  private static MeetingRecord inauguralSessionLate() {
    Session inaugural =
        Session.builder()
            .number(6)
            .kind(SessionKind.INAUGURAL)
            .addItems(
                AgendaItem.builder()
                    .number("6.a")
                    .title("Other business")
                    .addActs(Intervention.builder().by("BRA").build())
                    .build())
            .build();
    return V.toBuilder()
        .sessions(V.sessions().subList(0, 5))
        .addSessions(inaugural, V.sessions().get(6))
        .build();
  }
}
