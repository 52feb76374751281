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

  @Test
  void aFirstAndASecondViceChairFillTheTwoSeatsOfVicePresidency() {
    MeetingRecord first = electAfterRapporteur(Office.FIRST_VICE_CHAIR);
    // MISPA V's Vice Chair and a First Vice Chair: two vice chairs, within mispa's two.
    assertQuiet(first, RULE);
    assertThat(RuleSets.mispa().check(first).finalState().holders(Office.FIRST_VICE_CHAIR))
        .containsExactly("hogan");
    // A second First Vice Chair is one too many of that rank.
    MeetingRecord twoFirsts =
        RecordEdits.insertAfter(
            first,
            "another-decision",
            Nomination.builder()
                .id("third")
                .by("JAM")
                .nominee("lara")
                .office(Office.FIRST_VICE_CHAIR)
                .build(),
            Decision.builder().addOn("third").method(DecisionMethod.ACCLAMATION).build());
    assertThat(assertFiresOnce(twoFirsts, RULE, FindingKind.VOID, "2.a#27").message())
        .contains("cannot be elected First Vice Chair: the meeting has 1 seat of First Vice Chair");
    // A Second Vice Chair after them is a third vice chair: the rule set has two.
    MeetingRecord third =
        RecordEdits.insertAfter(
            first,
            "another-decision",
            Nomination.builder()
                .id("third")
                .by("JAM")
                .nominee("lara")
                .office(Office.SECOND_VICE_CHAIR)
                .build(),
            Decision.builder().addOn("third").method(DecisionMethod.ACCLAMATION).build());
    assertThat(assertFiresOnce(third, RULE, FindingKind.VOID, "2.a#27").message())
        .contains("the meeting has 2 vice chairs in all, and 2 would hold office");
  }

  @Test
  void theCouncilHasNoSecondViceChair() {
    MeetingRecord second = electAfterRapporteur(Office.SECOND_VICE_CHAIR);
    assertQuiet(second, RULE);
    assertThat(
            io.github.mispa.testing.RuleAssertions.findings(
                RuleSets.oasPermanentCouncil(), second, RULE))
        .hasSize(1);
  }

  private static MeetingRecord electAfterRapporteur(Office office) {
    return RecordEdits.insertAfter(
        MispaV.record(),
        MispaV.ELECTION_OF_RAPPORTEUR,
        Nomination.builder().id("another").by("JAM").nominee("hogan").office(office).build(),
        Decision.builder()
            .id("another-decision")
            .addOn("another")
            .method(DecisionMethod.ACCLAMATION)
            .build());
  }
}
