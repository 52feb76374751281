package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.rules.FindingKind;
import org.junit.jupiter.api.Test;

class ElectionOneOfficeTest {
  private static final String RULE = "election.one-office";

  @Test
  void electingTheChairAsRapporteurToo() {
    MeetingRecord record =
        RecordEdits.replace(
            MispaV.record(),
            MispaV.NOMINATION_OF_RAPPORTEUR,
            a -> ((Nomination) a).toBuilder().nominee(MispaV.CHAIR).build());

    assertThat(assertFiresOnce(record, RULE, FindingKind.IRREGULAR, "2.a#23").message())
        .endsWith("is elected Rapporteur while holding the office of Chair");
  }

  @Test
  void threeOfficersThreePersonsIsFine() {
    assertQuiet(MispaV.record(), RULE);
  }
}
