package io.github.mispa.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mispa.model.DocumentSymbol.Kind;
import io.github.mispa.model.DocumentSymbol.SymbolClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentSymbolTest {

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MISPA V/DOC.1/15 rev.1          | MISPA V/doc.1/15 rev. 1",
        "MISPA V/INF. 10/15              | MISPA V/INF.10/15",
        "MISPA V/INF.4/15                | MISPA V/INF.4/15",
        "MISPA II/doc.8/09 rev. 4        | MISPA II/doc.8/09 rev. 4",
        "MISPA-III/RE/doc.6/10 rev. 1    | MISPA III/RE/doc.6/10 rev. 1",
        "MISPA-III/RE/INF.21/10          | MISPA III/RE/INF.21/10",
        "AG/doc.5557/16 corr. 1          | AG/doc.5557/16 corr. 1",
        "CP/doc.1112/80 rev. 4 corr. 1   | CP/doc.1112/80 rev. 4 corr. 1",
        "CIFTA/CEP-I/doc.3/04 rev. 1     | CIFTA/CEP I/doc.3/04 rev. 1",
        "GRIC/O.1/doc.16/12              | GRIC/O.1/doc.16/12",
        "AG/RES. 2866 (XLIV-O/14)        | AG/RES. 2866 (XLIV-O/14)",
        "AG/RES. 2 (XXXVII-E/09)         | AG/RES. 2 (XXXVII-E/09)",
        "AG/DEC. 74 (XLIV-O/14)          | AG/DEC. 74 (XLIV-O/14)",
        "CP/RES. 760 (1217/99)           | CP/RES. 760 (1217/99)",
        "CIDI/RME/RES. 8 (III-O/03)      | CIDI/RME/RES. 8 (III-O/03)",
        "OEA/Ser.K/XLIX.3                | OEA/Ser.K/XLIX.3",
      })
  void everySymbolInMeetingsMdParsesAndPrintsCanonically(String text, String canonical) {
    DocumentSymbol symbol = DocumentSymbol.parse(text);

    assertThat(symbol).hasToString(canonical);
    assertThat(DocumentSymbol.parse(canonical)).isEqualTo(symbol);
    assertThat(DocumentSymbol.parse(symbol.toString())).isEqualTo(symbol).hasSameHashCodeAs(symbol);
  }

  @ParameterizedTest(name = "{0} equals {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MISPA V/DOC.1/15 rev.1       | mispa v/doc. 1/15 REV. 1",
        "MISPA V/DOC.1/15 rev.1       | MISPA-V/Doc.1/15 Rev.1",
        "MISPA V/INF. 10/15           | MISPA V/INF.10/15",
        "MISPA V/INF. 10/15           | MISPA  V/inf.10/15",
        "MISPA-III/RE/doc.6/10 rev. 1 | MISPA III/re/DOC. 6/10 rev.1",
        "AG/RES. 2866 (XLIV-O/14)     | ag/res.2866(xliv-o/14)",
        "CP/doc.1112/80 rev. 4 corr. 1| CP/doc.1112/80  rev.4  corr.1",
        "AG/doc.5557/16 corr. 1       | AG/doc.05557/16 corr. 1",
        "OEA/Ser.K/XLIX.3             | oea/ser.k/xlix.3",
      })
  void spacingAndCaseVariantsOfOneSymbolAreEqual(String one, String variant) {
    assertThat(DocumentSymbol.parse(variant))
        .isEqualTo(DocumentSymbol.parse(one))
        .hasSameHashCodeAs(DocumentSymbol.parse(one))
        .hasToString(DocumentSymbol.parse(one).toString());
  }

  @Test
  void differentSymbolsAreNotEqual() {
    assertThat(DocumentSymbol.parse("MISPA V/doc.1/15"))
        .isNotEqualTo(DocumentSymbol.parse("MISPA V/doc.1/15 rev. 1"))
        .isNotEqualTo(DocumentSymbol.parse("MISPA V/INF.1/15"))
        .isNotEqualTo(DocumentSymbol.parse("MISPA IV/doc.1/15"));
    assertThat(DocumentSymbol.parse("CP/doc.1/80 rev. 1 corr. 1"))
        .isNotEqualTo(DocumentSymbol.parse("CP/doc.1/80 corr. 1 rev. 1"));
  }

  @Test
  void componentsOfAMeetingDocument() {
    DocumentSymbol symbol = DocumentSymbol.parse("MISPA-III/RE/doc.6/10 rev. 1");

    assertThat(symbol.kind()).isEqualTo(Kind.DOCUMENT);
    assertThat(symbol.path()).containsExactly("MISPA III", "RE");
    assertThat(symbol.issuer()).isEqualTo("MISPA III");
    assertThat(symbol.symbolClass()).contains(SymbolClass.DOC);
    assertThat(symbol.number()).hasValue(6);
    assertThat(symbol.year()).contains("10");
    assertThat(symbol.revision()).hasValue(1);
    assertThat(symbol.corrigendum()).isEmpty();
    assertThat(symbol.addendum()).isEmpty();
    assertThat(symbol.session()).isEmpty();
  }

  @Test
  void componentsOfAResolutionAndADeclaration() {
    DocumentSymbol resolution = DocumentSymbol.parse("AG/RES. 2 (XXXVII-E/09)");
    assertThat(resolution.kind()).isEqualTo(Kind.RESOLUTION);
    assertThat(resolution.number()).hasValue(2);
    assertThat(resolution.session()).contains("XXXVII-E/09");
    assertThat(resolution.year()).isEmpty();
    assertThat(resolution.symbolClass()).isEmpty();

    DocumentSymbol declaration = DocumentSymbol.parse("AG/DEC. 74 (XLIV-O/14)");
    assertThat(declaration.kind()).isEqualTo(Kind.DECLARATION);
    assertThat(DocumentSymbol.parse("CP/RES. 760 (1217/99)").session()).contains("1217/99");
  }

  @Test
  void componentsOfASeries() {
    DocumentSymbol series = DocumentSymbol.parse("OEA/Ser.K/XLIX.3");
    assertThat(series.kind()).isEqualTo(Kind.SERIES);
    assertThat(series.path()).containsExactly("OEA", "Ser.K", "XLIX.3");
    assertThat(series.number()).isEmpty();
    assertThat(DocumentSymbol.parse("OEA/Ser.G")).hasToString("OEA/Ser.G");
  }

  @Test
  void addendaAndCorrigendaAreRead() {
    DocumentSymbol symbol = DocumentSymbol.parse("CP/doc.1112/80 add. 2 corr. 3");
    assertThat(symbol.addendum()).hasValue(2);
    assertThat(symbol.corrigendum()).hasValue(3);
    assertThat(symbol.suffixes()).extracting(Object::toString).containsExactly("add. 2", "corr. 3");
  }

  @ParameterizedTest(name = "\"{0}\" fails at {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MISPA V/DOC.x/15            | 12 | expected the document number",
        "MISPA V/DOC.1/1             | 14 | expected a two-digit year",
        "MISPA V/DOC.1/155           | 16 | the year has more than two digits",
        "MISPA V/DOC.1                | 13 | expected '/'",
        "MISPA V/DOC.1/15 rev.       | 21 | expected the number after rev.",
        "MISPA V/DOC.1/15 rev.1 rev.2| 23 | rev. appears twice",
        "MISPA V/DOC.1/15 version 2  | 17 | expected rev., corr. or add.",
        "MISPA V/DOC.1/15rev.1       | 16 | expected a space",
        "MISPA V/DOC.1/15 rev.1x     | 22 | expected a space",
        "/DOC.1/15                   | 0  | expected a body or meeting",
        "MISPA V//DOC.1/15           | 8  | expected a body or meeting",
        "MISPA_V/DOC.1/15            | 5  | unexpected character '_'",
        "MISPA V                     | 7  | expected '/'",
        "DOC.1/15                    | 0  | expected the issuing body",
        "AG/RES. 2866 (XLIV-Q/14)    | 19 | expected O (regular session) or E",
        "AG/RES. 2866 (XLIIII-O/14)  | 14 | expected a session in Roman numerals",
        "AG/RES. 2866 XLIV-O/14      | 13 | expected '('",
        "AG/RES. 2866 (XLIV-O/14     | 23 | expected ')'",
        "AG/RES. (XLIV-O/14)         | 8  | expected the number of the resolution",
        "AG/doc.1234567/16           | 7  | more than 6 digits",
        "OEA/Ser.                    | 8  | expected the series letter",
        "OEA/Ser.KK                  | 9  | expected '/' or the end",
        "MISPA V-/DOC.1/15           | 7  | cannot end with '-'",
      })
  void malformedSymbolsFailWithTheIndexWhereParsingStopped(String text, int index, String problem) {
    assertFailsAt(text, index, problem);
  }

  @Test
  void aTrailingSpaceIsNotAccepted() {
    assertFailsAt("MISPA V/DOC.1/15 rev.1 ", 22, "unexpected space at the end");
  }

  private static void assertFailsAt(String parsed, int index, String problem) {
    assertThatThrownBy(() -> DocumentSymbol.parse(parsed))
        .isInstanceOfSatisfying(
            DocumentSymbolParseException.class,
            e -> {
              assertThat(e.getErrorIndex()).isEqualTo(index);
              assertThat(e.getParsedString()).isEqualTo(parsed);
              assertThat(e.getMessage())
                  .contains(problem)
                  .contains("at index " + index)
                  .contains(parsed);
            });
  }

  @Test
  void anEmptySymbolFailsAtIndexZero() {
    assertThatThrownBy(() -> DocumentSymbol.parse(""))
        .isInstanceOfSatisfying(
            DocumentSymbolParseException.class, e -> assertThat(e.getErrorIndex()).isZero());
  }

  @Test
  void leadingSpaceIsNotAccepted() {
    assertThatThrownBy(() -> DocumentSymbol.parse(" AG/RES. 1 (I-O/71)"))
        .isInstanceOfSatisfying(
            DocumentSymbolParseException.class, e -> assertThat(e.getErrorIndex()).isZero());
  }
}
