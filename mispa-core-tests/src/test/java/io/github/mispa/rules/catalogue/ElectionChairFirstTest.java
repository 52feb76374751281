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

class ElectionChairFirstTest {
  private static final String RULE = "election.chair-first";

  @Test
  void electingAViceChairBeforeTheChairIsIrregular() {
    MeetingRecord record =
        RecordEdits.insertBefore(
            MispaV.record(),
            MispaV.NOMINATION_OF_CHAIR,
            Nomination.builder()
                .id("early")
                .by("ARG")
                .nominee("romero-fernandez")
                .office(Office.VICE_CHAIR)
                .build(),
            Decision.builder().addOn("early").method(DecisionMethod.ACCLAMATION).build());

    assertThat(assertFiresOnce(record, RULE, FindingKind.IRREGULAR, "2.a#2").message())
        .isEqualTo(
            "General Vicente Romero Fernandez, Director General of the National Police of Peru is elected"
                + " Vice Chair before the chair is elected");
  }

  @Test
  void electingTheChairAndAViceChairTogetherIsFine() {
    MeetingRecord record =
        RecordEdits.replace(
            RecordEdits.insertBefore(
                MispaV.record(),
                MispaV.ELECTION_OF_CHAIR,
                Nomination.builder()
                    .id("early")
                    .by("ARG")
                    .nominee("romero-fernandez")
                    .office(Office.VICE_CHAIR)
                    .build()),
            MispaV.ELECTION_OF_CHAIR,
            a -> ((Decision) a).toBuilder().addOn("early").build());

    assertQuiet(record, RULE);
  }

  @Test
  void mispaVElectedTheChairFirst() {
    assertQuiet(MispaV.record(), RULE);
  }
}
