package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static io.github.mispa.testing.RuleAssertions.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.Instruction;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.testing.Mutations;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParticipationMemberDecidesTest {
  private static final String RULE = "participation.member-decides";

  @Test
  void nicaraguaNominatingIn2024IsVoid() {
    MeetingRecord record =
        RecordEdits.replace(
            Mutations.heldOn(MispaV.record(), LocalDate.of(2024, 3, 4)),
            MispaV.NOMINATION_OF_VICE_CHAIR,
            a -> ((Nomination) a).toBuilder().by("NIC").build());

    Finding nomination =
        findings(record, RULE).stream()
            .filter(f -> f.location().toString().equals("2.a#18"))
            .findFirst()
            .orElseThrow();
    assertThat(nomination.kind()).isEqualTo(FindingKind.VOID);
    assertThat(nomination.message())
        .contains("Nicaragua is not a member in good standing on 2024-03-04 (withdrawn)");
  }

  @Test
  void nicaraguaNominatingIn2015IsFine() {
    MeetingRecord record =
        RecordEdits.replace(
            MispaV.record(),
            MispaV.NOMINATION_OF_VICE_CHAIR,
            a -> ((Nomination) a).toBuilder().by("NIC").build());

    assertQuiet(record, RULE);
  }

  @Test
  void anObserverProposingATextIsVoid() {
    MeetingRecord record =
        RecordEdits.append(
            Mutations.withFrance(MispaV.record()),
            "4.f",
            Proposal.builder().by("FRA").text("a declaration on firearms").build());

    Finding finding = assertFiresOnce(record, RULE, FindingKind.VOID, "4.f#8");
    assertThat(finding.message())
        .contains("France is a permanent observer, not a member-state delegation");
  }

  @Test
  void theSecretaryGeneralMayNotInstructTheSecretariatButTheChairMay() {
    MeetingRecord record =
        RecordEdits.append(
            MispaV.record(),
            "6",
            Instruction.builder().person("almagro").text("publish the report").build());

    assertFiresOnce(record, RULE, FindingKind.VOID, "6#11");
    assertQuiet(MispaV.record(), RULE); // the Chair's instruction at 6#8 and proposal at 2.a#4
  }

  @Test
  void venezuelasDisputedStandingLeavesItsNominationUndetermined() {
    MeetingRecord record =
        RecordEdits.replace(
            Mutations.heldOn(MispaV.record(), LocalDate.of(2020, 6, 1)),
            MispaV.NOMINATION_OF_VICE_CHAIR,
            a -> ((Nomination) a).toBuilder().by("VEN").build());

    assertThat(findings(record, RULE))
        .filteredOn(f -> f.location().toString().equals("2.a#18"))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.UNDETERMINED));
  }
}
