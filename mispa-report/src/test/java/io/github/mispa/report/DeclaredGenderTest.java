package io.github.mispa.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.model.GrammaticalGender;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Person;
import io.github.mispa.procedure.MeetingRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words that agree with a person follow the grammatical gender the record declares where the
 * person's form of address shows none; without a declaration, the report keeps the unmarked form.
 * MISPA V declares none: its source gives the Rapporteur no form of address.
 */
class DeclaredGenderTest {
  /** MISPA V as if its record declared the Rapporteur's grammatical gender feminine. */
  private static MeetingRecord withRapporteurDeclaredFeminine() {
    MeetingRecord record = MispaV.record();
    List<Person> persons =
        record.persons().stream()
            .map(
                p ->
                    p.id().equals(MispaV.RAPPORTEUR)
                        ? p.toBuilder().grammaticalGender(GrammaticalGender.FEMININE).build()
                        : p)
            .toList();
    return record.toBuilder().persons(persons).build();
  }

  @Test
  void mispaVDeclaresNoGenderForItsRapporteur() {
    Person rapporteur = MispaV.record().person(MispaV.RAPPORTEUR).orElseThrow();
    assertThat(rapporteur.honorific()).isEmpty();
    assertThat(rapporteur.grammaticalGender()).isEmpty();
    assertThat(rapporteur.resolvedGrammaticalGender()).isEmpty();
  }

  @Test
  void aRapporteurDeclaredFeminineIsTheRelatoraTheRapporteuseAndARelatora() {
    MeetingRecord record = withRapporteurDeclaredFeminine();
    String informe = RapporteurReport.of(record).in(OfficialLanguage.SPANISH).render();
    assertThat(informe)
        .startsWith("# Informe de la Relatora de la Quinta Reunión")
        .contains("Relatora: Patricia D’Costa")
        .contains("fue elegida Relatora")
        .doesNotContain("Relator:");
    String rapport = RapporteurReport.of(record).in(OfficialLanguage.FRENCH).render();
    assertThat(rapport)
        .startsWith("# Rapport de la Rapporteuse de la Cinquième Réunion")
        .contains("Rapporteuse\u00a0: Patricia D’Costa")
        .doesNotContain("Rapporteur\u00a0: Patricia");
    String relatorio = RapporteurReport.of(record).in(OfficialLanguage.PORTUGUESE).render();
    assertThat(relatorio)
        .startsWith("# Relatório da Relatora da Quinta Reunião")
        .contains("Relatora: Patricia D’Costa")
        .doesNotContain("Relator: Patricia");
  }

  @Test
  void withoutADeclarationTheReportKeepsTheUnmarkedForm() {
    String informe = RapporteurReport.of(MispaV.record()).in(OfficialLanguage.SPANISH).render();
    assertThat(informe)
        .startsWith("# Informe del Relator de la Quinta Reunión")
        .contains("Relator: Patricia D’Costa")
        .contains("fue elegido Relator");
    String rapport = RapporteurReport.of(MispaV.record()).in(OfficialLanguage.FRENCH).render();
    assertThat(rapport).contains("Rapporteur\u00a0: Patricia D’Costa");
    String relatorio =
        RapporteurReport.of(MispaV.record()).in(OfficialLanguage.PORTUGUESE).render();
    assertThat(relatorio).contains("Relator: Patricia D’Costa");
  }

  @Test
  void theEnglishReportHasNoGenderToAgree() {
    assertThat(RapporteurReport.of(withRapporteurDeclaredFeminine()).render())
        .isEqualTo(RapporteurReport.of(MispaV.record()).render());
  }
}
