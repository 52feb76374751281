package io.github.mispa.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.report.RapporteurReport;
import io.github.mispa.rules.catalogue.RuleSets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report, state, schema and help commands, run in process. */
class CommandsTest {
  private static final String FILE = Records.MISPA_V.toString();

  @Test
  void theReportIsTheRapporteursReportOfTheRecord() {
    Run run = Run.of("report", FILE);

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(RapporteurReport.of(MispaV.record()).render());
    assertThat(run.out()).startsWith("# Report of the Rapporteur of the Fifth Meeting");
  }

  @Test
  void theReportWithFindingsAndLocations() {
    Run run = Run.of("report", FILE, "--with-findings", "--with-locations");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .isEqualTo(
            RapporteurReport.of(RuleSets.mispa().check(MispaV.record()))
                .withFindings()
                .withLocations()
                .render())
        .contains("## Findings under the “mispa” rules")
        .contains("<!-- 2.a#1 -->");
  }

  @Test
  void theStateBeforeTheChairsElection() {
    Run run = Run.of("state", FILE, "--at", "2.a#2");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .startsWith(
            """
            Before 2.a#2 (decision "election-chair" by Luis Carlos Villegas), under mispa:
            Session: 2, opening (Opening session); item 2.a, Election of officers
            Presiding: Mr. Luis Carlos Villegas, Minister of Defense of Colombia
            Provisional president: Mr. Luis Carlos Villegas, Minister of Defense of Colombia
            Member states counted: 34 member states; not counted: Cuba (not participating)
            Majorities, unless the record states one:
              a substantive question: a majority of the 34 member states, 18 votes (OAS Charter, Art. 59)
              a procedural question: a majority of the 34 member states, 18 votes (OAS Charter, Art. 59 (no lower majority for procedure was found in the texts))
              the agenda: two-thirds of the 34 member states, 23 votes (OAS Charter; GA Rules)
              a reconsideration: two-thirds of the 34 member states, 23 votes (GA Rules, Art. 56)
              an election: a majority of the 34 member states, 18 votes (practice; OAS Charter, Art. 59)
              the suspension of a rule: two-thirds of the 34 member states, 23 votes (GA Rules, Art. 53 (waiving the distribution period))
            Officers:
              Chair: none
              Vice Chair: none
              Rapporteur: none
            Agenda: not adopted
            Pending motions:
              2.a#1 nomination "nomination-chair" by Luis Carlos Villegas
            Adopted documents: none
            """);
  }

  @Test
  void theStateBeforeTheRecommendationsAreAdopted() {
    Run run = Run.of("state", FILE, "--at", "6#10");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            """
            Officers:
              Chair: Mr. José Luis Pérez Guadalupe, Minister of the Interior of Peru
              Vice Chair: Mr. Julian Pacheco Tinoco, Secretary of State for Security of Honduras
              Rapporteur: Patricia D’Costa, Alternate Representative of Canada to the OAS
            Agenda: adopted
            """)
        .contains("Adopted documents:\n  MISPA V/doc.1/15 rev. 1 the draft agenda\n")
        .contains(
            """
            Draft documents (not information documents):
              Recommendations of Lima for the Prevention of Crime, Violence, and Insecurity
            """)
        .contains("Accepted hosting offers:\n  MISPA VI: Honduras\n")
        .endsWith("Point of order awaiting a ruling: none\n")
        .doesNotContain("Provisional president");
  }

  @Test
  void theStateNamesViceChairsByRank() {
    Run run =
        Run.of(
            "state",
            "../conformance/election.office-capacity/near-miss-first-and-second-vice-chairs.json",
            "--at",
            "3.a#1");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            """
            Officers:
              Chair: Mr. José Luis Pérez Guadalupe, Minister of the Interior of Peru
              First Vice Chair: Mr. Julian Pacheco Tinoco, Secretary of State for Security of Honduras
              Second Vice Chair: Mr. Benito Lara, Minister of Justice and Public Security of El Salvador
              Rapporteur: Patricia D’Costa, Alternate Representative of Canada to the OAS
            Agenda: adopted
            """)
        .doesNotContain("  Vice Chair:");
  }

  @Test
  void theStateGivesTheRuleSetsMajorities() {
    Run run = Run.of("state", FILE, "--at", "2.a#2", "--rules", "oas-permanent-council");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "  the agenda: a majority of the 34 member states, 18 votes (practice: the Council")
        .contains("  a reconsideration: two-thirds of the 34 member states, 23 votes (")
        .doesNotContain("  the agenda: two-thirds");
  }

  @Test
  void theSchemaIsTheOneTheJsonJarShips() throws IOException {
    Run run = Run.of("schema");

    assertThat(run.code()).isZero();
    try (InputStream in =
        io.github.mispa.json.MispaJson.class.getResourceAsStream("mispa-record.schema.json")) {
      assertThat(in).isNotNull();
      assertThat(run.out()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    JsonNode schema = JsonMapper.shared().readTree(run.out());
    assertThat(schema.get("$schema").asString()).contains("2020-12");
  }

  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    Run run = Run.of("--help");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("Usage: mispa")
        .contains("validate")
        .contains("report")
        .contains("state")
        .contains("next")
        .contains("schema")
        .contains("conformance")
        .contains("Exit codes:");
    assertThat(Run.of("help", "validate").out())
        .contains("--format=FORMAT")
        .contains("--rules=NAME");
    assertThat(Run.of("--version").out()).startsWith("mispa ");
  }

  @Test
  void anErrorOfTheToolItselfIsOneLineAndExitCodeThree() {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    java.io.PrintWriter outWriter = new java.io.PrintWriter(out);
    java.io.PrintWriter errWriter = new java.io.PrintWriter(err);
    picocli.CommandLine commandLine =
        Mispa.commandLine(java.io.InputStream.nullInputStream(), outWriter, errWriter);
    commandLine.addSubcommand("boom", new Boom());
    commandLine.setOut(outWriter).setErr(errWriter); // a subcommand added later needs them too

    int code = commandLine.execute("boom");

    assertThat(code).isEqualTo(Mispa.EXIT_INTERNAL_ERROR);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .isEqualTo("mispa: internal error: java.lang.IllegalStateException: a bug on two lines\n");
  }

  /** A command with a bug. */
  @picocli.CommandLine.Command(name = "boom")
  static final class Boom implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug\n  on two lines");
    }
  }
}
