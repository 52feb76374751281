package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.model.Office;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Objection;
import io.github.mispa.rules.FindingKind;
import org.junit.jupiter.api.Test;

class ElectionAcclamationUnopposedTest {
  private static final String RULE = "election.acclamation-unopposed";

  @Test
  void anObjectionBeforeAnAcclamationVoidsTheElection() {
    MeetingRecord record =
        RecordEdits.insertBefore(
            MispaV.record(),
            MispaV.ELECTION_OF_VICE_CHAIR,
            Objection.builder().by("VEN").to(MispaV.NOMINATION_OF_VICE_CHAIR).build());

    assertThat(assertFiresOnce(record, RULE, FindingKind.VOID, "2.a#21").message())
        .contains("although Venezuela objected");
    assertThat(RuleSets.mispa().check(record).finalState().holders(Office.VICE_CHAIR)).isEmpty();
  }

  @Test
  void twoCandidatesForTheOneSeatOfRapporteurCannotBeElectedByAcclamation() {
    MeetingRecord record =
        RecordEdits.insertBefore(
            MispaV.record(),
            MispaV.ELECTION_OF_RAPPORTEUR,
            Nomination.builder()
                .id("second-rapporteur")
                .by("JAM")
                .nominee("hogan")
                .office(Office.RAPPORTEUR)
                .build());

    assertThat(assertFiresOnce(record, RULE, FindingKind.VOID, "2.a#24").message())
        .contains("2 candidates for 1 seat of Rapporteur");
  }

  @Test
  void twoCandidatesForTwoViceChairSeatsMayBeElectedByAcclamation() {
    MeetingRecord record =
        RecordEdits.insertBefore(
            MispaV.record(),
            MispaV.ELECTION_OF_VICE_CHAIR,
            Nomination.builder()
                .id("second-vice-chair")
                .by("JAM")
                .nominee("hogan")
                .office(Office.VICE_CHAIR)
                .build());

    assertQuiet(record, RULE);
  }

  @Test
  void anElectionWhoseMethodIsNotStatedDespiteAnObjectionIsUndeterminedAndStands() {
    MeetingRecord record =
        notStated(
            RecordEdits.insertBefore(
                MispaV.record(),
                MispaV.ELECTION_OF_VICE_CHAIR,
                Objection.builder().by("VEN").to(MispaV.NOMINATION_OF_VICE_CHAIR).build()),
            MispaV.ELECTION_OF_VICE_CHAIR);

    assertThat(assertFiresOnce(record, RULE, FindingKind.UNDETERMINED, "2.a#21").message())
        .contains("although Venezuela objected to the nomination, and the record does not say");
    assertThat(RuleSets.mispa().check(record).finalState().holders(Office.VICE_CHAIR))
        .containsExactly(MispaV.VICE_CHAIR);
  }

  @Test
  void twoCandidatesForOneSeatElectedByAMethodNotStatedAreUndetermined() {
    MeetingRecord record =
        notStated(
            RecordEdits.insertBefore(
                MispaV.record(),
                MispaV.ELECTION_OF_RAPPORTEUR,
                Nomination.builder()
                    .id("second-rapporteur")
                    .by("JAM")
                    .nominee("hogan")
                    .office(Office.RAPPORTEUR)
                    .build()),
            MispaV.ELECTION_OF_RAPPORTEUR);

    assertThat(assertFiresOnce(record, RULE, FindingKind.UNDETERMINED, "2.a#24").message())
        .contains("2 candidates for 1 seat of Rapporteur, and the record does not say");
  }

  private static MeetingRecord notStated(MeetingRecord record, String decision) {
    return RecordEdits.replace(
        record,
        decision,
        a -> ((Decision) a).toBuilder().method(DecisionMethod.NOT_STATED).build());
  }
}
