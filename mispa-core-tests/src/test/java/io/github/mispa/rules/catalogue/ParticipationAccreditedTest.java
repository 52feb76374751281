package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static io.github.mispa.testing.RuleAssertions.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.model.Office;
import io.github.mispa.procedure.Intervention;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.testing.Mutations;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipationAccreditedTest {
  private static final String RULE = "participation.accredited";

  @Test
  void actsOfADelegationWhoseCredentialsWereNotAcceptedAreVoid() {
    MeetingRecord record =
        Mutations.changeParticipant(
            MispaV.record(), "CRI", p -> p.toBuilder().accredited(false).build());

    List<Finding> found = findings(record, RULE);
    assertThat(found)
        .extracting(f -> f.location().toString())
        .containsExactly("2.a#18", "4.e#3", "6#6");
    assertThat(found).allSatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.VOID));
    assertThat(found.get(0).message()).contains("Costa Rica is not accredited to MISPA V");
    // The void nomination elects nobody: Honduras' Secretary of State never becomes Vice Chair.
    assertThat(RuleSets.mispa().check(record).finalState().holders(Office.VICE_CHAIR)).isEmpty();
  }

  @Test
  void observersAreNotDelegationsAndTheRuleLeavesThemAlone() {
    MeetingRecord record =
        Mutations.changeParticipant(
            Mutations.withFrance(MispaV.record()),
            "FRA",
            p -> p.toBuilder().accredited(false).build());
    record = RecordEdits.append(record, "4.f", Intervention.builder().by("FRA").build());

    assertQuiet(record, RULE);
  }

  @Test
  void everyDelegationOfMispaVIsAccredited() {
    assertQuiet(MispaV.record(), RULE);
  }
}
