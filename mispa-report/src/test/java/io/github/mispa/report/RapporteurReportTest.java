package io.github.mispa.report;

import static io.github.mispa.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.SyntheticRecords;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.rules.catalogue.RuleSets;
import io.github.mispa.testing.Mutations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RapporteurReportTest {
  /**
   * The golden file; run with -Dmispa.updateGolden=true to rewrite it after a deliberate change.
   */
  private static final String GOLDEN = "/io/github/mispa/report/mispa-v.md";

  @Test
  void theMispaVReportIsTheGoldenFile() throws IOException {
    String rendered = RapporteurReport.of(MispaV.record()).withFindings().render();
    if (Boolean.getBoolean("mispa.updateGolden")) {
      Files.writeString(Path.of("src/test/resources" + GOLDEN), rendered, StandardCharsets.UTF_8);
    }
    try (InputStream golden = RapporteurReportTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(golden).as("golden file %s", GOLDEN).isNotNull();
      assertThat(rendered).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theReportReadsLikeTheSeed() {
    String report = RapporteurReport.of(MispaV.record()).render();
    assertThat(report)
        .startsWith(
            "# Report of the Rapporteur of the Fifth Meeting of Ministers Responsible for Public Security"
                + " in the Americas (MISPA V)")
        .contains("Lima, Peru, 19–20 November 2015.")
        .contains(
            "**Officers.** Chair: Mr. José Luis Pérez Guadalupe, Minister of the Interior of Peru.")
        .contains("## 2. Opening session")
        .contains("### a. Election of officers")
        .contains(
            "The delegation of Costa Rica proposed, when the Chair turned to the election of the other"
                + " officers of MISPA V, Mr. Julian Pacheco Tinoco, Secretary of State for Security of"
                + " Honduras, as Vice Chair.")
        .contains(
            "The delegation of Chile seconded the proposal, which was approved by acclamation.")
        .contains("(MISPA V/DOC.1/15 rev.1)")
        .contains("**Next meeting.** MISPA VI, hosted by Honduras.")
        .doesNotContain("## Findings");
  }

  @Test
  void findingsAreAppendedOnRequest() {
    MeetingRecord selfSeconded =
        RecordEdits.replace(
            MispaV.record(),
            io.github.mispa.procedure.ActLocation.parse("2.a#19"),
            Seconding.builder().by("CRI").of(MispaV.NOMINATION_OF_VICE_CHAIR).build());
    String report =
        RapporteurReport.of(RuleSets.mispa().check(selfSeconded)).withFindings().render();

    assertThat(report)
        .contains("## Findings under the “mispa” rules")
        .contains(
            "- 2.a#19, void, `election.seconder-distinct` (practice): Costa Rica seconds the nomination at 2.a#18")
        .contains("- `decision.quorum` (GA Rules, Art. 52), at 10 acts:");
  }

  @Test
  void textOfTheRecordIsQuotedNotReadAsMarkupNorActedOnByATerminal() {
    MeetingRecord record =
        Mutations.changeDocument(
            Mutations.changeParticipant(
                MispaV.record(),
                "CRI",
                p ->
                    p.toBuilder()
                        .name("*Costa* [Rica](http://example.com) <b>\u001B[1A\u0000")
                        .build()),
            MispaV.AGENDA,
            d -> d.toBuilder().description("# Draft agenda\n## of 2015").build());

    String report = RapporteurReport.of(record).render();

    assertThat(report)
        .contains(
            "The delegation of \\*Costa\\* \\[Rica\\](http://example.com) \\<b\\>\\u001B\\[1A\\u0000"
                + " proposed, when the Chair turned")
        .contains("\n- \\# Draft agenda\\n## of 2015 (MISPA V/DOC.1/15 rev.1)\n")
        .doesNotContain("\u001B")
        .doesNotContain("\u0000")
        .doesNotContain("\n## of 2015");
  }

  @Test
  void aSummaryKeepsItsParagraphsButNoneOfThemBecomesMarkup() {
    MeetingRecord record =
        RecordEdits.replace(
            MispaV.record(),
            io.github.mispa.procedure.ActLocation.parse("4.f#1"),
            io.github.mispa.procedure.Intervention.builder()
                .by("URY")
                .summary("spoke\n\n# A heading\n\n\n\n- a list\u001B[2K\nand a line")
                .build());

    String report = RapporteurReport.of(record).render();

    assertThat(report)
        .contains(
            "The delegation of Uruguay spoke.\n\n\\# A heading.\n\n\\- a list\\u001B\\[2K\\nand a line.\n")
        .doesNotContain("\n# A heading")
        .doesNotContain("\u001B");
  }

  @Test
  void everyActOfAGeneratedRecordIsInTheReport() {
    Pattern markers = Pattern.compile("<!--((?: [0-9]+(?:\\.[a-z]+)?#[0-9]+)+) -->");
    qt(60)
        .forAll(longs().all(), integers().between(0, 400))
        .checkAssert(
            (seed, size) -> {
              MeetingRecord record = SyntheticRecords.generate(seed, size);
              String report = RapporteurReport.of(record).withLocations().render();
              java.util.List<String> mentioned = new java.util.ArrayList<>();
              Matcher m = markers.matcher(report);
              while (m.find()) {
                mentioned.addAll(java.util.Arrays.asList(m.group(1).trim().split(" ")));
              }
              assertThat(mentioned)
                  .containsExactlyElementsOf(
                      record.acts().stream()
                          .map(RecordedAct::location)
                          .map(Object::toString)
                          .toList());
            });
  }
}
