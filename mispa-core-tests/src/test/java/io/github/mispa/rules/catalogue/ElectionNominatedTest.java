package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.model.Office;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Withdrawal;
import io.github.mispa.rules.FindingKind;
import org.junit.jupiter.api.Test;

class ElectionNominatedTest {
  private static final String RULE = "election.nominated";

  @Test
  void electingAViceChairWhoseNominationWasWithdrawnIsVoid() {
    MeetingRecord record =
        RecordEdits.insertBefore(
            MispaV.record(),
            MispaV.ELECTION_OF_VICE_CHAIR,
            Withdrawal.builder().by("CRI").of(MispaV.NOMINATION_OF_VICE_CHAIR).build());

    assertThat(assertFiresOnce(record, RULE, FindingKind.VOID, "2.a#21").message())
        .contains("has no standing nomination for Vice Chair")
        .contains("withdrawn");
    assertThat(RuleSets.mispa().check(record).finalState().holders(Office.VICE_CHAIR)).isEmpty();
  }

  @Test
  void electingOnAStandingNominationIsFine() {
    assertQuiet(MispaV.record(), RULE);
  }
}
