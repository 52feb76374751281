package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.AmendmentChange;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.rules.FindingKind;
import org.junit.jupiter.api.Test;

class AmendmentPartialTest {
  private static final String RULE = "amendment.partial";

  @Test
  void anAmendmentReplacingTheWholeStatementIsVoid() {
    assertFiresOnce(withChange(AmendmentChange.REPLACEMENT), RULE, FindingKind.VOID, "2.a#15");
  }

  @Test
  void anAmendmentDeletingPartOfItIsFine() {
    assertQuiet(withChange(AmendmentChange.DELETION), RULE);
    assertQuiet(MispaV.record(), RULE);
  }

  private static MeetingRecord withChange(AmendmentChange change) {
    return RecordEdits.replace(
        MispaV.record(),
        MispaV.COLOMBIA_NICARAGUA_AMENDMENT,
        a -> ((Amendment) a).toBuilder().change(change).build());
  }
}
