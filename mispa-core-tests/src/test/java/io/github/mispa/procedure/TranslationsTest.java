package io.github.mispa.procedure;

import static io.github.mispa.model.OfficialLanguage.ENGLISH;
import static io.github.mispa.model.OfficialLanguage.FRENCH;
import static io.github.mispa.model.OfficialLanguage.PORTUGUESE;
import static io.github.mispa.model.OfficialLanguage.SPANISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.github.mispa.examples.MispaV;
import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.Translation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Titles and summaries in other official languages than the record's: what the model accepts, what
 * it refuses, and what the shapes make of them for the wire format.
 */
class TranslationsTest {
  private static final String TITLE =
      "Recommendations of Lima for the Prevention of Crime, Violence, and Insecurity";
  private static final String TITULO =
      "Recomendaciones de Lima para la Prevención de la Delincuencia, la Violencia y la"
          + " Inseguridad";

  private static Document.Builder recommendations() {
    return Document.builder()
        .id("recommendations")
        .title(TITLE)
        .documentClass(DocumentClass.OUTCOME);
  }

  @Test
  void aDocumentHasItsTitleInEachLanguageItIsGiven() {
    Document document = recommendations().putTitleTranslations(SPANISH, TITULO).build();
    assertThat(document.titleTranslations()).containsExactly(java.util.Map.entry(SPANISH, TITULO));
    assertThat(document.title(SPANISH)).contains(TITULO);
    assertThat(document.title(ENGLISH)).contains(TITLE);
    assertThat(document.title(FRENCH)).isEmpty();
    assertThat(document.title()).contains(TITLE);
    assertThat(recommendations().build().titleTranslations()).isEmpty();
  }

  @Test
  void aTranslationInTheRecordsLanguageIsAllowedWhereItIsTheTextItself() {
    assertThat(Translation.RECORD_LANGUAGE).isEqualTo(ENGLISH);
    Document document =
        recommendations()
            .putTitleTranslations(ENGLISH, TITLE)
            .putTitleTranslations(SPANISH, TITULO)
            .build();
    assertThat(document.title(ENGLISH)).contains(TITLE);
  }

  @Test
  void aTranslationInTheRecordsLanguageThatContradictsTheTextIsRefused() {
    assertThatThrownBy(
            () ->
                recommendations().putTitleTranslations(ENGLISH, "Recommendations of Lima").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the title of document \"recommendations\" in English, the record's language, is"
                + " \"Recommendations of Lima\", which contradicts the title of document"
                + " \"recommendations\" itself, \""
                + TITLE
                + "\"");
  }

  @Test
  void aBlankTranslationIsRefused() {
    assertThatThrownBy(() -> recommendations().putTitleTranslations(FRENCH, " ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "title of document \"recommendations\" in French must not be blank, but was \" \"");
    assertThatThrownBy(() -> Translation.of(PORTUGUESE, "\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text in Portuguese must not be blank, but was \"\t\"");
    assertThat(Translation.of(PORTUGUESE, "Recomendações de Lima").text())
        .isEqualTo("Recomendações de Lima");
  }

  @Test
  void aTranslationOfATitleTheRecordDoesNotHaveIsRefused() {
    assertThatThrownBy(
            () ->
                Document.builder()
                    .id("agenda")
                    .description("the draft agenda")
                    .documentClass(DocumentClass.AGENDA)
                    .putTitleTranslations(SPANISH, "Proyecto de orden del día")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "the title of document \"agenda\" is given in Spanish but not in English, the record's"
                + " language");
  }

  @Test
  void anActHasItsSummaryInEachLanguageItIsGiven() {
    Speech speech =
        Speech.builder()
            .id("welcome")
            .person("perez-guadalupe")
            .summary("welcomed the delegations to Lima")
            .putSummaryTranslations(SPANISH, "dio la bienvenida a las delegaciones a Lima")
            .build();
    assertThat(speech.summary(SPANISH)).contains("dio la bienvenida a las delegaciones a Lima");
    assertThat(speech.summary(ENGLISH)).contains("welcomed the delegations to Lima");
    assertThat(speech.summary(PORTUGUESE)).isEmpty();
    assertThatThrownBy(
            () ->
                Speech.builder()
                    .id("welcome")
                    .person("perez-guadalupe")
                    .putSummaryTranslations(SPANISH, "dio la bienvenida")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "the summary of a speech \"welcome\" is given in Spanish but not in English");
    assertThatThrownBy(
            () ->
                Speech.builder()
                    .person("perez-guadalupe")
                    .summary("welcomed the delegations")
                    .putSummaryTranslations(ENGLISH, "thanked the delegations")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the summary of a speech in English, the record's language, is");
  }

  @Test
  void titlesOfActsSessionsAndItemsHaveTranslationsChecked() {
    Presentation presentation =
        Presentation.builder()
            .person("duarte")
            .title("Citizen security")
            .putTitleTranslations(SPANISH, "Seguridad ciudadana")
            .build();
    assertThat(presentation.title(SPANISH)).contains("Seguridad ciudadana");
    assertThatThrownBy(
            () ->
                Presentation.builder()
                    .id("p")
                    .person("duarte")
                    .topic("citizen security")
                    .putTitleTranslations(SPANISH, "Seguridad ciudadana")
                    .build())
        .hasMessageStartingWith("the title of a presentation \"p\" is given in Spanish but not");
    Report report =
        Report.builder()
            .person("duarte")
            .reportKind(ReportKind.SECRETARIAT)
            .title("Report")
            .putTitleTranslations(FRENCH, "Rapport")
            .build();
    assertThat(report.title(FRENCH)).contains("Rapport");
    assertThatThrownBy(
            () ->
                Report.builder()
                    .person("duarte")
                    .reportKind(ReportKind.SECRETARIAT)
                    .title("Report")
                    .putTitleTranslations(FRENCH, "")
                    .build())
        .hasMessage("title of a report in French must not be blank, but was \"\"");
    AgendaItem item =
        AgendaItem.builder()
            .number("2.a")
            .title("Election of officers")
            .putTitleTranslations(SPANISH, "Elección de autoridades")
            .build();
    assertThat(item.title(SPANISH)).contains("Elección de autoridades");
    assertThat(item.title(ENGLISH)).contains("Election of officers");
    assertThatThrownBy(
            () ->
                AgendaItem.builder()
                    .number("2.a")
                    .title("Election of officers")
                    .putTitleTranslations(ENGLISH, "Elections")
                    .build())
        .hasMessageStartingWith("the title of item 2.a in English, the record's language, is");
    Session session =
        Session.builder()
            .number(2)
            .kind(SessionKind.OPENING)
            .title("Opening session")
            .putTitleTranslations(PORTUGUESE, "Sessão de abertura")
            .build();
    assertThat(session.title(PORTUGUESE)).contains("Sessão de abertura");
    assertThatThrownBy(
            () ->
                Session.builder()
                    .number(2)
                    .kind(SessionKind.OPENING)
                    .putTitleTranslations(PORTUGUESE, "Sessão de abertura")
                    .build())
        .hasMessageStartingWith("the title of session 2 is given in Portuguese but not in English");
    Speech speech =
        Speech.builder()
            .person("cateriano")
            .title("Speech")
            .putTitleTranslations(PORTUGUESE, "Discurso")
            .build();
    assertThat(speech.title(PORTUGUESE)).contains("Discurso");
  }

  @Test
  void theShapesListTranslationsInTheOrderOfTheLanguagesAndRefuseTwoInOne() {
    ImmutableMap<io.github.mispa.model.OfficialLanguage, String> texts =
        ImmutableMap.of(PORTUGUESE, "Recomendações", SPANISH, "Recomendaciones");
    assertThat(RecordShapes.translations(texts))
        .containsExactly(
            Translation.of(SPANISH, "Recomendaciones"),
            Translation.of(PORTUGUESE, "Recomendações"));
    assertThat(RecordShapes.translations(ImmutableMap.of())).isEmpty();
    assertThat(
            RecordShapes.translationMap(
                List.of(Translation.of(SPANISH, "a"), Translation.of(FRENCH, "b")), "title"))
        .isEqualTo(ImmutableMap.of(SPANISH, "a", FRENCH, "b"));
    assertThatThrownBy(
            () ->
                RecordShapes.translationMap(
                    List.of(Translation.of(SPANISH, "a"), Translation.of(SPANISH, "b")), "title"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the title is given twice in Spanish: each language at most once");
  }

  @Test
  void aSourceMayPointAtATranslation() {
    MeetingRecord record = MispaV.record();
    int at = record.documents().indexOf(record.document(MispaV.RECOMMENDATIONS).orElseThrow());
    Document translated =
        record.documents().get(at).toBuilder()
            .titleTranslations(ImmutableMap.of(SPANISH, TITULO))
            .build();
    List<Document> documents = new java.util.ArrayList<>(record.documents());
    documents.set(at, translated);
    Source source =
        Source.builder()
            .about("the Spanish title")
            .addFacts("/documents/" + at + "/titleTranslations/0/text")
            .citation("MISPA-V/doc.3/15")
            .build();
    MeetingRecord withSource = record.toBuilder().documents(documents).addSources(source).build();
    assertThat(withSource.sources()).contains(source);
    Source beyond =
        Source.builder()
            .about("a French title")
            .addFacts("/documents/" + at + "/titleTranslations/1/text")
            .citation("nowhere")
            .build();
    assertThatThrownBy(() -> record.toBuilder().documents(documents).addSources(beyond).build())
        .isInstanceOf(InvalidRecordException.class);
  }
}
