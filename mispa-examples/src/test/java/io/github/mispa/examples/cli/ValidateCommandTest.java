package io.github.mispa.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void mispaVIsCleanWithItsUndeterminedQuorumGroupedByRule() {
    Run run = Run.of("validate", Records.MISPA_V.toString());

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            Records.MISPA_V
                + ": clean under mispa: no findings (void or irregular)\n"
                + "10 undetermined findings (the record lacks what the rule needs), by rule:\n"
                + "  decision.quorum (GA Rules, Art. 52), 10 acts:\n"
                + "    2.a#2, 2.a#20, 2.a#23, 2.b#1, 2.c#2: the record has no attendance for session"
                + " 2, so the quorum (18 of 34 member states) cannot be checked\n"
                + "    3.e#5: the record has no attendance for session 3, so the quorum (18 of 34"
                + " member states) cannot be checked\n"
                + "    4.a#17: the record has no attendance for session 4, so the quorum (18 of 34"
                + " member states) cannot be checked\n"
                + "    6#2, 6#7, 6#10: the record has no attendance for session 6, so the quorum (18"
                + " of 34 member states) cannot be checked\n");
  }

  @Test
  void aRecordWithAVoidSecondingExitsOneAndNamesTheRule() {
    Path broken = Records.write(Records.selfSeconded(), dir.resolve("broken.json"));

    Run run = Run.of("validate", broken.toString());

    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith(broken + ": NOT clean under mispa: 1 void finding, 0 irregular findings\n")
        .contains(
            "  2.a#19 void election.seconder-distinct (practice): Costa Rica seconds the nomination"
                + " at 2.a#18, which it moved itself; the seconding must come from another"
                + " delegation\n")
        .contains("decision.quorum (GA Rules, Art. 52), 10 acts:");
  }

  @Test
  void underTheGeneralAssemblysRulesNobodyIsDesignatedToPresideSoThatIsUndetermined() {
    Run run = Run.of("validate", "--rules", "oas-general-assembly", Records.MISPA_V.toString());

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("clean under oas-general-assembly")
        .contains("presiding.provisional (practice (MISPA V; GA 2015)), 1 act:");
  }

  @Test
  void theWorstOutcomeOfSeveralFilesDecidesTheExitCodeAndEveryFileIsReported() {
    Path broken = Records.write(Records.selfSeconded(), dir.resolve("broken.json"));

    Run findings = Run.of("validate", Records.MISPA_V.toString(), broken.toString());
    assertThat(findings.code()).isEqualTo(1);
    assertThat(findings.out())
        .contains(Records.MISPA_V + ": clean under mispa")
        .contains("\n\n" + broken + ": NOT clean under mispa");

    Path missing = dir.resolve("missing.json");
    Run unreadable =
        Run.of("validate", broken.toString(), missing.toString(), Records.MISPA_V.toString());
    assertThat(unreadable.code()).isEqualTo(2);
    assertThat(unreadable.errLines())
        .containsExactly("mispa: " + missing + ": cannot be read: no such file", "");
    assertThat(unreadable.out())
        .contains(broken + ": NOT clean")
        .contains(Records.MISPA_V + ": clean");
  }

  @Test
  void asJsonEachRecordHasItsFindingsWithPathsAndCitations() {
    Path broken = Records.write(Records.selfSeconded(), dir.resolve("broken.json"));
    Path empty = dir.resolve("empty.json");
    Run run =
        Run.of(
            "validate",
            "--format",
            "json",
            Records.MISPA_V.toString(),
            broken.toString(),
            empty.toString());

    assertThat(run.code()).isEqualTo(2);
    JsonNode json = JsonMapper.shared().readTree(run.out());
    assertThat(json.get("ruleSet").asString()).isEqualTo("mispa");
    JsonNode mispaV = json.get("records").get(0);
    assertThat(mispaV.get("clean").asBoolean()).isTrue();
    assertThat(mispaV.get("meeting").asString()).isEqualTo("MISPA V");
    assertThat(mispaV.get("counts").get("undetermined").asInt()).isEqualTo(10);
    assertThat(mispaV.get("findings").size()).isEqualTo(10);

    JsonNode brokenResult = json.get("records").get(1);
    assertThat(brokenResult.get("clean").asBoolean()).isFalse();
    assertThat(brokenResult.get("findings").size()).isEqualTo(11);
    JsonNode seconding = brokenResult.get("findings").get(1);
    assertThat(seconding.get("rule").asString()).isEqualTo("election.seconder-distinct");
    assertThat(seconding.get("kind").asString()).isEqualTo("void");
    assertThat(seconding.get("location").asString()).isEqualTo("2.a#19");
    assertThat(seconding.get("path").asString()).isEqualTo("/sessions/1/items/0/acts/18");
    assertThat(seconding.get("citation").asString()).isEqualTo("practice");
    assertThat(seconding.get("message").asString()).startsWith("Costa Rica seconds");

    JsonNode error = json.get("records").get(2).get("error");
    assertThat(error.get("kind").asString()).isEqualTo("UNREADABLE_FILE");
    assertThat(run.errLines()).hasSize(2);
  }

  @Test
  void aRecordWithABrokenReferenceIsUnreadableAndThePointerIsPrinted() throws Exception {
    String json =
        java.nio.file.Files.readString(Records.MISPA_V)
            .replace("\"of\": \"nomination-vice-chair\"", "\"of\": \"nomination-of-nobody\"");
    Path file = java.nio.file.Files.writeString(dir.resolve("dangling.json"), json);

    Run run = Run.of("validate", "--format", "json", file.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "mispa: "
                + file
                + ": not a mispa record: seconding at 2.a#19 refers to act \"nomination-of-nobody\","
                + " which is not defined before it (at JSON Pointer"
                + " \"/sessions/1/items/0/acts/18/of\")",
            "");
    JsonNode error = JsonMapper.shared().readTree(run.out()).get("records").get(0).get("error");
    assertThat(error.get("kind").asString()).isEqualTo("INVALID_RECORD");
    assertThat(error.get("pointer").asString()).isEqualTo("/sessions/1/items/0/acts/18/of");
  }
}
