package io.github.mispa.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.model.OfficialLanguage;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The tool in the four official languages: --lang, its default, and its own words. */
class LanguagesTest {
  private static final String FILE = Records.MISPA_V.toString();

  @Test
  void theReportInSpanishIsASpanishRapporteursReport() {
    Run run = Run.of("report", "--lang", "es", FILE);
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("# Informe de")
        .contains("Lima, Perú, 19–20 de noviembre de 2015.")
        .contains("La delegación de Chile secundó la propuesta, que fue aprobada por aclamación.")
        .contains("**Próxima reunión.** MISPA VI, con sede en Honduras.");
  }

  @Test
  void validateInSpanishPrintsTheFindingsInSpanishAndKeepsRuleIds() {
    Run run = Run.of("validate", "--lang", "es", FILE);
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains(": limpia según mispa: sin constataciones (nulas o irregulares)")
        .contains("10 constataciones sin determinar")
        .contains("  decision.quorum (GA Rules, Art. 52), en 10 actos:")
        .contains(
            "3.e#5: el acta no registra la asistencia a la sesión 3, por lo que no puede"
                + " comprobarse el quórum (18 de 34 Estados miembros)");
  }

  @Test
  void validateAsJsonKeepsTheEnglishMessageBesideTheLocalizedOne() {
    Run run = Run.of("validate", "--lang", "fr", "--format", "json", FILE);
    assertThat(run.out())
        .contains("\"language\" : \"fr\"")
        .contains("\"rule\" : \"decision.quorum\"")
        .contains(
            "\"message\" : \"the record has no attendance for session 2, so the quorum (18 of 34"
                + " member states) cannot be checked\"")
        .contains("\"localizedMessage\" : \"le procès-verbal n’indique pas les présences")
        .contains("\"localized\" : true");
  }

  @Test
  void theStateInPortugueseNamesTheOfficesInPortuguese() {
    Run run = Run.of("state", "--lang", "pt", "--at", "2.b#1", FILE);
    assertThat(run.out())
        .contains("Sessão: 2, sessão de abertura")
        .contains("  Vice-Presidente: Mr. Julian Pacheco Tinoco")
        .contains("Ordem do dia: não aprovada");
  }

  @Test
  void anUnknownLanguageIsABadArgument() {
    Run run = Run.of("report", "--lang", "de", FILE);
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("\"de\" is not an official language of the OAS: es, en, fr or pt");
  }

  @Test
  void theDefaultIsTheLocalesLanguageElseEnglish() {
    assertThat(ToolText.defaultFor(Locale.forLanguageTag("fr-HT")))
        .isEqualTo(OfficialLanguage.FRENCH);
    assertThat(ToolText.defaultFor(Locale.forLanguageTag("pt-BR")))
        .isEqualTo(OfficialLanguage.PORTUGUESE);
    assertThat(ToolText.defaultFor(Locale.JAPAN)).isEqualTo(OfficialLanguage.ENGLISH);
    assertThat(ToolText.defaultFor(Locale.ROOT)).isEqualTo(OfficialLanguage.ENGLISH);
  }

  @ParameterizedTest
  @EnumSource(OfficialLanguage.class)
  void theToolsWordsAreInEveryLanguageWithTheSameKeys(OfficialLanguage language) {
    Set<String> english =
        new TreeSet<>(ToolText.in(OfficialLanguage.ENGLISH).patterns().stringPropertyNames());
    assertThat(new TreeSet<>(ToolText.in(language).patterns().stringPropertyNames()))
        .isEqualTo(english);
    if (language != OfficialLanguage.ENGLISH) {
      for (String key : english) {
        String pattern = ToolText.in(OfficialLanguage.ENGLISH).patterns().getProperty(key);
        if (!pattern.replaceAll("\\{[^}]*\\}", "").matches(".*\\p{L}.*")) {
          continue; // arguments and punctuation alone: the same in every language
        }
        assertThat(ToolText.in(language).patterns().getProperty(key))
            .as("%s in %s, not the English", key, language)
            .isNotEqualTo(ToolText.in(OfficialLanguage.ENGLISH).patterns().getProperty(key));
      }
    }
  }
}
