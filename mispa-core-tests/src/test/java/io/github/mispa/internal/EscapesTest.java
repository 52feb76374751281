package io.github.mispa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapesTest {
  @Test
  void textWithoutControlsIsReturnedAsItIs() {
    String text = "José Luis Pérez Guadalupe, “Perú” 😀 \\u001B";

    assertThat(Escapes.controls(text)).isSameAs(text);
  }

  @Test
  void c0DelAndC1ControlsAreEscapedAsJsonWritesThem() {
    assertThat(Escapes.controls("a\nb\tc\rd\be\ff")).isEqualTo("a\\nb\\tc\\rd\\be\\ff");
    assertThat(Escapes.controls("\u0000\u001B[1A\u001B[2K\u007F\u0080\u0085\u009F"))
        .isEqualTo("\\u0000\\u001B[1A\\u001B[2K\\u007F\\u0080\\u0085\\u009F");
  }

  @Test
  void bidirectionalMarksOverridesAndIsolatesAndLineSeparatorsAreEscaped() {
    assertThat(
            Escapes.controls(
                "\u061C\u200E\u200F\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"))
        .isEqualTo(
            "\\u061C\\u200E\\u200F\\u2028\\u2029\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067"
                + "\\u2068\\u2069");
    // Their neighbours are ordinary text.
    assertThat(Escapes.controls("\u200D\u202F\u2065\u206A\u00A0"))
        .isEqualTo("\u200D\u202F\u2065\u206A\u00A0");
  }

  @Test
  void surrogatesArePassedInPairsAndEscapedAlone() {
    assertThat(Escapes.controls("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    assertThat(Escapes.controls("a\uD800b\uDC00c\uD83D")).isEqualTo("a\\uD800b\\uDC00c\\uD83D");
    assertThat(Escapes.controls("\uDE00\uD83D")).isEqualTo("\\uDE00\\uD83D");
  }

  @Test
  void everyCharacterThatIsUnsafeIsEscapedAndNoOtherOne() {
    for (char c = 0; c < 0xD800; c++) {
      String escaped = Escapes.controls(String.valueOf(c));
      boolean unsafe =
          c < 0x20
              || (c >= 0x7F && c <= 0x9F)
              || c == 0x061C
              || c == 0x200E
              || c == 0x200F
              || (c >= 0x2028 && c <= 0x202E)
              || (c >= 0x2066 && c <= 0x2069);
      assertThat(Escapes.isUnsafe(c)).as("U+%04X", (int) c).isEqualTo(unsafe);
      assertThat(escaped.equals(String.valueOf(c))).as("U+%04X", (int) c).isEqualTo(!unsafe);
    }
  }
}
