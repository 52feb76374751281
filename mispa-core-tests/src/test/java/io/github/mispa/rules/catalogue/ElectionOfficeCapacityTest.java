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
import io.github.mispa.rules.FindingKind;
import org.junit.jupiter.api.Test;

class ElectionOfficeCapacityTest {
  private static final String RULE = "election.office-capacity";

  @Test
  void electingASecondRapporteurIsVoid() {
    MeetingRecord record = electAfterRapporteur(Office.RAPPORTEUR);

    assertThat(assertFiresOnce(record, RULE, FindingKind.VOID, "2.a#25").message())
        .contains(
            "cannot be elected Rapporteur: the meeting has 1 seat of Rapporteur, held by Patricia D’Costa");
    assertThat(RuleSets.mispa().check(record).finalState().holders(Office.RAPPORTEUR))
        .containsExactly(MispaV.RAPPORTEUR);
  }

  @Test
  void electingASecondViceChairIsFine() {
    assertQuiet(electAfterRapporteur(Office.VICE_CHAIR), RULE);
  }

  private static MeetingRecord electAfterRapporteur(Office office) {
    return RecordEdits.insertAfter(
        MispaV.record(),
        MispaV.ELECTION_OF_RAPPORTEUR,
        Nomination.builder().id("another").by("JAM").nominee("hogan").office(office).build(),
        Decision.builder().addOn("another").method(DecisionMethod.ACCLAMATION).build());
  }
}
