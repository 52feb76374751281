package io.github.mispa.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Speech;
import io.github.mispa.procedure.Support;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Titles and summaries the record gives in the report's language are used as they stand; the others
 * are quoted in the record's language and set apart, as before.
 */
class TranslatedTextsTest {
  private static final String TITLE_EN =
      "Recommendations of Lima for the Prevention of Crime, Violence, and Insecurity";
  private static final String TITLE_ES =
      "Recomendaciones de Lima para la Prevención de la Delincuencia, la Violencia y la"
          + " Inseguridad";

  @Test
  void theSpanishReportUsesTheSpanishTitleOfTheRecommendationsOfLima() {
    String informe = RapporteurReport.of(MispaV.record()).in(OfficialLanguage.SPANISH).render();
    assertThat(informe)
        .contains("dio lectura al documento final “" + TITLE_ES + "”, que fue aprobado")
        .contains("- El documento final “" + TITLE_ES + "”\n")
        .doesNotContain("el documento final “*" + TITLE_EN + "*”");
  }

  @Test
  void theFrenchReportFallsBackOnTheEnglishTitleSetApart() {
    String rapport = RapporteurReport.of(MispaV.record()).in(OfficialLanguage.FRENCH).render();
    assertThat(rapport)
        .contains("document final «\u00a0*" + TITLE_EN + "*\u00a0»")
        .doesNotContain(TITLE_ES);
    // The note at the top says what the italics are.
    assertThat(rapport.lines().skip(2).findFirst().orElseThrow())
        .startsWith("*")
        .contains("anglais");
  }

  @Test
  void theEnglishReportIsUnchangedByTranslations() {
    String report = RapporteurReport.of(MispaV.record()).render();
    assertThat(report).contains("“" + TITLE_EN + "”").doesNotContain(TITLE_ES);
  }

  /** MISPA V with three of its summaries given in Spanish, for the test: no source gives them. */
  private static MeetingRecord withSpanishSummaries() {
    MeetingRecord record = MispaV.record();
    record =
        translate(
            record,
            a ->
                a instanceof Speech
                    && a.summary().orElse("").startsWith("welcomed the delegations"),
            "dio la bienvenida a las delegaciones en Lima y en la MISPA V");
    record =
        translate(
            record,
            a -> a instanceof Support && a.summary().orElse("").startsWith("likewise supported"),
            "apoyaron asimismo la continuación de los grupos de trabajo");
    return translate(
        record,
        a -> a.id().equals(java.util.Optional.of(MispaV.WORKING_GROUPS_DECISION)),
        "se aprobó la continuación de los dos grupos de trabajo");
  }

  private static MeetingRecord translate(
      MeetingRecord record, java.util.function.Predicate<Act> which, String spanish) {
    List<ActLocation> locations =
        record.acts().stream().filter(a -> which.test(a.act())).map(RecordedAct::location).toList();
    assertThat(locations).as("acts to translate").isNotEmpty();
    UnaryOperator<Act> withSpanish = a -> withSummary(a, spanish);
    for (ActLocation location : locations) {
      record =
          RecordEdits.replace(
              record, location, withSpanish.apply(RecordEdits.act(record, location)));
    }
    return record;
  }

  private static Act withSummary(Act act, String spanish) {
    if (act instanceof Speech speech) {
      return speech.toBuilder().putSummaryTranslations(OfficialLanguage.SPANISH, spanish).build();
    }
    if (act instanceof Support support) {
      return support.toBuilder().putSummaryTranslations(OfficialLanguage.SPANISH, spanish).build();
    }
    io.github.mispa.procedure.Decision decision = (io.github.mispa.procedure.Decision) act;
    return decision.toBuilder().putSummaryTranslations(OfficialLanguage.SPANISH, spanish).build();
  }

  /**
   * {@code act} with its summary given in Spanish too, as a test text marked "(es)": built through
   * the act's own builder, found by reflection, as every kind has one.
   */
  private static Act withSpanishSummary(Act act) {
    try {
      Object builder = act.getClass().getMethod("toBuilder").invoke(act);
      java.lang.reflect.Method put =
          builder
              .getClass()
              .getMethod("putSummaryTranslations", OfficialLanguage.class, String.class);
      put.setAccessible(true);
      put.invoke(builder, OfficialLanguage.SPANISH, "(es) " + act.summary().orElseThrow());
      java.lang.reflect.Method build = builder.getClass().getMethod("build");
      build.setAccessible(true);
      return (Act) build.invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("cannot rebuild " + act.kind() + " with a summary in Spanish", e);
    }
  }

  @Test
  void everySummaryOfMispaVGivenInSpanishIsToldInTheSpanishReportAndNoneIsQuoted() {
    MeetingRecord record = MispaV.record();
    List<ActLocation> summarized =
        record.acts().stream()
            .filter(a -> a.act().summary().isPresent())
            .map(RecordedAct::location)
            .toList();
    assertThat(summarized).hasSizeGreaterThan(40);
    for (ActLocation location : summarized) {
      record =
          RecordEdits.replace(
              record, location, withSpanishSummary(RecordEdits.act(record, location)));
    }
    String informe =
        RapporteurReport.of(record).in(OfficialLanguage.SPANISH).withLocations().render();
    // Every act is told, in order, as before.
    assertThat(locations(informe))
        .isEqualTo(
            locations(
                RapporteurReport.of(MispaV.record())
                    .in(OfficialLanguage.SPANISH)
                    .withLocations()
                    .render()));
    // No summary is quoted in English: the one block quotation left is the record's conclusion.
    assertThat(informe.lines().filter(l -> l.startsWith("> ")).toList())
        .singleElement()
        .asString()
        .startsWith("> Canada and I are deeply honoured");
    assertThat(informe.split("\\(es\\) ", -1).length - 1)
        .as("summaries told in Spanish")
        .isGreaterThanOrEqualTo(40);
  }

  private static List<String> locations(String report) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<!--((?: [0-9]+(?:\\.[a-z]+)?#[0-9]+)+) -->")
            .matcher(report);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void aSummaryGivenInTheReportsLanguageIsToldInItsSentence() {
    MeetingRecord record = withSpanishSummaries();
    String informe = RapporteurReport.of(record).in(OfficialLanguage.SPANISH).render();
    assertThat(informe)
        .contains(
            "\n\nEl Presidente dio la bienvenida a las delegaciones en Lima y en la MISPA V.\n\n")
        .doesNotContain("> The Chair welcomed the delegations to Lima and to MISPA V.")
        .contains(
            "\n\nLas delegaciones del Perú y del Brasil apoyaron asimismo la continuación de los grupos"
                + " de trabajo.\n\n")
        .doesNotContain("> The delegations of Peru and Brazil likewise supported")
        .contains(
            "\n\nSe aprobó la continuación de los dos grupos de trabajo, al no haber objeciones.\n\n")
        .doesNotContain("> The continuation of the work of both MISPA subsidiary technical");
    // A summary the record gives in English alone is still quoted after the sentence.
    assertThat(informe)
        .contains("> The Chair proposed, before the election of the other officers, that MISPA");
    // In French, which the record does not have them in, they are quoted in English as before.
    assertThat(RapporteurReport.of(record).in(OfficialLanguage.FRENCH).render())
        .isEqualTo(RapporteurReport.of(MispaV.record()).in(OfficialLanguage.FRENCH).render());
    // And the English report is the record's own.
    assertThat(RapporteurReport.of(record).render())
        .isEqualTo(RapporteurReport.of(MispaV.record()).render());
  }
}
