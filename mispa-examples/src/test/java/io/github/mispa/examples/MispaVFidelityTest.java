package io.github.mispa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.json.MispaJson;
import io.github.mispa.model.Document;
import io.github.mispa.model.Person;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Presentation;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Source;
import io.github.mispa.report.RapporteurReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record of MISPA V and its report say what the rapporteur's report says and nothing else: a
 * test for each discrepancy the record once had, so that none comes back, and a test that what the
 * report quotes and counts comes from the record.
 */
class MispaVFidelityTest {
  private final MeetingRecord record = MispaV.record();
  private final String report = RapporteurReport.of(record).render();
  private final Map<String, String> parts = MispaVCoverageTest.parts(record, report);

  private Act act(String location) {
    return record.act(ActLocation.parse(location)).orElseThrow().act();
  }

  private Person person(String id) {
    return record.person(id).orElseThrow();
  }

  // ---- Nothing the record does not hold

  /** Every scalar value of the record, as its JSON form writes it, one a line. */
  private String recordText() {
    JsonNode tree =
        JsonMapper.builder().build().readTree(MispaJson.standard().writeToString(record));
    List<String> values = new ArrayList<>();
    collect(tree, values);
    return String.join("\n", values);
  }

  private static void collect(JsonNode node, List<String> values) {
    if (node.isContainer()) {
      node.values().forEach(child -> collect(child, values));
    } else {
      values.add(node.asString());
    }
  }

  /** The report's text with Markdown's escapes undone. */
  private String unescaped() {
    return report.replaceAll("\\\\(\\p{Punct})", "$1");
  }

  @Test
  void everyQuotationOfTheReportIsTextOfTheRecord() {
    String text = recordText();
    Matcher quoted = Pattern.compile("“([^”]*)”").matcher(unescaped());
    List<String> quotations = new ArrayList<>();
    while (quoted.find()) {
      quotations.add(quoted.group(1));
    }
    assertThat(quotations).hasSizeGreaterThan(20);
    assertThat(quotations).allSatisfy(q -> assertThat(text).contains(q));
  }

  @Test
  void everyFigureOfTheReportIsInTheRecord() {
    String text = recordText();
    Matcher figures = Pattern.compile("\\d+(?:,\\d{3})*").matcher(unescaped());
    List<String> found = new ArrayList<>();
    while (figures.find()) {
      found.add(figures.group());
    }
    assertThat(found).contains("50,000", "299", "1996", "2,400", "1,800", "9268", "27933");
    assertThat(found).allSatisfy(f -> assertThat(text).contains(f));
  }

  @Test
  void theFactsFromOutsideTheReportCarryTheirSources() {
    List<String> sourced =
        record.sources().stream().flatMap(s -> s.facts().stream()).collect(Collectors.toList());
    assertThat(sourced)
        .contains(
            "/meeting/startDate",
            "/meeting/endDate",
            "/meeting/convenedBy",
            "/meeting/framework",
            "/meeting/previous/venue",
            "/meeting/previous/startDate",
            "/meeting/previous/endDate",
            "/meeting/languages");
    JsonNode tree =
        JsonMapper.builder().build().readTree(MispaJson.standard().writeToString(record));
    assertThat(sourced).allSatisfy(p -> assertThat(tree.at(p).isMissingNode()).as(p).isFalse());
    for (Source source : record.sources()) {
      assertThat(report).contains(source.citation().substring(0, 30));
    }
  }

  // ---- The discrepancies of the issue, each caught if it comes back

  @Test
  void theUnitedStatesSupportedTheWorkingGroupsAndTheirContinuationWasApprovedForWantOfObjection() {
    assertThat(act("3.e#2").kind()).isEqualTo(ActKind.SUPPORT);
    assertThat(act("3.e#2").by()).contains("USA");
    assertThat(act("3.e#1").person()).contains(MispaV.CHAIR);
    assertThat(((DecisionAct) act("3.e#5")).method()).isEqualTo(DecisionMethod.NO_OBJECTION);
    assertThat(parts.get("3.e"))
        .doesNotContain("The delegation of the United States proposed")
        .doesNotContain("proposal of the United States")
        .contains(
            "The continuation of the work of both MISPA subsidiary technical working groups was"
                + " approved, as there were no objections.");
  }

  @Test
  void noTitleIsInventedAndNoParaphraseIsQuotedAsATitle() {
    Map<String, Presentation> byPerson =
        record.acts().stream()
            .map(RecordedAct::act)
            .filter(a -> a instanceof Presentation)
            .map(a -> (Presentation) a)
            .filter(p -> !p.person().orElseThrow().equals("duarte"))
            .collect(Collectors.toMap(p -> p.person().orElseThrow(), p -> p, (a, b) -> a));
    for (String untitled :
        List.of("abramovay", "bozicovich", "lara", "flores-goicochea", "cardozo", "simon")) {
      assertThat(byPerson.get(untitled).title()).as(untitled).isEmpty();
    }
    assertThat(record.document("inf-4").flatMap(Document::title)).isEmpty();
    assertThat(report)
        .doesNotContain("“The naturalization")
        .doesNotContain("“The technical axis")
        .doesNotContain("“The National Policy on Justice")
        .doesNotContain("“Coordination between central government")
        .doesNotContain("“The National Pact")
        .contains("delivered a presentation on the National Pact for the Reduction of Homicides");
  }

  @Test
  void whatTheReportCallsAdoptedOrApprovedIsNotSaidToBeByConsensus() {
    assertThat(record.acts())
        .map(RecordedAct::act)
        .filteredOn(a -> a instanceof DecisionAct)
        .extracting(a -> ((DecisionAct) a).method())
        .doesNotContain(DecisionMethod.CONSENSUS);
    for (String id :
        List.of(
            MispaV.ADOPTION_OF_AGENDA,
            MispaV.ADOPTION_OF_METHODOLOGY,
            MispaV.JOINT_STATEMENT_APPROVAL)) {
      assertThat(((DecisionAct) record.act(id).orElseThrow().act()).method())
          .as(id)
          .isEqualTo(DecisionMethod.NOT_STATED);
    }
    assertThat(report).doesNotContain("consensus");
  }

  @Test
  void theMinuteOfSilenceFollowsTheInaugurationAndRemembersTheVictimsOfOneAttack() {
    assertThat(act("1.a#1").summary())
        .hasValueSatisfying(s -> assertThat(s).startsWith("inaugurated"));
    assertThat(act("1.a#2").kind()).isEqualTo(ActKind.MINUTE_OF_SILENCE);
    String part = parts.get("1.a");
    assertThat(part.indexOf("inaugurated")).isLessThan(part.indexOf("minute of silence"));
    assertThat(part.indexOf("minute of silence")).isLessThan(part.indexOf("welcomed"));
    assertThat(part).contains("the terrorist attack in France").doesNotContain("attacks in France");
  }

  @Test
  void theRapporteursSecondOfficeAndThreeAffiliationsAreGiven() {
    assertThat(parts.get("2.a"))
        .contains(
            "Vice Chair of the Committee on Hemispheric Security of the Permanent Council of the"
                + " OAS");
    assertThat(parts.get("4.b")).contains("Pedro Abramovay, of the Open Society Foundations");
    assertThat(parts.get("5.c"))
        .contains("Karen Bozicovich, of the OAS Department of Public Security");
    assertThat(parts.get("3.d"))
        .contains(
            "on behalf of the Secretariat for Multidimensional Security and the Department of"
                + " Public Security");
  }

  @Test
  void headingsAreTheReportsAsItPrintsThem() {
    assertThat(record.sessions().get(2).items().get(3).title())
        .endsWith("as stipulated in paragraph 7");
    assertThat(report)
        .contains(
            "## 6. Adoption of the document resulting from MISPA V: “Recommendations of Lima for"
                + " the Prevention of Crime, Violence, and Insecurity”\n\nThe Chair suggested")
        .contains("\n### Dialogue of Ministers and Heads of Delegation on Coordination")
        .contains("\n### Dialogue of Ministers and Heads of Delegation on Data and Information")
        .doesNotContain("### f.")
        .doesNotContain("### d. Dialogue")
        .doesNotContain("### Adoption of the document");
  }

  @Test
  void namesAndWordsAreTheReportsAndNoMoreSpecific() {
    assertThat(report)
        .contains("“Grand Mision A Toda Vida Venezuela”")
        .contains("National Institute of Statistics and I.T. of Peru")
        .contains("OAS Headquarters in Washington DC")
        .contains("Alejandro Aristizabal, OAS Committee Secretary")
        .doesNotContain("Gran Misión")
        .doesNotContain("Informatics")
        .doesNotContain("Secretary of the Committee on Hemispheric Security");
    assertThat(person("aristizabal").position()).contains("OAS Committee Secretary");
  }

  @Test
  void theReportReadsAsARapporteurWrites() {
    assertThat(report)
        .doesNotContain("the report does not give")
        .doesNotContain("H.E.")
        .doesNotContain("\"")
        .doesNotContain("'")
        .doesNotContain("(“")
        .doesNotContain("[MISPA")
        .contains(
            "The draft agenda (MISPA V/DOC.1/15 rev.1) was adopted along with the draft schedule"
                + " (MISPA V/DOC.2/15 rev.1).")
        .contains("His Excellency Luis Almagro")
        .contains("At the invitation of Prime Minister Cateriano,");
    String summary =
        report.substring(report.indexOf("## Summary"), report.indexOf("## Conclusion"));
    assertThat(summary)
        .doesNotContain("4.a")
        .doesNotContain("Presentation of the Inter-American Network")
        .contains(
            "- The delegations approved the text of the statement with the modifications proposed"
                + " by Argentina, Brazil and Bolivia.");
  }

  @Test
  void theSummariesAreTheRecordsOwnAndEverySpeechPresentationAndInterventionHasOne() {
    List<String> without = new ArrayList<>();
    for (RecordedAct act : record.acts()) {
      ActKind kind = act.act().kind();
      if ((kind == ActKind.SPEECH
              || kind == ActKind.PRESENTATION
              || kind == ActKind.INTERVENTION
              || (kind == ActKind.REPORT && !act.item().number().equals("7.a")))
          && act.act().summary().isEmpty()) {
        without.add(act.location().toString());
      }
    }
    assertThat(without).isEmpty();
    assertThat(record.conclusion())
        .hasValueSatisfying(c -> assertThat(c).contains("Michael Bejos"));
  }
}
