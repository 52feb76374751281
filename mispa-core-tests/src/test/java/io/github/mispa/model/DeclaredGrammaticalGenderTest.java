package io.github.mispa.model;

import static io.github.mispa.model.GrammaticalGender.FEMININE;
import static io.github.mispa.model.GrammaticalGender.MASCULINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A person's grammatical gender: declared by the record, or shown by the form of address, and never
 * both in disagreement.
 */
class DeclaredGrammaticalGenderTest {
  private static Person.Builder rapporteur() {
    return Person.builder()
        .id("rapporteur")
        .name("Patricia D’Costa")
        .position("Alternate Representative of Canada to the OAS")
        .participant("CAN");
  }

  @Test
  void aPersonWithoutAFormOfAddressHasTheGenderTheRecordDeclares() {
    Person declared = rapporteur().grammaticalGender(FEMININE).build();
    assertThat(declared.grammaticalGender()).contains(FEMININE);
    assertThat(declared.resolvedGrammaticalGender()).contains(FEMININE);
  }

  @Test
  void withoutADeclarationOrAFormOfAddressThatShowsOneTheGenderIsUnknown() {
    assertThat(rapporteur().build().resolvedGrammaticalGender()).isEmpty();
    assertThat(rapporteur().honorific("Dr.").build().resolvedGrammaticalGender()).isEmpty();
    assertThat(rapporteur().honorific("Ms.").build().resolvedGrammaticalGender())
        .contains(FEMININE);
    assertThat(rapporteur().honorific("His Excellency Ambassador").build().grammaticalGender())
        .isEmpty();
    assertThat(
            rapporteur().honorific("His Excellency Ambassador").build().resolvedGrammaticalGender())
        .contains(MASCULINE);
  }

  @Test
  void aDeclarationAgreesWithAFormOfAddressThatShowsNoneOrTheSame() {
    assertThat(
            rapporteur()
                .honorific("Dr.")
                .grammaticalGender(FEMININE)
                .build()
                .resolvedGrammaticalGender())
        .contains(FEMININE);
    assertThat(
            rapporteur()
                .honorific("Ms.")
                .grammaticalGender(FEMININE)
                .build()
                .resolvedGrammaticalGender())
        .contains(FEMININE);
  }

  @Test
  void aDeclarationThatContradictsTheFormOfAddressIsRefused() {
    assertThatThrownBy(() -> rapporteur().honorific("Mr.").grammaticalGender(FEMININE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "person \"rapporteur\" is declared of feminine grammatical gender, but the form of"
                + " address \"Mr.\" is masculine: the two must agree (or leave out the declared"
                + " one)");
    assertThatThrownBy(
            () -> rapporteur().honorific("Her Excellency").grammaticalGender(MASCULINE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the form of address \"Her Excellency\" is feminine");
  }

  @Test
  void theFormsOfAddressThatShowAGenderAreTheEnglishOnesThatDo() {
    assertThat(GrammaticalGender.shownBy("Mr.")).contains(MASCULINE);
    assertThat(GrammaticalGender.shownBy("mr")).contains(MASCULINE);
    assertThat(GrammaticalGender.shownBy("His Excellency")).contains(MASCULINE);
    assertThat(GrammaticalGender.shownBy("Ms.")).contains(FEMININE);
    assertThat(GrammaticalGender.shownBy("Mrs.")).contains(FEMININE);
    assertThat(GrammaticalGender.shownBy(" Her Excellency Ambassador")).contains(FEMININE);
    assertThat(GrammaticalGender.shownBy("Dr.")).isEmpty();
    assertThat(GrammaticalGender.shownBy("Msgr.")).isEmpty();
    assertThat(GrammaticalGender.shownBy("H.E.")).isEmpty();
    assertThat(GrammaticalGender.shownBy("Hispanic")).isEmpty();
    assertThat(GrammaticalGender.shownBy("")).isEmpty();
  }
}
