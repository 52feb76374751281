package io.github.mispa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MispaVExampleTest {

  @Test
  void theSummaryNamesTheOfficersTheDecisionsTheDocumentsAndTheNextHost() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MispaVExample.print(MispaV.record(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out)
        .startsWith("MISPA V, Lima, Peru, 2015-11-19 to 2015-11-20: 7 sessions, 111 acts")
        .contains("Chair: Mr. José Luis Pérez Guadalupe, Minister of the Interior of Peru")
        .contains(
            "Vice Chair: Mr. Julian Pacheco Tinoco, Secretary of State for Security of Honduras")
        .contains("Rapporteur: Patricia D’Costa, Alternate Representative of Canada to the OAS")
        .contains("2.a#20 elected Julian Pacheco Tinoco as Vice Chair (acclamation)")
        .contains("MISPA V/doc.1/15 rev. 1 the draft agenda")
        .contains("Recommendations of Lima for the Prevention of Crime, Violence, and Insecurity")
        .contains("Next host: Honduras (MISPA VI)")
        .contains("Check under \"mispa\": clean")
        .contains("undetermined decision.quorum at 10 acts");
  }
}
