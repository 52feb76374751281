package io.github.mispa.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.procedure.SessionKind;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The names that vary by language, checked against the OAS's forms written out by hand (see
 * docs/terminology.md for their sources), not against the tables they come from.
 */
class NamesInFourLanguagesTest {
  @Test
  void statesTakeTheArticleTheOasWritesThemWith() {
    assertThat(MemberState.PERU.name(OfficialLanguage.SPANISH).withArticle()).isEqualTo("el Perú");
    assertThat(MemberState.PERU.name(OfficialLanguage.FRENCH).withArticle()).isEqualTo("le Pérou");
    assertThat(MemberState.PERU.name(OfficialLanguage.PORTUGUESE).withArticle())
        .isEqualTo("o Peru");
    assertThat(MemberState.PERU.name(OfficialLanguage.ENGLISH).withArticle()).isEqualTo("Peru");
    assertThat(MemberState.UNITED_STATES.name(OfficialLanguage.SPANISH).withArticle())
        .isEqualTo("los Estados Unidos");
    assertThat(MemberState.UNITED_STATES.name(OfficialLanguage.FRENCH).withArticle())
        .isEqualTo("les États-Unis");
    assertThat(MemberState.UNITED_STATES.name(OfficialLanguage.PORTUGUESE).withArticle())
        .isEqualTo("os Estados Unidos");
    assertThat(MemberState.UNITED_STATES.name(OfficialLanguage.ENGLISH).withArticle())
        .isEqualTo("the United States");
    assertThat(MemberState.CANADA.name(OfficialLanguage.SPANISH).withArticle()).isEqualTo("Canadá");
    assertThat(MemberState.CANADA.name(OfficialLanguage.FRENCH).withArticle())
        .isEqualTo("le Canada");
    assertThat(MemberState.CANADA.name(OfficialLanguage.PORTUGUESE).withArticle())
        .isEqualTo("o Canadá");
    assertThat(MemberState.ECUADOR.name(OfficialLanguage.FRENCH).withArticle())
        .isEqualTo("l’Équateur");
    assertThat(MemberState.EL_SALVADOR.name(OfficialLanguage.SPANISH).article()).isEmpty();
    assertThat(MemberState.DOMINICAN_REPUBLIC.name(OfficialLanguage.SPANISH).withArticle())
        .isEqualTo("la República Dominicana");
    assertThat(MemberState.GRENADA.name(OfficialLanguage.SPANISH).withArticle())
        .isEqualTo("Grenada");
    assertThat(MemberState.SAINT_KITTS_AND_NEVIS.name(OfficialLanguage.PORTUGUESE).withArticle())
        .isEqualTo("São Cristóvão e Névis");
  }

  @Test
  void statesHaveTheirGenderNumberAndSound() {
    StateName unitedStates = MemberState.UNITED_STATES.name(OfficialLanguage.SPANISH);
    assertThat(unitedStates.noun().plural()).isTrue();
    assertThat(unitedStates.noun().gender()).isEqualTo(GrammaticalGender.MASCULINE);
    assertThat(MemberState.ARGENTINA.name(OfficialLanguage.FRENCH).noun().gender())
        .isEqualTo(GrammaticalGender.FEMININE);
    assertThat(MemberState.HAITI.name(OfficialLanguage.FRENCH).vowelSound()).isTrue();
    assertThat(MemberState.HONDURAS.name(OfficialLanguage.FRENCH).vowelSound()).isFalse();
    assertThat(MemberState.CUBA.name(OfficialLanguage.FRENCH).vowelSound()).isFalse();
  }

  @Test
  void everyStateHasANameInEveryLanguage() {
    for (MemberState state : MemberState.values()) {
      for (OfficialLanguage language : OfficialLanguage.values()) {
        StateName name = state.name(language);
        assertThat(name.noun().text()).as("%s in %s", state, language).isNotBlank();
        assertThat(name.withArticle()).endsWith(name.noun().text());
      }
      assertThat(state.name(OfficialLanguage.ENGLISH).noun().text())
          .as("the English name of %s", state)
          .isEqualTo(state.englishName());
    }
  }

  @Test
  void officesAgreeWithTheirHolder() {
    assertThat(Office.RAPPORTEUR.title(OfficialLanguage.SPANISH, GrammaticalGender.FEMININE))
        .isEqualTo("Relatora");
    assertThat(Office.CHAIR.title(OfficialLanguage.SPANISH, GrammaticalGender.FEMININE))
        .isEqualTo("Presidenta");
    assertThat(Office.CHAIR.title(OfficialLanguage.FRENCH, GrammaticalGender.MASCULINE))
        .isEqualTo("Président");
    assertThat(Office.VICE_CHAIR.title(OfficialLanguage.PORTUGUESE, GrammaticalGender.MASCULINE))
        .isEqualTo("Vice-Presidente");
    for (Office office : Office.values()) {
      for (OfficialLanguage language : OfficialLanguage.values()) {
        for (GrammaticalGender gender : GrammaticalGender.values()) {
          assertThat(office.title(language, gender)).isNotBlank();
        }
      }
      assertThat(office.title(OfficialLanguage.ENGLISH, GrammaticalGender.FEMININE))
          .isEqualTo(office.title());
    }
  }

  @Test
  void sessionKindsDocumentClassesAndTheSeriesHaveNames() {
    assertThat(SessionKind.OPENING.noun(OfficialLanguage.SPANISH)).isEqualTo("sesión de apertura");
    assertThat(SessionKind.CLOSING.noun(OfficialLanguage.FRENCH)).isEqualTo("séance de clôture");
    assertThat(DocumentClass.AGENDA.noun(OfficialLanguage.SPANISH))
        .isEqualTo(Noun.of("orden del día", GrammaticalGender.MASCULINE));
    assertThat(DocumentClass.RESOLUTION.noun(OfficialLanguage.PORTUGUESE).gender())
        .isEqualTo(GrammaticalGender.FEMININE);
    for (OfficialLanguage language : OfficialLanguage.values()) {
      for (SessionKind kind : SessionKind.values()) {
        assertThat(kind.noun(language)).isNotBlank();
      }
      for (DocumentClass documentClass : DocumentClass.values()) {
        assertThat(documentClass.noun(language).text()).isNotBlank();
      }
      assertThat(MeetingSeries.MISPA.name(language)).isPresent();
    }
    assertThat(MeetingSeries.MISPA.name(OfficialLanguage.SPANISH).orElseThrow().text())
        .isEqualTo("Reunión de Ministros en Materia de Seguridad Pública de las Américas");
    assertThat(MeetingSeries.of("XYZ", "Meeting of Someone").name(OfficialLanguage.FRENCH))
        .isEmpty();
  }

  @Test
  void aLocaleFindsItsOfficialLanguage() {
    assertThat(OfficialLanguage.of(Locale.forLanguageTag("es-PE")))
        .contains(OfficialLanguage.SPANISH);
    assertThat(OfficialLanguage.of(Locale.CANADA_FRENCH)).contains(OfficialLanguage.FRENCH);
    assertThat(OfficialLanguage.of(Locale.GERMANY)).isEmpty();
    assertThat(OfficialLanguage.PORTUGUESE.locale()).isEqualTo(Locale.forLanguageTag("pt"));
  }
}
