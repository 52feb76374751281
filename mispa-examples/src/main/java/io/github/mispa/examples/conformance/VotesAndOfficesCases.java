package io.github.mispa.examples.conformance;

import static io.github.mispa.examples.conformance.RecordEdits.announced;
import static io.github.mispa.examples.conformance.RecordEdits.changeDocument;
import static io.github.mispa.examples.conformance.RecordEdits.heldOn;
import static io.github.mispa.examples.conformance.RecordEdits.insertAfter;
import static io.github.mispa.examples.conformance.RecordEdits.insertBefore;
import static io.github.mispa.examples.conformance.RecordEdits.memberStates;
import static io.github.mispa.examples.conformance.RecordEdits.replace;
import static io.github.mispa.examples.conformance.RecordEdits.withAllDelegations;

import io.github.mispa.examples.MispaV;
import io.github.mispa.model.Link;
import io.github.mispa.model.Office;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.AmendmentChange;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.MajorityKind;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.ProposalKind;
import io.github.mispa.procedure.RequiredMajority;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The cases of the conformance suite about votes and majorities, the base of member states,
 * tallies, the agenda amended at its adoption, offices of rank, persons acting in a capacity, and
 * the rules of the Permanent Council. Like every case, records only: their expected files are
 * written by hand.
 */
final class VotesAndOfficesCases {
  private static final MeetingRecord V = MispaV.record();
  private static final LocalDate DAY = V.meeting().startDate();
  private static final LocalDate IN_2020 = LocalDate.of(2020, 6, 1);

  private VotesAndOfficesCases() {}

  static void define(ConformanceCases suite) {
    majorities(suite);
    base(suite);
    tallies(suite);
    agenda(suite);
    offices(suite);
    capacities(suite);
    suite.combined(
        "mispa-v-with-links-and-statements",
        "MISPA V with links to the texts of the speech at 1.a in English, French and Portuguese"
            + " (placeholder addresses): the format carries them, and the record is clean",
        changeDocument(
            V,
            "inf-10",
            d ->
                d.toBuilder()
                    .addLinks(
                        Link.of(OfficialLanguage.ENGLISH, "https://example.org/mispa-v/inf-10-en"),
                        Link.of(OfficialLanguage.FRENCH, "https://example.org/mispa-v/inf-10-fr"),
                        Link.of(
                            OfficialLanguage.PORTUGUESE, "https://example.org/mispa-v/inf-10-pt"))
                    .build()));
  }

  private static void majorities(ConformanceCases suite) {
    String rule = "decision.threshold";
    RequiredMajority twoThirds =
        RequiredMajority.of(
            MajorityKind.TWO_THIRDS_OF_MEMBER_STATES, "rules of procedure of the meeting");
    suite.fires(
        rule,
        "two-thirds-stated-19-of-34-declared-carried",
        "Honduras' offer is put to a vote that the record says needs two-thirds of the member"
            + " states, and declared carried with 19 for, 6 against and 9 abstaining: it needs 23",
        acceptHondurasBy(announced(19, 6, 9), Outcome.APPROVED, twoThirds));
    suite.nearMiss(
        rule,
        "two-thirds-stated-19-of-34-declared-not-carried",
        "The same vote that needs two-thirds, 19 for of 34, declared not carried: right, where"
            + " the default majority of 18 would have carried it",
        acceptHondurasBy(announced(19, 6, 9), Outcome.REJECTED, twoThirds));
    RequiredMajority presentAndVoting =
        RequiredMajority.of(MajorityKind.MAJORITY_OF_PRESENT_AND_VOTING);
    suite.fires(
        rule,
        "present-and-voting-tie-declared-carried",
        "Honduras' offer needs a majority of those present and voting, as the record says: 9 for"
            + " and 9 against, declared carried, is a tie",
        acceptHondurasBy(announced(9, 9, 16), Outcome.APPROVED, presentAndVoting));
    suite.nearMiss(
        rule,
        "present-and-voting-10-of-18",
        "Honduras' offer needs a majority of those present and voting: 10 for, 8 against and 16"
            + " abstaining carries it, though 10 is no majority of the 34 member states",
        acceptHondurasBy(announced(10, 8, 16), Outcome.APPROVED, presentAndVoting));
    suite.fires(
        rule,
        "suspension-carried-by-20-of-34",
        "The working groups' proposal is a proposal to suspend a rule, carried by 20 of 34: the"
            + " suspension of a rule needs two-thirds under mispa",
        workingGroupsBy(ProposalKind.SUSPENSION, 20, 14));
    suite.nearMiss(
        rule,
        "procedure-carried-by-20-of-34",
        "The working groups' proposal is a procedural proposal, carried by 20 of 34: a majority"
            + " of the member states is enough",
        workingGroupsBy(ProposalKind.PROCEDURE, 20, 14));
  }

  private static void base(ConformanceCases suite) {
    String rule = "decision.threshold";
    suite.undetermined(
        rule,
        "17-and-venezuela-of-34-in-2020",
        "MISPA V in June 2020: 17 member states and Venezuela, whose representation is disputed,"
            + " vote for Honduras' offer: 34 count and 18 are needed, so whether Venezuela's vote"
            + " counts decides the outcome, and that is undetermined",
        voteIn2020(17, null));
    suite.nearMiss(
        rule,
        "18-and-venezuela-of-34-in-2020",
        "MISPA V in June 2020: 18 member states and Venezuela vote for Honduras' offer, which"
            + " carries whether Venezuela's vote counts or not",
        voteIn2020(18, null));
    suite.fires(
        rule,
        "16-and-venezuela-of-34-in-2020-declared-carried",
        "MISPA V in June 2020: 16 member states and Venezuela vote for Honduras' offer, declared"
            + " carried: Venezuela stays in the base of 34, and 17 votes fall short of 18 whether"
            + " its vote counts or not",
        voteIn2020(16, null));

    rule = "vote.announced-base";
    suite.fires(
        rule,
        "33-announced-in-2020",
        "MISPA V in June 2020: the presiding officer announces a base of 33 member states for the"
            + " vote on Honduras' offer, leaving out Venezuela, whom the Organization counts",
        voteIn2020(20, 33));
    suite.nearMiss(
        rule,
        "34-announced-in-2020",
        "MISPA V in June 2020: the presiding officer announces a base of 34 member states,"
            + " Venezuela counted",
        voteIn2020(20, 34));
    suite.fires(
        rule,
        "35-announced-in-2015",
        "The presiding officer announces a base of 35 member states for the vote on Honduras'"
            + " offer in 2015: Cuba, which does not take part, is not counted",
        acceptHondurasBy(
            announced(20, 10, 4).toBuilder().announcedBase(35).build(), Outcome.APPROVED, null));
  }

  private static void tallies(ConformanceCases suite) {
    String rule = "vote.tally";
    Tally twentyFive = RecordEdits.ballots(DAY, 20, 5);
    Tally withAbsentAndNotVoting =
        twentyFive.toBuilder()
            .addBallots(Ballot.of("URY", Vote.ABSENT), Ballot.of("VEN", Vote.NOT_VOTING))
            .announcedFor(20)
            .announcedAgainst(5)
            .build();
    suite.fires(
        rule,
        "announced-absent-disagrees",
        "Two absences are announced in the vote on Honduras' offer, but the ballots record one",
        acceptHondurasBy(
            withAbsentAndNotVoting.toBuilder().announcedAbsent(2).announcedNotVoting(1).build(),
            Outcome.APPROVED,
            null));
    suite.nearMiss(
        rule,
        "announced-absent-and-not-voting-agree",
        "One absence and one delegation not voting are announced in the vote on Honduras' offer,"
            + " as its ballots record",
        acceptHondurasBy(
            withAbsentAndNotVoting.toBuilder().announcedAbsent(1).announcedNotVoting(1).build(),
            Outcome.APPROVED,
            null));
    suite.fires(
        rule,
        "five-announced-counts-beyond-member-states",
        "18 for, 6 against, 5 abstaining, 4 absent and 2 not voting are announced on Honduras'"
            + " offer: 35, more than the 34 member states",
        acceptHondurasBy(
            announced(18, 6, 5).toBuilder().announcedAbsent(4).announcedNotVoting(2).build(),
            Outcome.APPROVED,
            null));
  }

  private static void agenda(ConformanceCases suite) {
    String rule = "agenda.adopted-first";
    Amendment item =
        Amendment.builder()
            .id("item-venezuela")
            .by("VEN")
            .document(MispaV.AGENDA)
            .change(AmendmentChange.ADDITION)
            .text("an item on the attacks in Mali")
            .build();
    suite.nearMiss(
        rule,
        "item-added-at-venezuelas-request",
        "Venezuela asks that an item be added to the draft agenda, which is agreed as there is no"
            + " objection, before the agenda is adopted: a change to the draft agenda is not a"
            + " substantive decision",
        insertBefore(
            V,
            MispaV.ADOPTION_OF_AGENDA,
            item,
            Decision.builder()
                .addOn("item-venezuela")
                .method(DecisionMethod.NO_OBJECTION)
                .build()));
    suite.nearMiss(
        rule,
        "agenda-adopted-as-amended",
        "Venezuela asks that an item be added to the draft agenda, and the agenda is adopted as"
            + " amended, incorporating it in the same act",
        replace(
            insertBefore(V, MispaV.ADOPTION_OF_AGENDA, item),
            MispaV.ADOPTION_OF_AGENDA,
            a -> ((Adoption) a).toBuilder().addIncorporating("item-venezuela").build()));
    suite.fires(
        rule,
        "recommendations-amended-before-agenda",
        "Venezuela's amendment to the Recommendations of Lima is agreed, as there is no objection,"
            + " before the agenda is adopted: an amendment to a text is a substantive decision",
        insertBefore(
            V,
            MispaV.ADOPTION_OF_AGENDA,
            item.toBuilder()
                .id("recommendations-venezuela")
                .document(MispaV.RECOMMENDATIONS)
                .text("a paragraph on the attacks in Mali")
                .build(),
            Decision.builder()
                .addOn("recommendations-venezuela")
                .method(DecisionMethod.NO_OBJECTION)
                .build()));

    rule = "agenda.threshold";
    suite.nearMiss(
        rule,
        "council-agenda-by-18-of-34",
        "Under the rules of the Permanent Council, the agenda is carried by 18 of 34: the Council"
            + " approves its order of business by the absolute majority",
        agendaByVote(18, 16));
    suite.fires(
        rule,
        "council-agenda-by-17-of-34",
        "Under the rules of the Permanent Council, the agenda is declared carried by 17 of 34: it"
            + " needs 18",
        agendaByVote(17, 17));
  }

  private static void offices(ConformanceCases suite) {
    String rule = "election.office-capacity";
    MeetingRecord first =
        replace(
            V,
            MispaV.NOMINATION_OF_VICE_CHAIR,
            a -> ((Nomination) a).toBuilder().office(Office.FIRST_VICE_CHAIR).build());
    suite.fires(
        rule,
        "two-first-vice-chairs",
        "Honduras' Secretary of State is elected First Vice Chair, then the USAID deputy"
            + " administrator too: there is one First Vice Chair",
        elect(first, Office.FIRST_VICE_CHAIR));
    suite.nearMiss(
        rule,
        "first-and-second-vice-chairs",
        "Honduras' Secretary of State is elected First Vice Chair and the USAID deputy"
            + " administrator Second Vice Chair: two vice chairs, as mispa allows",
        elect(first, Office.SECOND_VICE_CHAIR));
    suite.fires(
        rule,
        "third-vice-chair-of-another-rank",
        "After MISPA V's Vice Chair, a First and a Second Vice Chair are elected: vice chairs of"
            + " every rank count together, and the Second is a third",
        elect(elect(V, Office.FIRST_VICE_CHAIR), Office.SECOND_VICE_CHAIR));
    suite.fires(
        rule,
        "council-second-vice-chair",
        "Under the rules of the Permanent Council, which has one Vice Chair, a Second Vice Chair"
            + " is elected after the First",
        council(elect(first, Office.SECOND_VICE_CHAIR)));
    suite.nearMiss(
        rule,
        "council-first-vice-chair",
        "Under the rules of the Permanent Council, Honduras' Secretary of State is elected First"
            + " Vice Chair, its one vice chair",
        council(first));
  }

  private static void capacities(ConformanceCases suite) {
    String rule = "participation.member-decides";
    Nomination nomination =
        Nomination.builder()
            .id("nomination-by-the-rapporteur")
            .person(MispaV.RAPPORTEUR)
            .nominee("hogan")
            .office(Office.VICE_CHAIR)
            .build();
    suite.fires(
        rule,
        "rapporteur-nominates-for-the-committee",
        "The Rapporteur, acting as Vice Chair of the Committee on Hemispheric Security, nominates"
            + " a second Vice Chair: an organ of the OAS does not nominate",
        insertAfter(V, MispaV.ELECTION_OF_RAPPORTEUR, nomination.toBuilder().by("CSH").build()));
    suite.nearMiss(
        rule,
        "rapporteur-nominates-for-canada",
        "The Rapporteur, acting as Alternate Representative of Canada, nominates a second Vice"
            + " Chair: Canada's delegation may",
        insertAfter(V, MispaV.ELECTION_OF_RAPPORTEUR, nomination.toBuilder().by("CAN").build()));
  }

  // ---------------------------------------------------------------------------------------------

  /** Honduras' offer accepted by a vote of {@code tally}, with the majority the record states. */
  private static MeetingRecord acceptHondurasBy(
      Tally tally, Outcome outcome, @Nullable RequiredMajority majority) {
    return replace(
        withAllDelegations(V),
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

  /** The working groups' proposal, of {@code kind}, carried by a vote. */
  private static MeetingRecord workingGroupsBy(ProposalKind kind, int votesFor, int against) {
    MeetingRecord record =
        replace(
            withAllDelegations(V),
            MispaV.WORKING_GROUPS_PROPOSAL,
            a -> ((Proposal) a).toBuilder().proposalKind(kind).build());
    return replace(
        record,
        MispaV.WORKING_GROUPS_DECISION,
        a ->
            ((Decision) a)
                .toBuilder()
                    .method(DecisionMethod.VOTE)
                    .tally(RecordEdits.ballots(DAY, votesFor, against))
                    .build());
  }

  /**
   * MISPA V in June 2020, Honduras' offer declared carried by {@code votesFor} of the 33 member
   * states in good standing and Venezuela, the others against; with the base the presiding officer
   * announced, if given.
   */
  private static MeetingRecord voteIn2020(int votesFor, @Nullable Integer announcedBase) {
    List<String> states = memberStates(33, IN_2020);
    Tally.Builder tally = Tally.builder();
    for (int i = 0; i < states.size(); i++) {
      tally.addBallots(Ballot.of(states.get(i), i < votesFor ? Vote.FOR : Vote.AGAINST));
    }
    tally.addBallots(Ballot.of("VEN", Vote.FOR));
    if (announcedBase != null) {
      tally.announcedBase(announcedBase);
    }
    return replace(
        heldOn(withAllDelegations(V), IN_2020),
        MispaV.HONDURAS_ACCEPTED,
        a -> ((Decision) a).toBuilder().method(DecisionMethod.VOTE).tally(tally.build()).build());
  }

  /** The agenda declared adopted by a vote, under the rules of the Permanent Council. */
  private static MeetingRecord agendaByVote(int votesFor, int against) {
    return council(
        replace(
            withAllDelegations(V),
            MispaV.ADOPTION_OF_AGENDA,
            a ->
                ((Adoption) a)
                    .toBuilder()
                        .method(DecisionMethod.VOTE)
                        .tally(RecordEdits.ballots(DAY, votesFor, against))
                        .build()));
  }

  /**
   * The record as the Permanent Council's: the outgoing chair of MISPA IV, who presides until the
   * Chair is elected, named as the designated president.
   */
  private static MeetingRecord council(MeetingRecord record) {
    return record.toBuilder()
        .meeting(
            record.meeting().toBuilder()
                .designatedProvisionalPresident(MispaV.OUTGOING_CHAIR)
                .build())
        .build();
  }

  /**
   * The USAID deputy administrator (or, for a Second Vice Chair, El Salvador's minister) nominated
   * by Jamaica and elected to {@code office}, after the last election of item 2.a.
   */
  private static MeetingRecord elect(MeetingRecord record, Office office) {
    String name = office.name().toLowerCase(Locale.ROOT).replace('_', '-');
    String last =
        record.acts().stream()
            .filter(a -> a.item().number().equals("2.a"))
            .map(a -> a.act().id().orElse(""))
            .filter(id -> id.startsWith("election-"))
            .reduce((earlier, later) -> later)
            .orElseThrow();
    return insertAfter(
        record,
        last,
        Nomination.builder()
            .id("nomination-" + name)
            .by("JAM")
            .nominee(office == Office.SECOND_VICE_CHAIR ? "lara" : "hogan")
            .office(office)
            .build(),
        Decision.builder()
            .id("election-" + name)
            .addOn("nomination-" + name)
            .method(DecisionMethod.ACCLAMATION)
            .build());
  }
}
