package io.github.mispa.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.procedure.ActKind;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
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
  void nextInSpanishNamesTheStatesOfficesAndMajoritiesInSpanish() {
    Run run = Run.of("next", "--lang", "es", FILE, "--at", "2.a#19");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .startsWith(
            """
            A continuación, en 2.a#19, según mispa:
            Sesión: 2, sesión de apertura (Opening session); tema 2.a, Election of officers
            Preside: Mr. José Luis Pérez Guadalupe, Minister of the Interior of Peru
            Orden del día: no aprobado
            Cuestión de orden pendiente de decisión: ninguna
            Estados miembros que cuentan: 34 Estados miembros; no se cuentan: Cuba (no participa)
            Cargos por cubrir:
              Vicepresidente: 2 vacantes de 2 puestos, candidaturas: 2.a#18 Julian Pacheco\
             Tinoco; se elige por mayoría de los 34 Estados miembros, 18 votos (para una elección:\
             practice; OAS Charter, Art. 59)
              Relator: 1 vacante de 1 puesto, ninguna candidatura; se elige por mayoría de los 34\
             Estados miembros, 18 votos (para una elección: practice; OAS Charter, Art. 59)
            Mociones pendientes:
              2.a#4 propuesta "proposal-joint-statement" de José Luis Pérez Guadalupe; apoyada por\
             el Paraguay, el Ecuador, Honduras, la Argentina, Guatemala, el Brasil, México, El\
             Salvador, Colombia y Nicaragua
                pueden secundarla: todas las delegaciones que pueden decidir (23) salvo el Perú
                pueden apoyarla, enmendarla u objetarla: todas las delegaciones que pueden decidir\
             (23)
            """)
        .contains(
            """
              2.a#18 candidatura "nomination-vice-chair" de Costa Rica
                pueden secundarla: todas las delegaciones que pueden decidir (23) salvo Costa Rica
                pueden apoyarla u objetarla: todas las delegaciones que pueden decidir (23)
                se aprueba por mayoría de los 34 Estados miembros, 18 votos (para una elección:\
             practice; OAS Charter, Art. 59)
            Documentos por aprobar:
              Orden del día MISPA V/doc.1/15 rev. 1 (the draft agenda): se aprueba por mayoría de\
             dos tercios de los 34 Estados miembros, 23 votos (para el orden del día: OAS Charter;\
             GA Rules)
            """)
        .endsWith(
            "Si se registrara ahora, el acto en 2.a#19, secundación de Chile, sería conforme.\n");
  }

  @Test
  void nextInSpanishTriesTheActAndGivesItsFindingsAsValidateDoes() {
    Path record =
        Path.of("..", "conformance", "point-of-order.ruling", "fires-ruling-not-at-once.json");

    Run run = Run.of("next", "--lang", "es", record.toString(), "--at", "4.f#9");

    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    assertThat(run.out())
        .contains("Cuestión de orden pendiente de decisión: 4.f#8 \"point\"\n")
        .endsWith(
            "Si se registrara ahora, el acto en 4.f#9, intervención de la Argentina, sería"
                + " irregular (surtiría efecto):\n"
                + "  4.f#9 irregular point-of-order.ruling (GA Rules, Art. 57): la cuestión de"
                + " orden “point” no se resolvió de inmediato\n");
  }

  @Test
  void nextInFrenchJoinsTheStatesToTheirArticlesAndSpacesItsColons() {
    Path record =
        Path.of("..", "conformance", "election.seconder-distinct", "fires-self-seconded.json");

    Run run = Run.of("next", "--lang", "fr", record.toString(), "--at", "2.a#19");

    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("Ensuite, en 2.a#19, selon mispa\u00a0:\n")
        .contains("Séance\u00a0: 2, séance d’ouverture (Opening session)\u00a0; point 2.a,")
        .contains(
            "États membres comptés\u00a0: 34 États membres\u00a0; non comptés\u00a0: Cuba (ne participe pas)\n")
        .contains("  2.a#15 amendement \"amendment-colombia-nicaragua\" de la Colombie\n")
        .contains(
            "    peuvent l’appuyer\u00a0: toutes les délégations pouvant décider (23) sauf la"
                + " Colombie et le Nicaragua\n")
        .contains(
            "    adoption à la majorité des 34 États membres, 18 voix (pour une question de"
                + " fond\u00a0: OAS Charter, Art. 59)\n")
        .contains(
            "  Ordre du jour MISPA V/doc.1/15 rev. 1 (the draft agenda)\u00a0: adoption à la"
                + " majorité des deux tiers des 34 États membres, 23 voix")
        .endsWith(
            "S’il était enregistré maintenant, l’acte en 2.a#19, appui du Costa Rica, serait"
                + " nul\u00a0:\n"
                + "  2.a#19 nul election.seconder-distinct (practice): le Costa Rica appuie la"
                + " candidature à 2.a#18, qu’elle a elle-même présentée\u00a0; l’appui doit venir"
                + " d’une autre délégation\n");
  }

  @Test
  void nextInPortugueseContractsThePrepositionWithEachState() {
    Run run = Run.of("next", "--lang", "pt", FILE, "--at", "2.a#19");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .startsWith("A seguir, em 2.a#19, segundo mispa:\n")
        .contains(
            "Estados membros contados: 34 Estados membros; não contados: Cuba (não participa)\n")
        .contains(
            "  Vice-Presidente: 2 de 2 vagas em aberto, candidaturas: 2.a#18 Julian Pacheco"
                + " Tinoco; elege-se por maioria dos 34 Estados membros, 18 votos (para uma"
                + " eleição: practice; OAS Charter, Art. 59)\n")
        .contains(
            "; apoiada pelo Paraguai, pelo Equador, por Honduras, pela Argentina, pela Guatemala,"
                + " pelo Brasil, pelo México, por El Salvador, pela Colômbia e pela Nicarágua\n")
        .contains(
            "    podem secundá-la: todas as delegações que podem decidir (23) exceto o Peru\n")
        .contains(
            "  Ordem do dia MISPA V/doc.1/15 rev. 1 (the draft agenda): aprova-se por maioria de"
                + " dois terços dos 34 Estados membros, 23 votos (para a ordem do dia: OAS"
                + " Charter; GA Rules)\n")
        .endsWith(
            "Se fosse registrado agora, o ato em 2.a#19, secundamento do Chile, seria conforme.\n");
  }

  @ParameterizedTest
  @EnumSource(value = OfficialLanguage.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
  void everyKindOfActHasANounInEveryLanguage(OfficialLanguage language) {
    String nouns = ToolText.in(language).patterns().getProperty("next.act");
    for (ActKind kind : ActKind.values()) {
      // A kind without its own case would fall back on its English logical name.
      assertThat(nouns).as("%s in %s", kind, language).contains(" " + kind + " {");
    }
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

  /**
   * A translation takes the arguments the English takes, a count as a number ({@code count}) or as
   * digits ({@code countDigits}) alike; besides, it may use what grammar needs of a name or a noun
   * (its article, its first sound, its gender), which English ignores.
   */
  @ParameterizedTest
  @EnumSource(OfficialLanguage.class)
  void theToolsWordsTakeTheSameArgumentsInEveryLanguage(OfficialLanguage language) {
    Properties english = ToolText.in(OfficialLanguage.ENGLISH).patterns();
    Properties other = ToolText.in(language).patterns();
    Set<String> grammar = Set.of("art", "vowel", "gender");
    for (String key : english.stringPropertyNames()) {
      Set<String> expected = arguments(english.getProperty(key));
      Set<String> actual = arguments(other.getProperty(key));
      assertThat(actual).as("the arguments of %s in %s", key, language).containsAll(expected);
      actual.removeAll(expected);
      actual.removeAll(grammar);
      assertThat(actual).as("arguments of %s in %s that English lacks", key, language).isEmpty();
    }
  }

  private static Set<String> arguments(String pattern) {
    MessagePattern parsed = new MessagePattern(pattern);
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < parsed.countParts(); i++) {
      MessagePattern.Part part = parsed.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
        names.add(parsed.getSubstring(part).replaceFirst("Digits$", ""));
      }
    }
    return names;
  }
}
