package io.github.mispa.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mispa next}: what may happen next at a point of a record, and the act there tried. */
class NextCommandTest {
  private static final String FILE = Records.MISPA_V.toString();

  @TempDir Path dir;

  @Test
  void beforeTheSecondingOfTheViceChairsNominationEveryoneButCostaRicaMaySecondIt() {
    Run run = Run.of("next", FILE, "--at", "2.a#19");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith(
            """
            Next at 2.a#19, under mispa:
            Session: 2, opening (Opening session); item 2.a, Election of officers
            Presiding: Mr. José Luis Pérez Guadalupe, Minister of the Interior of Peru
            Agenda: not adopted
            Point of order awaiting a ruling: none
            Member states counted: 34 member states; not counted: Cuba (not participating)
            Offices to fill:
              Vice Chair: 2 of 2 seats open, nominated: 2.a#18 Julian Pacheco Tinoco; elected by\
             a majority of the 34 member states, 18 votes (for an election: practice; OAS Charter,\
             Art. 59)
              Rapporteur: 1 of 1 seat open, no nomination; elected by a majority of the 34 member\
             states, 18 votes (for an election: practice; OAS Charter, Art. 59)
            Pending motions:
            """)
        .contains(
            """
              2.a#18 nomination "nomination-vice-chair" by Costa Rica
                may second: every delegation that may decide (23) but Costa Rica
                may support or object: every delegation that may decide (23)
                carried by a majority of the 34 member states, 18 votes (for an election: practice;\
             OAS Charter, Art. 59)
            """)
        .contains(
            """
              2.a#15 amendment "amendment-colombia-nicaragua" by Colombia
                may second: every delegation that may decide (23) but Colombia and Nicaragua
                may support, amend or object: every delegation that may decide (23)
            """)
        .contains(
            "  MISPA V/doc.1/15 rev. 1 the draft agenda: adopted by two-thirds of the 34 member"
                + " states, 23 votes (for the agenda: OAS Charter; GA Rules)\n")
        .endsWith("If recorded now, the act at 2.a#19, seconding by Chile, would be clean.\n");
  }

  @Test
  void aSelfSecondingWouldBeVoidAndExitsOne() {
    Path selfSeconded = Records.write(Records.selfSeconded(), dir.resolve("self-seconded.json"));

    Run run = Run.of("next", selfSeconded.toString(), "--at", "2.a#19");

    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .endsWith(
            "If recorded now, the act at 2.a#19, seconding by Costa Rica, would be void:\n"
                + "  2.a#19 void election.seconder-distinct (practice): Costa Rica seconds the"
                + " nomination at 2.a#18, which it moved itself; the seconding must come from another"
                + " delegation\n");
  }

  @Test
  void anIrregularActWouldStandAndExitsOne() {
    Path record =
        Path.of("..", "conformance", "point-of-order.ruling", "fires-ruling-not-at-once.json");

    Run run = Run.of("next", record.toString(), "--at", "4.f#9");

    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    assertThat(run.out())
        .contains("Point of order awaiting a ruling: 4.f#8 \"point\"\n")
        .endsWith(
            "If recorded now, the act at 4.f#9, intervention by Argentina, would be irregular (it"
                + " would stand):\n"
                + "  4.f#9 irregular point-of-order.ruling (GA Rules, Art. 57): the point of order"
                + " \"point\" was not ruled on at once\n");
  }

  @Test
  void withoutALocationItLooksAfterTheLastActAndTriesNothing() {
    Run run = Run.of("next", FILE);

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .startsWith("Next, after 7.c#1 (the record's last act), under mispa:\n")
        .contains("Agenda: adopted\n")
        .contains("Pending motions: none\n")
        .endsWith("Documents to adopt: none\n")
        .doesNotContain("If recorded now");
  }

  @Test
  void underTheGeneralAssemblysRulesTheSameMotionsArePending() {
    Run mispa = Run.of("next", FILE, "--at", "2.a#19");
    Run assembly = Run.of("next", FILE, "--at", "2.a#19", "--rules", "oas-general-assembly");

    assertThat(assembly.code()).as(assembly.toString()).isZero();
    assertThat(assembly.out()).startsWith("Next at 2.a#19, under oas-general-assembly:\n");
    assertThat(pendingMotions(assembly.out())).isEqualTo(pendingMotions(mispa.out()));
  }

  private static String pendingMotions(String out) {
    return out.substring(out.indexOf("Pending motions:"), out.indexOf("Documents to adopt:"));
  }
}
