package io.github.mispa.rules;

import static io.github.mispa.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.mispa.examples.ValidRecords;
import io.github.mispa.model.Office;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.rules.catalogue.RuleSets;
import org.junit.jupiter.api.Test;

/** Records generated to follow the procedure check strictly clean: no finding at all. */
class ValidRecordsTest {

  @Test
  void everyValidRecordChecksStrictlyClean() {
    qt(60)
        .forAll(longs().all(), integers().between(0, 2000))
        .checkAssert(
            (seed, size) -> {
              MeetingRecord record = ValidRecords.generate(seed, size);
              Verdict verdict = RuleSets.mispa().check(record);
              assertThat(record.acts()).hasSize(size);
              assertThat(verdict.findings())
                  .as("findings of a valid record of %s acts", size)
                  .isEmpty();
            });
  }

  @Test
  void aLargeValidRecordElectsItsOfficersAndAdoptsItsOutcome() {
    Verdict verdict = RuleSets.mispa().check(ValidRecords.generate(7, 20_000));
    assertThat(verdict.findings()).isEmpty();
    assertThat(verdict.finalState().holders(Office.VICE_CHAIR)).hasSize(2);
    assertThat(verdict.finalState().adoptedDocuments()).contains("agenda", "outcome");
    assertThat(verdict.finalState().acceptedOffers()).hasSize(1);
  }
}
