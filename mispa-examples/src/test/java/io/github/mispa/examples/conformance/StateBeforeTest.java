package io.github.mispa.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.StateProbe;
import io.github.mispa.json.MispaJson;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.catalogue.RuleSets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * On every record of the conformance suite, the state {@code stateBefore} gives for each act is the
 * state the check showed the rules there, as a probe rule recorded it: every public query answers
 * alike.
 */
class StateBeforeTest {
  @Test
  void theStateBeforeEachActOfEveryCaseIsTheStateTheCheckSawThere() throws IOException {
    List<Path> cases;
    try (Stream<Path> files = Files.walk(CheckedInSuiteTest.SUITE)) {
      cases =
          files
              .filter(
                  p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
              .sorted()
              .toList();
    }
    assertThat(cases).hasSizeGreaterThan(90);
    for (Path file : cases) {
      MeetingRecord record = MispaJson.standard().read(file);
      for (RuleSet rules : List.of(RuleSets.mispa(), RuleSets.oasGeneralAssembly())) {
        StateProbe probe = new StateProbe();
        rules.withRule(probe).check(record);
        assertThat(probe.seen()).containsExactlyElementsOf(record.acts());
        for (int i = 0; i < record.acts().size(); i++) {
          RecordedAct act = record.acts().get(i);
          assertThat(StateProbe.fingerprint(rules.stateBefore(record, act.location())))
              .as("%s under %s, before %s", file, rules.name(), act.location())
              .isEqualTo(probe.fingerprints().get(i));
        }
      }
    }
  }
}
