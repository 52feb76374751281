package io.github.mispa;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.SyntheticRecords;
import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.DocumentSymbol;
import io.github.mispa.model.Edition;
import io.github.mispa.model.Meeting;
import io.github.mispa.model.MeetingSeries;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.Office;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Participant;
import io.github.mispa.model.ParticipantKind;
import io.github.mispa.model.Person;
import io.github.mispa.model.Standing;
import io.github.mispa.model.StandingChange;
import io.github.mispa.model.Venue;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.RecordProblem;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.procedure.Vote;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.rules.Quorum;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.Threshold;
import io.github.mispa.rules.Threshold.Base;
import io.github.mispa.rules.Threshold.Comparison;
import io.github.mispa.rules.Threshold.TieRule;
import io.github.mispa.rules.catalogue.RuleSets;
import io.github.mispa.testing.Mutations;
import io.github.mispa.testing.Theories;
import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The value types keep the contract of {@code equals} and {@code hashCode}: reflexive, symmetric,
 * consistent with each other, unequal to null and to other types. Checked by guava-testlib's {@link
 * EqualsTester}: each group holds values that must be equal, values of different groups must
 * differ.
 */
class ValueEqualityTest {

  @Test
  void documentSymbolsAreEqualAcrossSpacingAndCase() {
    new EqualsTester()
        .addEqualityGroup(
            DocumentSymbol.parse("MISPA V/doc.1/15 rev. 1"),
            DocumentSymbol.parse("MISPA V/DOC.1/15 rev.1"),
            DocumentSymbol.parse("mispa-v/doc. 1/15 REV. 1"))
        .addEqualityGroup(DocumentSymbol.parse("MISPA V/doc.1/15"))
        .addEqualityGroup(DocumentSymbol.parse("MISPA V/doc.1/15 rev. 2"))
        .addEqualityGroup(
            DocumentSymbol.parse("MISPA-V/INF. 10/15"), DocumentSymbol.parse("mispa v/inf.10/15"))
        .addEqualityGroup(
            DocumentSymbol.parse("AG/RES. 2866 (XLIV-O/14)"),
            DocumentSymbol.parse("ag/res.2866 (XLIV-O/14)"))
        .addEqualityGroup(DocumentSymbol.parse("AG/DEC. 2866 (XLIV-O/14)"))
        .addEqualityGroup(DocumentSymbol.parse("OEA/Ser.K/XLIX.3"))
        .testEquals();
  }

  @Test
  void documentSymbolSuffixesAreEqualByKindAndNumber() {
    new EqualsTester()
        .addEqualityGroup(suffix("MISPA V/doc.1/15 rev. 1"), suffix("MISPA III/doc.6/10 rev.1"))
        .addEqualityGroup(suffix("MISPA V/doc.1/15 rev. 2"))
        .addEqualityGroup(suffix("MISPA V/doc.1/15 corr. 1"))
        .testEquals();
  }

  @Test
  void editionsAreEqualByNumber() {
    new EqualsTester()
        .addEqualityGroup(
            Edition.of(5), Edition.parse("V"), Edition.parse("v"), Edition.of(4).next())
        .addEqualityGroup(Edition.of(44), Edition.parse("XLIV"))
        .addEqualityGroup(Edition.of(Edition.MAX))
        .testEquals();
  }

  @Test
  void venuesAreEqualByCityAndCountry() {
    new EqualsTester()
        .addEqualityGroup(Venue.of("Lima", MemberState.PERU), Venue.of("Lima", MemberState.PERU))
        .addEqualityGroup(Venue.of("Cusco", MemberState.PERU))
        .addEqualityGroup(Venue.of("Lima", MemberState.CHILE))
        .testEquals();
  }

  @Test
  void meetingSeriesAreEqualByCodeAndName() {
    new EqualsTester()
        .addEqualityGroup(
            MeetingSeries.MISPA,
            MeetingSeries.of(
                "MISPA", "Meeting of Ministers Responsible for Public Security in the Americas"))
        .addEqualityGroup(MeetingSeries.of("MISPA", "Another name"))
        .addEqualityGroup(
            MeetingSeries.of(
                "REMJA", "Meeting of Ministers Responsible for Public Security in the Americas"))
        .testEquals();
  }

  @Test
  void standingChangesAreEqualByDateStandingAndSource() {
    LocalDate day = LocalDate.of(2023, 11, 19);
    new EqualsTester()
        .addEqualityGroup(
            StandingChange.of(day, Standing.WITHDRAWN, "denunciation"),
            StandingChange.of(day, Standing.WITHDRAWN, "denunciation"))
        .addEqualityGroup(StandingChange.of(day.plusDays(1), Standing.WITHDRAWN, "denunciation"))
        .addEqualityGroup(StandingChange.of(day, Standing.DISPUTED, "denunciation"))
        .addEqualityGroup(StandingChange.of(day, Standing.WITHDRAWN, "another source"))
        .testEquals();
  }

  @Test
  void personsAreEqualByEveryAttribute() {
    Person perez = MispaV.record().person(MispaV.CHAIR).orElseThrow();
    new EqualsTester()
        .addEqualityGroup(perez, perez.toBuilder().build())
        .addEqualityGroup(perez.toBuilder().id("perez").build())
        .addEqualityGroup(perez.toBuilder().name("José Pérez").build())
        .addEqualityGroup(perez.toBuilder().honorific("H.E.").build())
        .addEqualityGroup(perez.toBuilder().position("Minister").build())
        .addEqualityGroup(perez.toBuilder().participant("CHL").build())
        .testEquals();
  }

  @Test
  void participantsAreEqualByEveryAttribute() {
    Participant peru = Participant.delegationOf(MemberState.PERU);
    new EqualsTester()
        .addEqualityGroup(
            peru,
            Participant.delegationOf(MemberState.PERU),
            Participant.builder()
                .id("PER")
                .kind(ParticipantKind.MEMBER_STATE_DELEGATION)
                .state(MemberState.PERU)
                .name("Peru")
                .accredited(true)
                .build())
        .addEqualityGroup(peru.toBuilder().name("República del Perú").build())
        .addEqualityGroup(peru.toBuilder().head(MispaV.CHAIR).build())
        .addEqualityGroup(peru.toBuilder().accredited(false).build())
        .addEqualityGroup(
            Participant.builder()
                .id("PER")
                .kind(ParticipantKind.CIVIL_SOCIETY)
                .name("Peru")
                .build())
        .testEquals();
  }

  @Test
  void documentsAreEqualByEveryAttribute() {
    Document agenda = MispaV.record().document(MispaV.AGENDA).orElseThrow();
    new EqualsTester()
        .addEqualityGroup(agenda, agenda.toBuilder().build())
        .addEqualityGroup(agenda.toBuilder().title("Another agenda").build())
        .addEqualityGroup(agenda.toBuilder().documentClass(DocumentClass.WORKING).build())
        .addEqualityGroup(
            agenda.toBuilder()
                .symbol(DocumentSymbol.parse("MISPA V/doc.1/15 rev. 9"))
                .symbolAsPrinted("MISPA V/DOC.1/15 rev.9")
                .build())
        .addEqualityGroup(agenda.toBuilder().symbolAsPrinted("MISPA V/DOC. 1/15 rev. 1").build())
        .addEqualityGroup(agenda.toBuilder().description("the agenda").build())
        .addEqualityGroup(agenda.toBuilder().addLanguages(OfficialLanguage.values()).build())
        .addEqualityGroup(
            agenda.toBuilder().distributedAt(LocalDate.of(2015, 11, 18).atTime(9, 0)).build())
        .testEquals();
  }

  @Test
  void meetingsAreEqualByEveryAttribute() {
    Meeting meeting = MispaV.record().meeting();
    new EqualsTester()
        .addEqualityGroup(meeting, meeting.toBuilder().build())
        .addEqualityGroup(meeting.toBuilder().edition(Edition.of(6)).build())
        .addEqualityGroup(meeting.toBuilder().venue(Venue.of("Cusco", MemberState.PERU)).build())
        .addEqualityGroup(meeting.toBuilder().theme("Another theme").build())
        .addEqualityGroup(meeting.toBuilder().endDate(meeting.endDate().plusDays(1)).build())
        .testEquals();
  }

  @Test
  void actLocationsAreEqualByItemAndIndex() {
    new EqualsTester()
        .addEqualityGroup(ActLocation.of("2.a", 3), ActLocation.parse("2.a#3"))
        .addEqualityGroup(ActLocation.of("2.a", 4))
        .addEqualityGroup(ActLocation.of("2.b", 3))
        .addEqualityGroup(ActLocation.of("2", 3))
        .testEquals();
  }

  @Test
  void findingsAreEqualByEveryAttribute() {
    ActLocation at = ActLocation.parse("2.a#19");
    String path = "/sessions/1/items/0/acts/18";
    new EqualsTester()
        .addEqualityGroup(
            Finding.of("r.x", FindingKind.VOID, "practice", at, path, "message"),
            Finding.of("r.x", FindingKind.VOID, "practice", at, path, "message"))
        .addEqualityGroup(Finding.of("r.y", FindingKind.VOID, "practice", at, path, "message"))
        .addEqualityGroup(Finding.of("r.x", FindingKind.IRREGULAR, "practice", at, path, "message"))
        .addEqualityGroup(Finding.of("r.x", FindingKind.VOID, "GA Rules", at, path, "message"))
        .addEqualityGroup(
            Finding.of(
                "r.x", FindingKind.VOID, "practice", ActLocation.parse("2.a#20"), path, "message"))
        .addEqualityGroup(
            Finding.of("r.x", FindingKind.VOID, "practice", at, "/sessions/1", "message"))
        .addEqualityGroup(Finding.of("r.x", FindingKind.VOID, "practice", at, path, "other"))
        .addEqualityGroup(
            Finding.onPart("r.x", FindingKind.VOID, "practice", at, path, "/tally", "message"),
            Finding.onPart("r.x", FindingKind.VOID, "practice", at, path, "/tally", "message"))
        .addEqualityGroup(
            Finding.onPart("r.x", FindingKind.VOID, "practice", at, path, "/by", "message"))
        .testEquals();
  }

  @Test
  void thresholdsAreEqualByTheirFractionBaseComparisonAndTieRule() {
    new EqualsTester()
        .addEqualityGroup(
            Threshold.ABSOLUTE_MAJORITY,
            threshold(1, 2, Base.MEMBER_STATES),
            threshold(2, 4, Base.MEMBER_STATES))
        .addEqualityGroup(Threshold.TWO_THIRDS, atLeast(2, 3), atLeast(4, 6))
        .addEqualityGroup(Threshold.SIMPLE_MAJORITY, threshold(1, 2, Base.PRESENT_AND_VOTING))
        .addEqualityGroup(threshold(1, 2, Base.MEMBER_STATES_PRESENT))
        .addEqualityGroup(
            Threshold.of(1, 2, Comparison.AT_LEAST, Base.MEMBER_STATES, TieRule.REJECTS))
        .addEqualityGroup(
            Threshold.of(1, 2, Comparison.MORE_THAN, Base.MEMBER_STATES, TieRule.FOLLOWS_FRACTION))
        .addEqualityGroup(threshold(3, 4, Base.MEMBER_STATES))
        // 3 * 2147483644 and 4 * 536870909 are equal in 32-bit arithmetic, not as fractions.
        .addEqualityGroup(threshold(536870909, 2147483644, Base.MEMBER_STATES))
        .testEquals();
  }

  @Test
  void quorumsAreEqualByTheirFractionAndStrictness() {
    new EqualsTester()
        .addEqualityGroup(Quorum.MAJORITY, Quorum.of(1, 2, true), Quorum.of(17, 34, true))
        .addEqualityGroup(Quorum.of(1, 2, false))
        .addEqualityGroup(Quorum.of(2, 3, true), Quorum.of(4, 6, true))
        .addEqualityGroup(Quorum.of(3, 4, true))
        // 3 * 2147483644 and 4 * 536870909 are equal in 32-bit arithmetic, not as fractions.
        .addEqualityGroup(Quorum.of(536870909, 2147483644, true))
        .testEquals();
  }

  @Test
  void talliesAndBallotsAreEqualByTheirVotes() {
    new EqualsTester()
        .addEqualityGroup(Ballot.of("PER", Vote.FOR), Ballot.of("PER", Vote.FOR))
        .addEqualityGroup(Ballot.of("PER", Vote.AGAINST))
        .addEqualityGroup(Ballot.of("CHL", Vote.FOR))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Mutations.announced(20, 3, 4), Mutations.announced(20, 3, 4))
        .addEqualityGroup(Mutations.announced(21, 3, 4))
        .addEqualityGroup(Mutations.announced(20, 4, 4))
        .addEqualityGroup(Mutations.announced(20, 3, 5))
        .addEqualityGroup(Mutations.ballots(20, 3), Mutations.ballots(20, 3))
        .addEqualityGroup(Mutations.ballots(3, 20))
        .testEquals();
  }

  @Test
  void actsAreEqualByEveryAttribute() {
    Nomination nomination =
        Nomination.builder()
            .id("nomination-vice-chair")
            .by("CRI")
            .nominee(MispaV.VICE_CHAIR)
            .office(Office.VICE_CHAIR)
            .build();
    Decision decision =
        Decision.builder()
            .addOn("nomination-vice-chair")
            .method(DecisionMethod.ACCLAMATION)
            .build();
    new EqualsTester()
        .addEqualityGroup(nomination, nomination.toBuilder().build())
        .addEqualityGroup(nomination.toBuilder().id("other").build())
        .addEqualityGroup(nomination.toBuilder().by("CHL").build())
        .addEqualityGroup(nomination.toBuilder().person(MispaV.CHAIR).build())
        .addEqualityGroup(nomination.toBuilder().summary("Costa Rica nominates").build())
        .addEqualityGroup(nomination.toBuilder().nominee(MispaV.RAPPORTEUR).build())
        .addEqualityGroup(nomination.toBuilder().office(Office.RAPPORTEUR).build())
        .addEqualityGroup(decision, decision.toBuilder().build())
        .addEqualityGroup(decision.toBuilder().method(DecisionMethod.CONSENSUS).build())
        .addEqualityGroup(decision.toBuilder().outcome(Outcome.REJECTED).build())
        .addEqualityGroup(
            decision.toBuilder()
                .method(DecisionMethod.VOTE)
                .tally(Mutations.announced(20, 3, 4))
                .build())
        .addEqualityGroup(decision.toBuilder().addIncorporating("amendment").build())
        .testEquals();
  }

  @Test
  void actsOfEveryKindAreEqualToTheirCopiesAndDifferByTheirSummary() throws Exception {
    Map<Class<?>, Act> oneOfEachKind = new LinkedHashMap<>();
    for (RecordedAct act : SyntheticRecords.generate(Theories.SEED, 400).acts()) {
      oneOfEachKind.putIfAbsent(act.act().getClass(), act.act());
    }
    assertThat(oneOfEachKind).hasSize(io.github.mispa.procedure.ActKind.values().length);
    EqualsTester tester = new EqualsTester();
    for (Act act : oneOfEachKind.values()) {
      tester.addEqualityGroup(act, rebuilt(act, null));
      tester.addEqualityGroup(rebuilt(act, "A summary no generated act has."));
    }
    tester.testEquals();
  }

  @Test
  void sessionsRecordsAndRecordedActsAreEqualByValue() {
    MeetingRecord record = MispaV.record();
    Session opening = record.sessions().get(1);
    new EqualsTester()
        .addEqualityGroup(record, record.toBuilder().build())
        .addEqualityGroup(Mutations.withFrance(record))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(opening, opening.toBuilder().build())
        .addEqualityGroup(opening.toBuilder().title("Another title").build())
        .addEqualityGroup(opening.toBuilder().kind(SessionKind.PLENARY).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(record.acts().get(3), record.toBuilder().build().acts().get(3))
        .addEqualityGroup(record.acts().get(4))
        .testEquals();
  }

  @Test
  void ruleSetsAreEqualByNameRulesAndParameters() {
    RuleSet mispa = RuleSets.mispa();
    new EqualsTester()
        .addEqualityGroup(mispa, RuleSets.mispa(), mispa.toBuilder().build())
        .addEqualityGroup(RuleSets.oasGeneralAssembly())
        .addEqualityGroup(mispa.toBuilder().name("house").build())
        .addEqualityGroup(mispa.toBuilder().viceChairs(3).build())
        .addEqualityGroup(
            mispa.withMajority(
                io.github.mispa.rules.Matter.SUBSTANTIVE,
                io.github.mispa.rules.MajorityRule.of(Threshold.TWO_THIRDS, "a house rule")))
        .addEqualityGroup(RuleSets.oasPermanentCouncil())
        .addEqualityGroup(
            mispa.toBuilder()
                .base(
                    io.github.mispa.rules.MembershipBase.OAS.with(
                        io.github.mispa.model.Standing.DISPUTED, false, "a house rule"))
                .build())
        .addEqualityGroup(mispa.withoutRule("report.by-rapporteur"))
        .testEquals();
  }

  @Test
  void recordProblemsAreEqualByPathAndMessage() {
    new EqualsTester()
        .addEqualityGroup(
            RecordProblem.of("/sessions/0", "a problem"),
            RecordProblem.of("/sessions/0", "a problem"))
        .addEqualityGroup(RecordProblem.of("/sessions/1", "a problem"))
        .addEqualityGroup(RecordProblem.of("/sessions/0", "another problem"))
        .testEquals();
  }

  private static DocumentSymbol.Suffix suffix(String symbol) {
    return DocumentSymbol.parse(symbol).suffixes().get(0);
  }

  private static Threshold threshold(int numerator, int denominator, Base base) {
    return Threshold.of(numerator, denominator, Comparison.MORE_THAN, base, TieRule.REJECTS);
  }

  private static Threshold atLeast(int numerator, int denominator) {
    return Threshold.of(
        numerator, denominator, Comparison.AT_LEAST, Base.MEMBER_STATES, TieRule.REJECTS);
  }

  /**
   * The act built again through its public builder ({@code toBuilder().build()}), with {@code
   * summary} if given: the same for every kind of act, through the builder each kind declares.
   */
  private static Act rebuilt(Act act, @Nullable String summary)
      throws ReflectiveOperationException {
    Class<?> publicType = act.getClass().getSuperclass();
    Object builder = publicType.getMethod("toBuilder").invoke(act);
    if (summary != null) {
      builder.getClass().getMethod("summary", String.class).invoke(builder, summary);
    }
    try {
      return (Act) builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    }
  }
}
