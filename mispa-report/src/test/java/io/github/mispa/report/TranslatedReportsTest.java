package io.github.mispa.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.SyntheticRecords;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The report of MISPA V in Spanish, French and Portuguese is its golden file; run with
 * -Dmispa.updateGolden=true to rewrite them after a deliberate change, and read the difference.
 */
class TranslatedReportsTest {
  @ParameterizedTest
  @EnumSource(value = OfficialLanguage.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
  void theMispaVReportInEachLanguageIsItsGoldenFile(OfficialLanguage language) throws IOException {
    String golden = "/io/github/mispa/report/mispa-v." + language.code() + ".md";
    String rendered = RapporteurReport.of(MispaV.record()).in(language).withFindings().render();
    if (Boolean.getBoolean("mispa.updateGolden")) {
      Files.writeString(Path.of("src/test/resources" + golden), rendered, StandardCharsets.UTF_8);
    }
    try (InputStream in = TranslatedReportsTest.class.getResourceAsStream(golden)) {
      assertThat(in).as("golden file %s", golden).isNotNull();
      assertThat(rendered)
          .as("the %s report", language.name().toLowerCase(Locale.ROOT))
          .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theSpanishReportReadsAsASpanishRapporteursReport() {
    String informe = RapporteurReport.of(MispaV.record()).in(OfficialLanguage.SPANISH).render();
    assertThat(informe)
        .startsWith("# Informe de")
        .contains(
            " de la Quinta Reunión de Ministros en Materia de Seguridad Pública de las Américas"
                + " (MISPA V)\n")
        .contains("Lima, Perú, 19–20 de noviembre de 2015.")
        .contains("## 2. Sesión de apertura")
        .contains("La delegación de Chile secundó la propuesta, que fue aprobada por aclamación.")
        .contains("Las delegaciones del Paraguay, del Ecuador, de Honduras, de la Argentina")
        .contains("La delegación de los Estados Unidos")
        .contains("La delegación de Canadá")
        .contains("**Próxima reunión.** MISPA VI, con sede en Honduras.");
  }

  @Test
  void theFrenchAndPortugueseReportsJoinNamesToTheirPrepositions() {
    String rapport = RapporteurReport.of(MispaV.record()).in(OfficialLanguage.FRENCH).render();
    assertThat(rapport)
        .startsWith("# Rapport d")
        .contains(" de la Cinquième Réunion des ministres en matière de sécurité publique")
        .contains("Les délégations du Paraguay, de l’Équateur, du Honduras, de l’Argentine")
        .contains("La délégation d’Antigua-et-Barbuda")
        .contains("La délégation des États-Unis")
        .contains("**Prochaine réunion.** MISPA VI, au Honduras.");
    String relatorio =
        RapporteurReport.of(MispaV.record()).in(OfficialLanguage.PORTUGUESE).render();
    assertThat(relatorio)
        .startsWith("# Relatório d")
        .contains(" da Quinta Reunião de Ministros em Matéria de Segurança Pública")
        .contains("A delegação do Brasil")
        .contains("A delegação dos Estados Unidos")
        .contains("19\u2009–\u200920 de novembro de 2015");
  }

  @Test
  void everyActOfAGeneratedRecordIsInTheReportInEveryLanguage() {
    Pattern markers = Pattern.compile("<!--((?: [0-9]+(?:\\.[a-z]+)?#[0-9]+)+) -->");
    io.github.mispa.testing.Theories.qt(15)
        .forAll(
            org.quicktheories.generators.SourceDSL.longs().all(),
            org.quicktheories.generators.SourceDSL.integers().between(0, 200))
        .checkAssert(
            (seed, size) -> {
              MeetingRecord record = SyntheticRecords.generate(seed, size);
              List<String> acts =
                  record.acts().stream().map(RecordedAct::location).map(Object::toString).toList();
              for (OfficialLanguage language : OfficialLanguage.values()) {
                String report = RapporteurReport.of(record).in(language).withLocations().render();
                List<String> mentioned = new ArrayList<>();
                Matcher m = markers.matcher(report);
                while (m.find()) {
                  mentioned.addAll(Arrays.asList(m.group(1).trim().split(" ")));
                }
                assertThat(mentioned)
                    .as("the acts in %s", language)
                    .containsExactlyElementsOf(acts);
              }
            });
  }
}
