package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.rules.FindingKind;
import org.junit.jupiter.api.Test;

class PresidingDeclaresTest {
  private static final String RULE = "presiding.declares";

  @Test
  void theRapporteurDeclaringTheAcceptanceOfHondurasOfferIsVoid() {
    MeetingRecord record =
        RecordEdits.replace(
            MispaV.record(),
            MispaV.HONDURAS_ACCEPTED,
            a -> ((Decision) a).toBuilder().person(MispaV.RAPPORTEUR).build());

    assertThat(assertFiresOnce(record, RULE, FindingKind.VOID, "6#7").message())
        .contains("Patricia D’Costa")
        .contains("neither the chair");
    assertThat(RuleSets.mispa().check(record).finalState().acceptedOffers()).isEmpty();
  }

  @Test
  void theViceChairDeclaringForTheChairIsFine() {
    MeetingRecord record =
        RecordEdits.replace(
            MispaV.record(),
            MispaV.HONDURAS_ACCEPTED,
            a -> ((Decision) a).toBuilder().person(MispaV.VICE_CHAIR).build());

    assertQuiet(record, RULE);
  }
}
