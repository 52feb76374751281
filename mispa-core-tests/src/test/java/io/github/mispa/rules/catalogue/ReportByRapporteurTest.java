package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static io.github.mispa.testing.RuleAssertions.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.model.Person;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Report;
import io.github.mispa.rules.FindingKind;
import org.junit.jupiter.api.Test;

class ReportByRapporteurTest {
  private static final String RULE = "report.by-rapporteur";
  private static final ActLocation RAPPORTEURS_REPORT = ActLocation.parse("7.a#1");

  @Test
  void theChairDeliveringTheRapporteursReportIsIrregular() {
    Report byChair =
        ((Report) MispaV.record().act(RAPPORTEURS_REPORT).orElseThrow().act())
            .toBuilder().person(MispaV.CHAIR).build();
    MeetingRecord record = RecordEdits.replace(MispaV.record(), RAPPORTEURS_REPORT, byChair);

    assertThat(findings(record, RULE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.IRREGULAR);
              assertThat(f.location()).isEqualTo(RAPPORTEURS_REPORT);
              assertThat(f.message()).contains("not by the rapporteur, Patricia D’Costa");
            });
  }

  @Test
  void aRapporteurElectedByAVoidNominationDoesNotHoldOfficeAndHerReportIsIrregular() {
    // France, an observer, nominates the rapporteur: the nomination is void, so is the election
    // (election.nominated), and the rapporteur's report in the closing session is by nobody in
    // office.
    MeetingRecord record = io.github.mispa.testing.Mutations.withFrance(MispaV.record());
    record =
        RecordEdits.replace(
            record,
            MispaV.NOMINATION_OF_RAPPORTEUR,
            a -> ((Nomination) a).toBuilder().by("FRA").build());

    assertThat(findings(record, "participation.member-decides"))
        .extracting(f -> f.location().toString())
        .containsExactly("2.a#21");
    assertThat(findings(record, "election.nominated"))
        .extracting(f -> f.location().toString())
        .containsExactly("2.a#23");
    assertThat(findings(record, RULE))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("but no rapporteur holds office"));
  }

  @Test
  void theRapporteursReportOutsideTheClosingSessionIsIrregular() {
    Report report = (Report) MispaV.record().act(RAPPORTEURS_REPORT).orElseThrow().act();
    MeetingRecord record =
        RecordEdits.append(
            RecordEdits.replace(
                MispaV.record(),
                RAPPORTEURS_REPORT,
                io.github.mispa.procedure.Speech.builder().person(MispaV.RAPPORTEUR).build()),
            "6",
            report);

    assertThat(findings(record, RULE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).hasToString("6#11");
              assertThat(f.message())
                  .contains("in the plenary session 6, not in the closing session");
            });
  }

  @Test
  void theRapporteurReportingInTheClosingSessionIsFine() {
    assertQuiet(MispaV.record(), RULE);
    assertThat(MispaV.record().person(MispaV.RAPPORTEUR).map(Person::name))
        .contains("Patricia D’Costa");
  }
}
