package io.github.mispa.examples.cli;

import static io.github.mispa.examples.cli.HostileRecords.FORGING_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tool's side of the hostile-input suite, run in process: each attack of the hostile-input
 * report gives the right exit code, one line of mispa's own words on standard error where the input
 * is refused, nothing a terminal acts on, and output that grows with the distinct problems of a
 * record. {@code HostileInputIT} runs the same attacks, and those only a real process shows,
 * against the built jar.
 */
class HostileInputTest {
  /** Characters that a terminal acts on: C0 but line ends, DEL, C1, bidirectional controls. */
  private static final String TERMINAL_CONTROLS =
      "(?s).*[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u2028-\\u202E\\u2066-\\u2069].*";

  @TempDir Path dir;

  @Test
  void announcedCountsThatWouldOverflowAreRefusedRatherThanCheckedClean() {
    // 2,147,483,647 for, 2,147,483,646 against and 37 abstaining once added up to 34: exit 0.
    Path file =
        HostileRecords.write(
            dir.resolve("overflow.json"),
            HostileRecords.announced(2_147_483_647L, 2_147_483_646L, 37));

    Run run = Run.of("validate", file.toString());

    assertThat(run.code()).as(run.toString()).isEqualTo(Mispa.EXIT_BAD_INPUT);
    assertThat(run.errLines())
        .containsExactly(
            "mispa: "
                + file
                + ": not a mispa record: expected a count, an integer from 0 to 1000000, found"
                + " 2147483647 (at JSON Pointer \""
                + HostileRecords.HONDURAS_ACCEPTED
                + "/tally/announcedFor\", line 1, column "
                + column(file, "2147483647")
                + ")",
            "");
  }

  @Test
  void aNameThatForgesACleanVerdictIsPrintedEscaped() {
    Path file = HostileRecords.write(dir.resolve("hostile.json"), HostileRecords.forgingName());

    Run run = Run.of("validate", file.toString());

    assertThat(run.code()).as(run.toString()).isEqualTo(Mispa.EXIT_FINDINGS);
    assertThat(run.out()).doesNotMatch(TERMINAL_CONTROLS);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(file + ": NOT clean under mispa: 1 void finding, 0 irregular findings");
    assertThat(lines.get(1))
        .isEqualTo(
            "  2.a#19 void election.seconder-distinct (practice): Costa"
                + " Rica\\u001B[1A\\u001B[2K\\rhostile.json: clean under mispa: no"
                + " findings\\u0000\\u0085\\u202E\\u007F seconds the nomination at 2.a#18, which it"
                + " moved itself; the seconding must come from another delegation");
  }

  @Test
  void theReportAndTheStateShowTheNameEscapedToo() {
    Path file = HostileRecords.write(dir.resolve("hostile.json"), HostileRecords.forgingName());

    Run report = Run.of("report", "--with-findings", file.toString());
    Run state = Run.of("state", file.toString(), "--at", "2.a#20");

    assertThat(report.code()).isZero();
    assertThat(report.out())
        .doesNotMatch(TERMINAL_CONTROLS)
        .contains("The delegation of Costa Rica\\u001B\\[1A\\u001B\\[2K\\rhostile.json: clean");
    assertThat(state.code()).isZero();
    assertThat(state.out())
        .doesNotMatch(TERMINAL_CONTROLS)
        .contains(
            "2.a#18 nomination \"nomination-vice-chair\" by Costa"
                + " Rica\\u001B[1A\\u001B[2K\\rhostile.json: clean");
  }

  @Test
  void jsonOutputKeepsTheNameExactlyAndStillMovesNoCursor() {
    Path file = HostileRecords.write(dir.resolve("hostile.json"), HostileRecords.forgingName());

    Run run = Run.of("validate", "--format", "json", file.toString());

    assertThat(run.out()).doesNotMatch(TERMINAL_CONTROLS);
    JsonNode findings = JsonMapper.shared().readTree(run.out()).at("/records/0/findings");
    String message = null;
    for (JsonNode finding : findings) {
      if (finding.get("rule").asString().equals("election.seconder-distinct")) {
        message = finding.get("message").asString();
      }
    }
    assertThat(message).startsWith(FORGING_NAME + " seconds the nomination at 2.a#18");
  }

  @Test
  void aFieldNameWithControlCharactersIsEscapedInTheError() {
    Path file =
        HostileRecords.write(
            dir.resolve("field.json"),
            HostileRecords.edit("/meeting", m -> m.put("th\u001B[2Keme\n", 1)));

    Run run = Run.of("validate", file.toString());

    assertThat(run.code()).isEqualTo(Mispa.EXIT_BAD_INPUT);
    assertThat(run.err()).doesNotMatch(TERMINAL_CONTROLS);
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines()[0])
        .startsWith(
            "mispa: "
                + file
                + ": not a mispa record: unknown field \"th\\u001B[2Keme\\n\" in a meeting")
        .contains("(at JSON Pointer \"/meeting/th\\u001B[2Keme\\n\", line 1, column ");
  }

  @Test
  void nominationsDecidedTogetherPrintALinePerDistinctProblem() {
    // 100,000 of them (10 MB) printed 400,000 near-identical findings (82 MB); HostileInputIT
    // runs those against the jar. MISPA V's item 2.a has 23 acts: the nominations follow them.
    Path file =
        HostileRecords.write(dir.resolve("nominations.json"), HostileRecords.nominations(10_000));

    Run run = Run.of("validate", file.toString());

    assertThat(run.code()).isEqualTo(Mispa.EXIT_FINDINGS);
    assertThat(run.out().lines()).as(run.out()).hasSizeLessThan(20);
    assertThat(run.out())
        .contains(
            "  2.a#10024 void election.acclamation-unopposed (practice): elected by acclamation with"
                + " 10000 candidates for 1 seat of Vice Chair; the seat must be filled by vote\n")
        .contains(
            "  2.a#10024 irregular election.one-office (practice), 9999 findings: Mr. Julian Pacheco"
                + " Tinoco, Secretary of State for Security of Honduras is elected to two offices by"
                + " one decision\n");
  }

  @Test
  void theReportListsIdenticalFindingsOnce() {
    Path file =
        HostileRecords.write(dir.resolve("nominations.json"), HostileRecords.nominations(1_000));

    Run run = Run.of("report", "--with-findings", file.toString());

    String findings = run.out().substring(run.out().indexOf("## Findings"));
    assertThat(findings.lines()).as(findings).hasSizeLessThan(25);
    assertThat(findings)
        .contains(
            "- 2.a#1024, irregular, `election.one-office` (practice), 999 findings: Mr. Julian Pacheco"
                + " Tinoco, Secretary of State for Security of Honduras is elected to two offices by"
                + " one decision\n");
  }

  @Test
  void aFileCutShortIsOneLineInMispasWords() {
    Path file =
        HostileRecords.write(dir.resolve("truncated.json"), "{\"formatVersion\":1,\"meeting\":{");

    Run run = Run.of("validate", file.toString());

    assertThat(run.code()).isEqualTo(Mispa.EXIT_BAD_INPUT);
    assertThat(run.errLines())
        .containsExactly(
            "mispa: "
                + file
                + ": not a mispa record: the input ends before the record does, inside an object (at"
                + " JSON Pointer \"/meeting\", line 1, column 31)",
            "");
  }

  @Test
  void aStringOverTheLimitNamesTheLimitAndThePlace() {
    Path file =
        HostileRecords.write(
            dir.resolve("long.json"),
            HostileRecords.edit("/meeting", m -> m.put("theme", "x".repeat(3_000_000))));

    Run run = Run.of("validate", file.toString());

    assertThat(run.code()).isEqualTo(Mispa.EXIT_BAD_INPUT);
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines()[0])
        .startsWith(
            "mispa: "
                + file
                + ": not a mispa record: a string is longer than 1000000 characters, the limit (at"
                + " JSON Pointer \"/meeting/theme\", line 1, column ");
  }

  @Test
  void randomBytesGetNoHintsAboutJackson() {
    byte[] noise = {(byte) 0xff, (byte) 0xfe, 0, 'g', 'a', 'r', 'b', 'a', 'g', 'e', '+', '1'};

    Run run = Run.withInput(noise, "validate", "-");

    assertThat(run.code()).isEqualTo(Mispa.EXIT_BAD_INPUT);
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines()[0])
        .startsWith("mispa: standard input: not a mispa record: ")
        .doesNotContainIgnoringCase("jackson")
        .doesNotContainIgnoringCase("feature")
        .doesNotContain("`")
        .doesNotContain("REDACTED");
  }

  @Test
  void aDateWithAFiveDigitYearIsRefused() {
    Path file =
        HostileRecords.write(
            dir.resolve("date.json"),
            HostileRecords.edit("/meeting", m -> m.put("endDate", "+99999-11-20")));

    Run run = Run.of("validate", file.toString());

    assertThat(run.code()).isEqualTo(Mispa.EXIT_BAD_INPUT);
    assertThat(run.errLines()[0])
        .startsWith(
            "mispa: "
                + file
                + ": not a mispa record: expected a date as yyyy-mm-dd (ISO 8601), found"
                + " \"+99999-11-20\" (at JSON Pointer \"/meeting/endDate\"");
  }

  /** The column, from 1, of the first {@code text} in the one-line {@code file}, in bytes. */
  private static int column(Path file, String text) {
    String json = HostileRecords.read(file);
    return json.substring(0, json.indexOf(text)).getBytes(StandardCharsets.UTF_8).length + 1;
  }
}
