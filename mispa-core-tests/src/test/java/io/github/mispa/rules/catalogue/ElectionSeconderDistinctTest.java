package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.testing.RuleAssertions;
import org.junit.jupiter.api.Test;

class ElectionSeconderDistinctTest {
  private static final String RULE = "election.seconder-distinct";

  @Test
  void viceChairSecondedByItsOwnNominatorIsVoid() {
    MeetingRecord record =
        RecordEdits.replace(
            MispaV.record(),
            io.github.mispa.procedure.ActLocation.parse("2.a#19"),
            Seconding.builder().by("CRI").of(MispaV.NOMINATION_OF_VICE_CHAIR).build());

    assertThat(assertFiresOnce(record, RULE, FindingKind.VOID, "2.a#19").message())
        .isEqualTo(
            "Costa Rica seconds the nomination at 2.a#18, which it moved itself; the seconding must come"
                + " from another delegation");
  }

  @Test
  void viceChairSecondedByChileIsFine() {
    assertQuiet(MispaV.record(), RULE);
  }

  @Test
  void whereSecondingIsRequiredAnUnsecondedNominationIsDecidedInVain() {
    RuleSet secondingRequired =
        RuleSets.mispa().toBuilder().name("mispa-seconded").secondingRequired(true).build();

    // MISPA V's chair was nominated by the outgoing chair and elected without a seconding, and its
    // proposals were never seconded: under a stricter rule set those decisions are void.
    assertThat(RuleAssertions.findings(secondingRequired, MispaV.record(), RULE))
        .extracting(f -> f.location().toString())
        .containsExactly("2.a#2", "3.e#5", "4.a#17");
    assertThat(RuleAssertions.findings(secondingRequired, MispaV.record(), RULE))
        .allSatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.VOID));
  }
}
