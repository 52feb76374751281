package io.github.mispa.report;

import static io.github.mispa.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.SyntheticRecords;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.ActLocation;
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
import java.util.Optional;
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
  void aPersonIsNamedInTheCapacityTheActGivesOrdinalOfficesByRankAndLinksAndVotesInFull() {
    String mispaV = RapporteurReport.of(MispaV.record()).render();
    // Ambassador Jimenez Mayor reports as Chair of the Committee (his second position), and is
    // introduced as the report introduces him: in both.
    String asChair =
        "His Excellency Ambassador Juan Jimenez Mayor, Permanent Representative of Peru to the OAS"
            + " and Chair of the Committee on Hemispheric Security, presented a report";
    assertThat(mispaV)
        .contains(asChair)
        .contains("(SNAP). The text of the statement of the delegation of Canada is available.\n");
    // Without the capacity, he is introduced in his first position alone.
    ActLocation jimenezMayor = ActLocation.parse("3.a#1");
    MeetingRecord withoutCapacity =
        RecordEdits.replace(
            MispaV.record(),
            jimenezMayor,
            ((io.github.mispa.procedure.Report) RecordEdits.act(MispaV.record(), jimenezMayor))
                .toBuilder().by(Optional.empty()).build());
    assertThat(RapporteurReport.of(withoutCapacity).render())
        .doesNotContain(asChair)
        .contains(
            "His Excellency Ambassador Juan Jimenez Mayor, Permanent Representative of Peru to the"
                + " OAS, presented a report");

    MeetingRecord record =
        RecordEdits.replace(
            RecordEdits.replace(
                Mutations.changeDocument(
                    Mutations.withAllDelegations(MispaV.record()),
                    "inf-10",
                    d ->
                        d.toBuilder()
                            .addLinks(
                                io.github.mispa.model.Link.of(
                                    io.github.mispa.model.OfficialLanguage.ENGLISH,
                                    "https://www.oas.org/inf10(en).pdf"))
                            .build()),
                MispaV.NOMINATION_OF_VICE_CHAIR,
                a ->
                    ((io.github.mispa.procedure.Nomination) a)
                        .toBuilder().office(io.github.mispa.model.Office.FIRST_VICE_CHAIR).build()),
            MispaV.HONDURAS_ACCEPTED,
            a ->
                ((io.github.mispa.procedure.Decision) a)
                    .toBuilder()
                        .method(io.github.mispa.procedure.DecisionMethod.VOTE)
                        .tally(
                            io.github.mispa.procedure.Tally.builder()
                                .announcedFor(24)
                                .announcedAgainst(4)
                                .announcedAbstentions(3)
                                .announcedAbsent(2)
                                .announcedNotVoting(1)
                                .build())
                        .requiredMajority(
                            io.github.mispa.procedure.RequiredMajority.of(
                                io.github.mispa.procedure.MajorityKind.TWO_THIRDS_OF_MEMBER_STATES,
                                "a rule of the meeting"))
                        .build());
    String report = RapporteurReport.of(RuleSets.mispa().check(record)).render();
    assertThat(report)
        .contains("was elected First Vice Chair by acclamation.")
        .contains("First Vice Chair: Mr. Julian Pacheco Tinoco")
        .contains(
            "available as MISPA V/INF. 10/15 ([English](https://www.oas.org/inf10%28en%29.pdf)),"
                + " in English")
        .contains(
            "by a vote of 24 in favour, 4 against, 3 abstentions, 2 absent and 1 not voting"
                + " (two-thirds of the member states being required, a rule of the meeting).");
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
