package io.github.mispa.internal;

import static io.github.mispa.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class ChecksTest {
  /** The id rule as the documentation and the JSON Schema state it. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  @Test
  void isIdAgreesWithTheDocumentedPattern() {
    qt(5000)
        .forAll(
            lists()
                .of(
                    Generate.pick(
                        List.of("a", "Z", "0", "9", ".", "_", "-", " ", "/", "é", "`", "{", "@")))
                .ofSizeBetween(0, 6),
            integers().between(0, 70))
        .checkAssert(
            (chars, padding) -> {
              String s = chars.stream().collect(Collectors.joining()) + "x".repeat(padding);
              assertThat(Checks.isId(s)).as("\"%s\"", s).isEqualTo(ID.matcher(s).matches());
            });
  }

  @Test
  void idThrowsWithTheNameAndTheValue() {
    assertThat(Checks.id("participant", "PER")).isEqualTo("PER");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.id("participant", "-PER"))
        .withMessageContaining("participant must be an identifier")
        .withMessageContaining("\"-PER\"");
  }
}
