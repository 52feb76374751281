package io.github.mispa.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EditionTest {

  @ParameterizedTest
  @CsvSource({
    "1, I",
    "4, IV",
    "5, V",
    "9, IX",
    "44, XLIV",
    "49, XLIX",
    "37, XXXVII",
    "3999, MMMCMXCIX"
  })
  void printsAndReadsRomanNumerals(int number, String roman) {
    assertThat(Edition.of(number)).hasToString(roman);
    assertThat(Edition.parse(roman).number()).isEqualTo(number);
    assertThat(Edition.parse(roman.toLowerCase(java.util.Locale.ROOT)))
        .isEqualTo(Edition.of(number));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "IIII", "VV", "IVI", "IC", "XM", "MMMM", "V I", "5", "A"})
  void rejectsTextThatIsNotAStandardNumeral(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Edition.parse(text))
        .withMessageContaining("\"" + text + "\"");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 4000})
  void rejectsNumbersOutOfRange(int number) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Edition.of(number))
        .withMessageContaining(String.valueOf(number));
  }

  @Test
  void ordersByNumberAndKnowsItsSuccessor() {
    assertThat(Edition.of(5).next()).isEqualTo(Edition.of(6));
    assertThat(Edition.of(4)).isLessThan(Edition.of(5));
  }
}
