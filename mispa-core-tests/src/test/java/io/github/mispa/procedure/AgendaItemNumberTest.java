package io.github.mispa.procedure;

import static io.github.mispa.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The written-out check of item numbers agrees with the pattern that documents them. */
class AgendaItemNumberTest {

  @Test
  void theCheckAcceptsWhatThePatternMatchesAndNothingElse() {
    // Strings near the shape of an item number: digits, letters, dots and the odd stray character.
    qt(5000)
        .forAll(
            lists()
                .of(Generate.pick(List.of("0", "1", "2", "9", ".", "a", "b", "z", "A", "#", "-")))
                .ofSizeBetween(0, 11),
            integers().between(0, 2))
        .checkAssert(
            (chars, prefix) -> {
              String s =
                  (prefix == 0 ? "" : prefix == 1 ? "3" : "12")
                      + chars.stream().collect(Collectors.joining());
              assertThat(AgendaItem.isNumber(s))
                  .as("\"%s\"", s)
                  .isEqualTo(AgendaItem.NUMBER.matcher(s).matches());
            });
  }

  @Test
  void itemNumbersOfReportsAreAcceptedAndNearMissesAreNot() {
    assertThat(List.of("1", "2.a", "6", "4.f", "123456", "12.abc")).allMatch(AgendaItem::isNumber);
    assertThat(List.of("", "0", "02.a", "2.", "2.A", "2.abcd", "1234567", "2a", ".a", "2.a.b"))
        .noneMatch(AgendaItem::isNumber);
  }
}
