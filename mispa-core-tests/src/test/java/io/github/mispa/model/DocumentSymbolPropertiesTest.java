package io.github.mispa.model;

import static io.github.mispa.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DocumentSymbolPropertiesTest {
  private static final Gen<String> BODY =
      Generate.pick(List.of("AG", "CP", "CIDI", "CIFTA", "GRIC", "MISPA", "CICAD", "REMJA"));
  private static final Gen<String> MEETING =
      BODY.zip(integers().between(1, 60), (b, n) -> b + " " + Edition.of(n));
  private static final Gen<String> SUBSIDIARY =
      Generate.pick(List.of("", "/RE", "/O.1", "/CEP-II"));

  /** A canonical meeting-document symbol built from its parts. */
  private static final Gen<String> DOCUMENT =
      Generate.oneOf(BODY, MEETING)
          .zip(
              SUBSIDIARY,
              Generate.pick(List.of("doc", "INF")),
              integers().between(1, 99999),
              integers().between(0, 99),
              (path, sub, cls, number, year) ->
                  path
                      + sub.replace("CEP-II", "CEP II")
                      + "/"
                      + cls
                      + "."
                      + number
                      + "/"
                      + String.format(Locale.ROOT, "%02d", year))
          .zip(
              Generate.pick(
                  List.of(
                      "",
                      " rev. 1",
                      " corr. 2",
                      " rev. 4 corr. 1",
                      " add. 3",
                      " rev. 12 add. 1 corr. 9")),
              (s, suffix) -> s + suffix);

  private static final Gen<String> RESOLUTION =
      Generate.pick(List.of("AG", "CP", "CIDI/RME"))
          .zip(
              Generate.pick(List.of("RES.", "DEC.")),
              integers().between(1, 9999),
              integers()
                  .between(1, 60)
                  .zip(
                      Generate.pick(List.of("O", "E")),
                      integers().between(0, 99),
                      (n, k, y) ->
                          Edition.of(n) + "-" + k + "/" + String.format(Locale.ROOT, "%02d", y)),
              (body, cls, number, session) ->
                  body + "/" + cls + " " + number + " (" + session + ")");

  private static final Gen<String> CANONICAL = Generate.oneOf(DOCUMENT, RESOLUTION);

  @Test
  void canonicalTextRoundTrips() {
    qt(2000)
        .forAll(CANONICAL)
        .checkAssert(
            text -> {
              DocumentSymbol symbol = DocumentSymbol.parse(text);
              assertThat(symbol).hasToString(text);
              assertThat(DocumentSymbol.parse(symbol.toString())).isEqualTo(symbol);
            });
  }

  @Test
  void caseAndSpacingVariantsParseToTheSameSymbol() {
    qt(2000)
        .forAll(CANONICAL, integers().all())
        .checkAssert(
            (text, seed) -> {
              String variant = vary(text, seed);
              DocumentSymbol symbol = DocumentSymbol.parse(variant);
              assertThat(symbol).isEqualTo(DocumentSymbol.parse(text));
              assertThat(symbol.hashCode()).isEqualTo(DocumentSymbol.parse(text).hashCode());
              assertThat(symbol).hasToString(text);
            });
  }

  @Test
  void anyTextEitherParsesAndRoundTripsOrFailsWithAnIndexInsideIt() {
    Gen<String> noise =
        Generate.oneOf(
            strings().basicLatinAlphabet().ofLengthBetween(0, 30),
            CANONICAL.zip(
                integers().between(0, 40),
                integers().between(32, 126),
                DocumentSymbolPropertiesTest::corrupt));
    qt(5000)
        .forAll(noise)
        .checkAssert(
            text -> {
              Throwable thrown = catchThrowable(() -> DocumentSymbol.parse(text));
              if (thrown == null) {
                DocumentSymbol symbol = DocumentSymbol.parse(text);
                assertThat(DocumentSymbol.parse(symbol.toString())).isEqualTo(symbol);
              } else {
                assertThat(thrown).isInstanceOf(DocumentSymbolParseException.class);
                DocumentSymbolParseException e = (DocumentSymbolParseException) thrown;
                assertThat(e.getErrorIndex()).isBetween(0, text.length());
                assertThat(e.getParsedString()).isEqualTo(text);
              }
            });
  }

  /**
   * Changes case at random, doubles spaces, drops the space after "rev." and uses '-' in a meeting.
   */
  private static String vary(String text, int seed) {
    StringBuilder out = new StringBuilder();
    java.util.Random random = new java.util.Random(seed);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(random.nextBoolean() ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    String varied = out.toString();
    if (random.nextBoolean()) {
      varied = varied.replaceAll("(?i)(rev|corr|add)\\. ", "$1.");
    }
    if (random.nextBoolean()) {
      varied = varied.replaceAll("(?i)(RES|DEC)\\. ", "$1.");
    }
    if (random.nextBoolean()) {
      varied =
          varied.replaceFirst(
              "(?i)(MISPA|CICAD|REMJA|AG|CP|CIDI|CIFTA|GRIC) ([IVXLC]+)/", "$1-$2/");
    }
    if (random.nextBoolean()) {
      varied = varied.replaceFirst("(?i)/(doc|INF)\\.", "/$1. ");
    }
    return varied;
  }

  private static String corrupt(String text, int position, int character) {
    int at = Math.min(position, text.length());
    return text.substring(0, at)
        + (char) character
        + text.substring(Math.min(at + 1, text.length()));
  }
}
