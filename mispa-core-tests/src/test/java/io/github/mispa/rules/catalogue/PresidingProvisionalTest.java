package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.model.Office;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.rules.FindingKind;
import org.junit.jupiter.api.Test;

class PresidingProvisionalTest {
  private static final String RULE = "presiding.provisional";

  @Test
  void theChairsElectionDeclaredByTheNomineeHimselfIsVoid() {
    MeetingRecord record =
        RecordEdits.replace(
            MispaV.record(),
            MispaV.ELECTION_OF_CHAIR,
            a -> ((Decision) a).toBuilder().person(MispaV.CHAIR).build());

    assertThat(assertFiresOnce(record, RULE, FindingKind.VOID, "2.a#2").message())
        .contains("only the provisional president, Mr. Luis Carlos Villegas");
    assertThat(RuleSets.mispa().check(record).finalState().holders(Office.CHAIR)).isEmpty();
  }

  @Test
  void theOutgoingChairDeclaringTheElectionIsFine() {
    assertQuiet(MispaV.record(), RULE);
  }

  @Test
  void withoutAPreviousChairOnRecordADeclarationIsUndetermined() {
    MeetingRecord record =
        MispaV.record().toBuilder()
            .meeting(
                MispaV.record().meeting().toBuilder()
                    .previous(
                        MispaV.record().meeting().previous().orElseThrow().toBuilder()
                            .chair(java.util.Optional.empty())
                            .build())
                    .build())
            .build();

    assertFiresOnce(record, RULE, FindingKind.UNDETERMINED, "2.a#2");
  }

  @Test
  void underTheGeneralAssemblysRulesTheHostDesignatesThePresident() {
    MeetingRecord record =
        MispaV.record().toBuilder()
            .meeting(
                MispaV.record().meeting().toBuilder()
                    .designatedProvisionalPresident(MispaV.OUTGOING_CHAIR)
                    .build())
            .build();

    assertThat(
            io.github.mispa.testing.RuleAssertions.findings(
                RuleSets.oasGeneralAssembly(), record, RULE))
        .isEmpty();
    assertThat(
            io.github.mispa.testing.RuleAssertions.findings(
                RuleSets.oasGeneralAssembly(), MispaV.record(), RULE))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.UNDETERMINED));
  }
}
