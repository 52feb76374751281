package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.rules.FindingKind;
import org.junit.jupiter.api.Test;

class ElectionBeforeAgendaTest {
  private static final String RULE = "election.before-agenda";

  @Test
  void electingTheRapporteurAfterTheAgendaIsAdoptedIsIrregular() {
    MeetingRecord record = MispaV.record();
    var election = record.act(MispaV.ELECTION_OF_RAPPORTEUR).orElseThrow().act();
    record =
        RecordEdits.append(
            RecordEdits.remove(record, MispaV.ELECTION_OF_RAPPORTEUR), "2.b", election);

    assertFiresOnce(record, RULE, FindingKind.IRREGULAR, "2.b#2");
  }

  @Test
  void electingTheRapporteurJustBeforeTheAgendaIsFine() {
    assertQuiet(MispaV.record(), RULE);
  }
}
