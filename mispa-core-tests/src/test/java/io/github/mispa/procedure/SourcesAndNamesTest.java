package io.github.mispa.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mispa.examples.MispaV;
import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.DocumentSymbol;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a record holds about where its facts come from and how its source names things: sources that
 * point at the record's fields, documents without invented titles, symbols as printed, unlettered
 * items.
 */
class SourcesAndNamesTest {
  private final MeetingRecord mispaV = MispaV.record();

  @Test
  void aSourceNamesFactsTheRecordHas() {
    Source source =
        Source.builder()
            .about("the dates")
            .addFacts("/meeting/startDate", "/sessions/3/items/0/acts/16/method")
            .citation("somewhere")
            .build();
    MeetingRecord record = mispaV.toBuilder().sources(java.util.List.of(source)).build();
    assertThat(record.sources()).containsExactly(source);
  }

  @Test
  void aSourceOfAFactTheRecordLacksMakesTheRecordInvalid() {
    Source source =
        Source.builder()
            .about("the attendance")
            .addFacts("/meeting/startDate", "/sessions/3/attendance", "/sessions/99")
            .citation("somewhere")
            .build();
    assertThatThrownBy(() -> mispaV.toBuilder().sources(java.util.List.of(source)).build())
        .isInstanceOfSatisfying(
            InvalidRecordException.class,
            e ->
                assertThat(e.problems())
                    .extracting(RecordProblem::path)
                    .containsExactly("/sources/0/facts/1", "/sources/0/facts/2"));
  }

  @Test
  void aSourcePointsAtFieldsOfTheCurrentFormatVersion() {
    // A person's positions, not the version 1 fields they restate.
    Source positions =
        Source.builder()
            .about("the Chair's position")
            .addFacts("/persons/3/positions/0/title", "/persons/3/positions/0/participant")
            .citation("somewhere")
            .build();
    assertThat(mispaV.toBuilder().sources(java.util.List.of(positions)).build().sources())
        .containsExactly(positions);
    Source version1 =
        Source.builder()
            .about("the Chair's position")
            .addFacts("/persons/3/position", "/persons/3/participant")
            .citation("somewhere")
            .build();
    assertThatThrownBy(() -> mispaV.toBuilder().sources(java.util.List.of(version1)).build())
        .isInstanceOfSatisfying(
            InvalidRecordException.class,
            e ->
                assertThat(e.problems())
                    .extracting(RecordProblem::path)
                    .containsExactly("/sources/0/facts/0", "/sources/0/facts/1"));
  }

  @Test
  void aFactOfASourceIsAJsonPointerIntoTheRecord() {
    assertThatThrownBy(
            () -> Source.builder().about("x").addFacts("meeting/startDate").citation("y").build())
        .hasMessageContaining("must be a JSON Pointer");
    assertThatThrownBy(() -> Source.builder().about("x").addFacts("/a~2").citation("y").build())
        .hasMessageContaining("must be a JSON Pointer");
    assertThatThrownBy(() -> Source.builder().about("x").citation("y").build())
        .hasMessageContaining("names no facts");
  }

  @Test
  void everySourceOfMispaVPointsAtAFactOfTheRecord() {
    assertThat(mispaV.sources()).isNotEmpty();
    for (Source source : mispaV.sources()) {
      for (String fact : source.facts()) {
        assertThat(RecordPointers.resolves(mispaV, fact)).as(fact).isTrue();
      }
    }
    assertThat(RecordPointers.resolves(mispaV, "/meeting/languages/3")).isTrue();
    assertThat(RecordPointers.resolves(mispaV, "/meeting/languages/4")).isFalse();
    assertThat(RecordPointers.resolves(mispaV, "/meeting/theme/0")).isFalse();
    assertThat(RecordPointers.resolves(mispaV, "/sessions/0/items/0/acts/1/inRemembranceOf"))
        .isTrue();
    // An index as JSON Pointer writes one: no leading zero, no sign, digits only.
    assertThat(RecordPointers.resolves(mispaV, "/meeting/languages/03")).isFalse();
    assertThat(RecordPointers.resolves(mispaV, "/meeting/languages/+3")).isFalse();
    assertThat(RecordPointers.resolves(mispaV, "/meeting/languages/")).isFalse();
    assertThat(RecordPointers.resolves(mispaV, "/meeting/languages/0")).isTrue();
    // An escaped token is unescaped before it is looked up: no field is named so, escaped or not.
    assertThat(RecordPointers.resolves(mispaV, "/meeting/start~1Date")).isFalse();
  }

  @Test
  void anIndexIsUpToNineDigitsWithoutALeadingZero() {
    for (String index : List.of("0", "7", "123456789")) {
      assertThat(RecordPointers.isIndex(index)).as(index).isTrue();
    }
    for (String notIndex : List.of("1234567890", "00", "01", "", "-1", "1a", "a1", "/", ":")) {
      assertThat(RecordPointers.isIndex(notIndex)).as(notIndex).isFalse();
    }
  }

  @Test
  void aDocumentIsNamedByItsTitleItsDescriptionOrItsSymbol() {
    Document.Builder document = Document.builder().id("d").documentClass(DocumentClass.WORKING);
    assertThatThrownBy(document::build)
        .hasMessageContaining("needs a title, a description or a symbol");
    assertThat(document.symbol(DocumentSymbol.parse("MISPA V/INF.4/15")).build().name())
        .isEqualTo("MISPA V/INF.4/15");
    assertThat(document.description("the draft agenda").build().name())
        .isEqualTo("the draft agenda");
    assertThat(document.title("Recommendations of Lima").build().name())
        .isEqualTo("Recommendations of Lima");
  }

  @Test
  void aSymbolAsPrintedIsAVariantOfTheSymbol() {
    Document agenda = mispaV.document(MispaV.AGENDA).orElseThrow();
    assertThat(agenda.symbol()).map(Object::toString).contains("MISPA V/doc.1/15 rev. 1");
    assertThat(agenda.symbolAsPrinted()).contains("MISPA V/DOC.1/15 rev.1");
    assertThatThrownBy(() -> agenda.toBuilder().symbolAsPrinted("MISPA V/DOC.2/15 rev.1").build())
        .hasMessageContaining("is not a variant of its symbol");
    assertThatThrownBy(() -> agenda.toBuilder().symbolAsPrinted("MISPA V/DOC.x").build())
        .hasMessageContaining("is not a symbol");
    assertThatThrownBy(
            () ->
                Document.builder()
                    .id("d")
                    .title("t")
                    .documentClass(DocumentClass.WORKING)
                    .symbolAsPrinted("MISPA V/INF.4/15")
                    .build())
        .hasMessageContaining("but no symbol");
  }

  @Test
  void theDialoguesOfMispaVAreUnletteredItemsAfterTheLetteredOnes() {
    assertThat(
            mispaV.sessions().stream()
                .flatMap(s -> s.items().stream())
                .filter(AgendaItem::unlettered)
                .map(AgendaItem::number))
        .containsExactly("4.f", "5.d");
    assertThat(AgendaItem.builder().number("2.a").title("t").build().unlettered()).isFalse();
  }
}
