package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static io.github.mispa.testing.RuleAssertions.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.FindingKind;
import org.junit.jupiter.api.Test;

class OutcomeBeforeClosingTest {
  private static final String RULE = "outcome.before-closing";

  @Test
  void theRecommendationsAdoptedInTheClosingSessionAreIrregular() {
    MeetingRecord record = MispaV.record();
    var adoption =
        record.act(MispaV.ADOPTION_OF_RECOMMENDATIONS).map(RecordedAct::act).orElseThrow();
    record =
        RecordEdits.append(
            RecordEdits.remove(record, MispaV.ADOPTION_OF_RECOMMENDATIONS), "7.c", adoption);

    assertThat(findings(record, RULE))
        .extracting(f -> f.location().toString(), f -> f.kind(), f -> f.message())
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                "7.a#1",
                FindingKind.IRREGULAR,
                "the closing session opens before the outcome document \"Recommendations of Lima for the"
                    + " Prevention of Crime, Violence, and Insecurity\" is adopted"),
            org.assertj.core.api.Assertions.tuple(
                "7.c#2",
                FindingKind.IRREGULAR,
                "the outcome document \"Recommendations of Lima for the Prevention of Crime, Violence, and"
                    + " Insecurity\" is adopted in the closing session"));
  }

  @Test
  void theRecommendationsAdoptedInSessionSixAreFine() {
    assertQuiet(MispaV.record(), RULE);
  }
}
