package io.github.mispa.rules;

import static io.github.mispa.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.mispa.examples.SyntheticRecords;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.catalogue.RuleSets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Checking any record that could be built: never throws, same findings every time, valid places.
 */
class ReplayPropertiesTest {

  @Test
  void checkingAGeneratedRecordNeverThrowsAndFindingsPointAtItsActs() {
    qt(150)
        .forAll(longs().all(), integers().between(0, 600))
        .checkAssert(
            (seed, size) -> {
              MeetingRecord record = SyntheticRecords.generate(seed, size);
              Verdict first = RuleSets.mispa().check(record);
              Verdict second =
                  RuleSets.oasGeneralAssembly().toBuilder()
                      .name("mispa-again")
                      .provisionalPresidency(RuleSets.mispa().provisionalPresidency())
                      .build()
                      .check(record);

              assertThat(second.findings()).isEqualTo(first.findings());
              assertThat(first.findings()).isSorted();
              for (Finding f : first.findings()) {
                Optional<RecordedAct> act = record.act(f.location());
                assertThat(act).as("act at %s", f.location()).isPresent();
                assertThat(f.path()).startsWith(act.get().path());
                assertThat(RuleSets.mispa().rule(f.ruleId())).isPresent();
              }
            });
  }

  @Test
  void theStateBeforeAnActIsTheStateTheCheckSawThere() {
    qt(40)
        .forAll(longs().all(), integers().between(1, 300), integers().between(0, 299))
        .assuming((seed, size, at) -> at < size)
        .checkAssert(
            (seed, size, at) -> {
              MeetingRecord record = SyntheticRecords.generate(seed, size);
              RecordedAct act = record.acts().get(at);
              ProceduralState before = RuleSets.mispa().stateBefore(record, act.location());
              ProceduralState after =
                  at + 1 < size
                      ? RuleSets.mispa().stateBefore(record, record.acts().get(at + 1).location())
                      : null;
              // Replaying to a point twice gives the same state.
              ProceduralState again = RuleSets.mispa().stateBefore(record, act.location());
              assertThat(again.adoptedDocuments()).isEqualTo(before.adoptedDocuments());
              assertThat(again.acceptedOffers()).isEqualTo(before.acceptedOffers());
              assertThat(again.chairElected()).isEqualTo(before.chairElected());
              if (after != null) {
                // Adopted documents only change through decisions.
                if (!(act.act() instanceof io.github.mispa.procedure.DecisionAct)) {
                  assertThat(after.adoptedDocuments()).isEqualTo(before.adoptedDocuments());
                }
              }
            });
  }

  @Test
  void largeRecordsCheckInOnePass() {
    MeetingRecord record = SyntheticRecords.generate(7, 20_000);
    Verdict verdict = RuleSets.mispa().check(record);
    List<Finding> findings = verdict.findings();
    assertThat(findings).isNotEmpty().isSorted();
    assertThat(verdict.toString()).startsWith("MISPA IX under mispa: ");
  }
}
