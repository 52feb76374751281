package io.github.mispa.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code mispa validate} on folders: their {@code *.json} files, in them and below, checked on
 * several threads, printed in the order of their paths and summed up at the end.
 */
class ValidateFoldersTest {
  @TempDir Path dir;

  private Path archive;
  private Path clean;
  private Path selfSeconded;
  private Path cut;

  /**
   * An archive of three years: MISPA V, clean; the same record with a void seconding, in a folder
   * below; a file cut short; and files that are not records by their name.
   */
  @BeforeEach
  void archive() throws IOException {
    archive = Files.createDirectories(dir.resolve("archive"));
    clean =
        Files.copy(
            Records.MISPA_V,
            Files.createDirectories(archive.resolve("2015")).resolve("mispa-v.json"));
    selfSeconded =
        Records.write(
            Records.selfSeconded(),
            Files.createDirectories(archive.resolve("2016/drafts")).resolve("self-seconded.json"));
    cut =
        Files.writeString(
            Files.createDirectories(archive.resolve("2017")).resolve("cut.json"),
            "{\"meeting\": {",
            StandardCharsets.UTF_8);
    Files.writeString(archive.resolve("README.md"), "# Not a record\n");
    Files.writeString(archive.resolve("2015/notes.txt"), "not a record either\n");
  }

  @Test
  void everyRecordBelowTheFolderIsCheckedInTheOrderOfItsPathAndSummedUp() {
    Run run = Run.of("validate", archive.toString());

    assertThat(run.code()).as("a file that is not a record wins: exit 2").isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "mispa: "
                + cut
                + ": not a mispa record: the input ends before the record does, inside an object"
                + " (at JSON Pointer \"/meeting\", line 1, column 14)",
            "");
    String out = run.out();
    assertThat(out.indexOf(clean + ": clean under mispa"))
        .isNotNegative()
        .isLessThan(out.indexOf(selfSeconded + ": NOT clean under mispa"));
    assertThat(out)
        .endsWith(
            """

            Summary: 3 records under mispa: 1 clean, 1 with findings, 1 unreadable
            Findings by rule:
              decision.quorum: 20 undetermined, in 2 records
              election.seconder-distinct: 1 void, in 1 record
            """)
        .doesNotContain("README.md")
        .doesNotContain("notes.txt");
  }

  @Test
  void withoutUnreadableFilesFindingsExitOneAndACleanFolderZero() {
    Run findings = Run.of("validate", "--exclude", "cut.json", archive.toString());
    Run cleanOnly = Run.of("validate", archive.resolve("2015").toString());

    assertThat(findings.code()).as(findings.toString()).isEqualTo(1);
    assertThat(findings.err()).isEmpty();
    assertThat(findings.out())
        .contains("Summary: 2 records under mispa: 1 clean, 1 with findings, 0 unreadable\n");
    assertThat(cleanOnly.code()).as(cleanOnly.toString()).isZero();
    assertThat(cleanOnly.out())
        .contains("Summary: 1 record under mispa: 1 clean, 0 with findings, 0 unreadable\n")
        .contains("  decision.quorum: 10 undetermined, in 1 record\n");
  }

  @Test
  void quietPrintsOnlyTheRecordsThatAreNotCleanAndTheSummary() {
    Run run = Run.merged("validate", "--quiet", archive.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out())
        .startsWith(
            selfSeconded + ": NOT clean under mispa: 1 void finding, 0 irregular findings\n")
        .contains("\nmispa: " + cut + ": not a mispa record: ")
        .doesNotContain(clean.toString())
        .contains("Summary: 3 records under mispa: 1 clean, 1 with findings, 1 unreadable\n");
  }

  @Test
  void theOutputIsTheSameOnOneThreadOrMany() {
    Run one =
        Run.merged("validate", "--threads", "1", archive.toString(), Records.MISPA_V.toString());
    Run four =
        Run.merged("validate", "--threads", "4", archive.toString(), Records.MISPA_V.toString());

    assertThat(four.out()).isEqualTo(one.out());
    assertThat(four.code()).isEqualTo(one.code()).isEqualTo(2);
    assertThat(one.out())
        .contains("Summary: 4 records under mispa: 2 clean, 1 with findings, 1 unreadable\n");
  }

  @Test
  void manyRecordsAreAllCheckedAndCounted() throws IOException {
    Path many = Files.createDirectories(dir.resolve("many"));
    byte[] record = Files.readAllBytes(Records.MISPA_V);
    for (int i = 0; i < 60; i++) {
      Files.write(Files.createDirectories(many.resolve("d" + i % 7)).resolve(i + ".json"), record);
    }

    Run run = Run.of("validate", "--quiet", many.toString());

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            Summary: 60 records under mispa: 60 clean, 0 with findings, 0 unreadable
            Findings by rule:
              decision.quorum: 600 undetermined, in 60 records
            """);
  }

  @Test
  void inSpanishTheSummaryAndItsCountsAreInSpanishAndRuleIdsAreNot() {
    Run run = Run.of("validate", "--quiet", "--lang", "es", archive.toString());

    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.out())
        .contains(selfSeconded + ": NO limpia según mispa: 1 constatación de nulidad")
        .endsWith(
            """

            Resumen: 3 actas según mispa: 1 limpia, 1 con constataciones, 1 ilegible
            Constataciones por regla:
              decision.quorum: 20 sin determinar, en 2 actas
              election.seconder-distinct: 1 de nulidad, en 1 acta
            """);
  }

  @Test
  void inFrenchAndPortugueseTheSummaryAgreesWithItsCounts() {
    Run french = Run.of("validate", "--quiet", "--lang", "fr", archive.toString());
    Run portuguese = Run.of("validate", "--quiet", "--lang", "pt", archive.toString());

    assertThat(french.out())
        .endsWith(
            """
            Bilan\u00a0: 3 procès-verbaux selon mispa\u00a0: 1 sans défaut, 1 avec constatations,\
             1 illisible
            Constatations par règle\u00a0:
              decision.quorum\u00a0: 20 indéterminées, dans 2 procès-verbaux
              election.seconder-distinct\u00a0: 1 de nullité, dans 1 procès-verbal
            """);
    assertThat(portuguese.out())
        .endsWith(
            """
            Resumo: 3 atas segundo mispa: 1 limpa, 1 com constatações, 1 ilegível
            Constatações por regra:
              decision.quorum: 20 indeterminadas, em 2 atas
              election.seconder-distinct: 1 de nulidade, em 1 ata
            """);
  }

  @Test
  void asJsonTheDocumentEndsWithTheSummary() {
    Run run = Run.of("validate", "--format", "json", archive.toString());

    JsonNode json = JsonMapper.shared().readTree(run.out());
    assertThat(json.get("records")).hasSize(3);
    assertThat(json.get("records").get(0).get("file").asString()).isEqualTo(clean.toString());
    assertThat(json.get("records").get(2).get("error").get("kind").asString())
        .isEqualTo("MALFORMED_JSON");
    JsonNode summary = json.get("summary");
    assertThat(summary.get("records").asInt()).isEqualTo(3);
    assertThat(summary.get("clean").asInt()).isEqualTo(1);
    assertThat(summary.get("withFindings").asInt()).isEqualTo(1);
    assertThat(summary.get("unreadable").asInt()).isEqualTo(1);
    JsonNode seconding = summary.get("byRule").get("election.seconder-distinct");
    assertThat(seconding.get("void").asInt()).isEqualTo(1);
    assertThat(seconding.get("irregular").asInt()).isZero();
    assertThat(seconding.get("records").asInt()).isEqualTo(1);
  }

  @Test
  void aFolderWithoutRecordFilesIsAnError() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty/below"));
    Files.writeString(empty.resolve("notes.txt"), "no records here\n");

    Run run = Run.of("validate", dir.resolve("empty").toString());
    Run excluded = Run.of("validate", "--exclude", "*.json", archive.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "mispa: " + dir.resolve("empty") + ": is a folder without record files (*.json)", "");
    assertThat(run.out())
        .isEqualTo("Summary: 0 records under mispa: 0 clean, 0 with findings, 0 unreadable\n");
    assertThat(excluded.errLines())
        .containsExactly(
            "mispa: " + archive + ": is a folder without record files (*.json, but *.json)", "");
  }

  @Test
  void aBrokenLinkNamedLikeARecordIsReportedNotSkipped() throws IOException {
    Path link =
        Files.createSymbolicLink(archive.resolve("2015/gone.json"), dir.resolve("nowhere.json"));

    try {
      Run run = Run.of("validate", "--quiet", archive.resolve("2015").toString());

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.errLines())
          .containsExactly("mispa: " + link + ": cannot be read: no such file", "");
      assertThat(run.out())
          .startsWith("Summary: 2 records under mispa: 1 clean, 0 with findings, 1 unreadable\n");
    } finally {
      Files.delete(link);
    }
  }

  @Test
  void aProgressBarIsDrawnOnlyWhenAskedForOrOnATerminal() {
    Run redirected = Run.of("validate", "--quiet", archive.toString());
    Run forced = Run.of("validate", "--quiet", "--progress", archive.toString());

    assertThat(redirected.out()).doesNotContain("\r").doesNotContain("\u001b");
    assertThat(forced.out()).contains("\r[").contains("] 3 of 3 records").contains("\r\u001b[K");
    // Once the bar is erased, what is left to read is what a redirected run prints.
    assertThat(forced.out().replaceAll("\r\\[[^\r]*\u001b\\[K", "").replace("\r\u001b[K", ""))
        .isEqualTo(redirected.out());
  }
}
