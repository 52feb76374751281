package io.github.mispa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.model.Edition;
import io.github.mispa.model.Office;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Reconsideration;
import io.github.mispa.rules.catalogue.RuleSets;
import org.junit.jupiter.api.Test;

/**
 * The MISPA V record checks clean under the mispa rule set, and its final state is the report's.
 */
class MispaVVerdictTest {
  private final Verdict verdict = RuleSets.mispa().check(MispaV.record());

  @Test
  void mispaVChecksClean() {
    assertThat(verdict.findings(FindingKind.VOID)).isEmpty();
    assertThat(verdict.findings(FindingKind.IRREGULAR)).isEmpty();
    assertThat(verdict.isClean()).isTrue();
  }

  @Test
  void theOnlyOpenQuestionIsTheQuorumForLackOfAttendance() {
    assertThat(verdict.undeterminedByRule().keySet()).containsExactly("decision.quorum");
    assertThat(verdict.undeterminedByRule().get("decision.quorum"))
        .hasSize(10)
        .allSatisfy(f -> assertThat(f.message()).contains("quorum (18 of 34 member states)"));
    assertThat(verdict.isStrictlyClean()).isFalse();
  }

  @Test
  void theFinalStateHasTheOfficersTheReportNames() {
    ProceduralState end = verdict.finalState();
    assertThat(end.holders(Office.CHAIR)).containsExactly(MispaV.CHAIR);
    assertThat(end.holders(Office.VICE_CHAIR)).containsExactly(MispaV.VICE_CHAIR);
    assertThat(end.holders(Office.RAPPORTEUR)).containsExactly(MispaV.RAPPORTEUR);
    assertThat(end.presidingOfficer()).contains(MispaV.CHAIR);
  }

  @Test
  void theFinalStateHasTheAdoptedDocumentsAndTheNextHost() {
    ProceduralState end = verdict.finalState();
    assertThat(end.agendaAdopted()).isTrue();
    assertThat(end.adoptedDocuments())
        .contains(MispaV.AGENDA, MispaV.SCHEDULE, MispaV.JOINT_STATEMENT, MispaV.RECOMMENDATIONS);
    assertThat(end.acceptedOffers()).containsEntry(Edition.of(6), MispaV.HONDURAS_OFFER);
    assertThat(end.motion(MispaV.HONDURAS_OFFER).flatMap(MotionState::sponsor)).contains("HND");
    assertThat(end.motion(MispaV.COLOMBIA_NICARAGUA_AMENDMENT).map(MotionState::status))
        .contains(MotionStatus.APPROVED);
    assertThat(end.motion(MispaV.METROJET_REQUEST).map(MotionState::status))
        .contains(MotionStatus.NOTED);
  }

  @Test
  void adoptedDocumentsComeInTheOrderTheyWereAdopted() {
    assertThat(verdict.finalState().adoptedDocuments())
        .containsExactly(
            MispaV.AGENDA,
            MispaV.SCHEDULE,
            "methodology",
            MispaV.JOINT_STATEMENT,
            MispaV.RECOMMENDATIONS);
  }

  @Test
  void aReconsideredAgendaIsADraftAgainAndReadoptedComesLast() {
    // The agenda and the schedule were adopted together: reconsidering that adoption reopens both.
    MeetingRecord reopened =
        RecordEdits.append(
            MispaV.record(),
            "4.f",
            Reconsideration.builder()
                .id("reconsider")
                .by("VEN")
                .of(MispaV.ADOPTION_OF_AGENDA)
                .build(),
            Decision.builder().addOn("reconsider").method(DecisionMethod.ACCLAMATION).build());
    ProceduralState afterReconsideration = RuleSets.mispa().check(reopened).finalState();
    assertThat(afterReconsideration.agendaAdopted()).isFalse();
    assertThat(afterReconsideration.adoptedDocuments())
        .containsExactly("methodology", MispaV.JOINT_STATEMENT, MispaV.RECOMMENDATIONS);

    ProceduralState readopted =
        RuleSets.mispa()
            .check(RecordEdits.append(reopened, "4.f", adoption(MispaV.AGENDA)))
            .finalState();
    assertThat(readopted.agendaAdopted()).isTrue();
    assertThat(readopted.adoptedDocuments())
        // Readopted in item 4.f: after the joint statement, before the Recommendations of Lima.
        .containsExactly(
            "methodology", MispaV.JOINT_STATEMENT, MispaV.AGENDA, MispaV.RECOMMENDATIONS);
  }

  @Test
  void aDocumentAdoptedTwiceKeepsThePlaceOfItsFirstAdoption() {
    // Without document.adopted-once, which would void the second adoption, so that it applies.
    ProceduralState twice =
        RuleSets.mispa()
            .withoutRule("document.adopted-once")
            .check(RecordEdits.append(MispaV.record(), "4.f", adoption(MispaV.SCHEDULE)))
            .finalState();
    assertThat(twice.adoptedDocuments())
        .containsExactlyElementsOf(verdict.finalState().adoptedDocuments());
  }

  private static Adoption adoption(String document) {
    return Adoption.builder().addDocuments(document).method(DecisionMethod.CONSENSUS).build();
  }

  @Test
  void theStateBeforeAnActCanBeAskedFor() {
    ProceduralState beforeVice =
        RuleSets.mispa().stateBefore(MispaV.record(), ActLocation.parse("2.a#18"));
    assertThat(beforeVice.holders(Office.CHAIR)).containsExactly(MispaV.CHAIR);
    assertThat(beforeVice.holders(Office.VICE_CHAIR)).isEmpty();
    assertThat(beforeVice.agendaAdopted()).isFalse();

    ProceduralState atStart =
        RuleSets.mispa().stateBefore(MispaV.record(), ActLocation.parse("2.a#1"));
    assertThat(atStart.chairElected()).isFalse();
    assertThat(atStart.presidingOfficer()).contains(MispaV.OUTGOING_CHAIR);
  }

  @Test
  void theStateKnowsItsSessionAndDescribesItsMotions() {
    ProceduralState beforeVice =
        RuleSets.mispa().stateBefore(MispaV.record(), ActLocation.parse("2.a#18"));

    assertThat(beforeVice.session()).contains(MispaV.record().sessions().get(1));
    assertThat(beforeVice.isFirstActOfSession()).isFalse();
    assertThat(verdict.finalState().motion(MispaV.HONDURAS_OFFER).orElseThrow())
        .hasToString(
            "hostingOffer at "
                + RecordEdits.locationOf(MispaV.record(), MispaV.HONDURAS_OFFER)
                + " approved");
  }
}
