package io.github.mispa.model;

import static io.github.mispa.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ValuePropertiesTest {
  private static final Gen<String> IDS =
      Generate.oneOf(
          strings().betweenCodePoints('-', 'z').ofLengthBetween(0, 70),
          Generate.pick(List.of("PER", "perez-guadalupe", "a", "A.b_c-1", " x", "x y", "é")));

  @Test
  void anIdIsEitherAcceptedAsGivenOrRejectedWithItsValue() {
    qt(3000)
        .forAll(IDS)
        .checkAssert(
            id -> {
              Throwable thrown =
                  catchThrowable(
                      () -> Person.builder().id(id).name("N").participant("PER").build());
              if (id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
                assertThat(thrown).isNull();
              } else {
                assertThat(thrown)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("person id")
                    .hasMessageContaining("\"" + id + "\"");
              }
            });
  }

  @Test
  void personsAreEqualExactlyWhenTheirAttributesAre() {
    Gen<Person> persons =
        Generate.pick(List.of("a", "b"))
            .zip(
                Generate.pick(List.of("Ana", "Beto")),
                Generate.pick(List.of("", "Mr.")),
                Generate.pick(List.of("", "Minister")),
                Generate.pick(List.of("PER", "BRA")),
                (id, name, honorific, position, participant) -> {
                  Person.Builder b = Person.builder().id(id).name(name).participant(participant);
                  if (!honorific.isEmpty()) {
                    b.honorific(honorific);
                  }
                  if (!position.isEmpty()) {
                    b.position(position);
                  }
                  return b.build();
                });
    qt(2000)
        .forAll(persons, persons)
        .checkAssert(
            (x, y) -> {
              boolean sameAttributes =
                  x.id().equals(y.id())
                      && x.name().equals(y.name())
                      && x.honorific().equals(y.honorific())
                      && x.position().equals(y.position())
                      && x.participant().equals(y.participant());
              assertThat(x.equals(y)).isEqualTo(sameAttributes);
              assertThat(y.equals(x)).isEqualTo(sameAttributes);
              if (sameAttributes) {
                assertThat(x.hashCode()).isEqualTo(y.hashCode());
              }
              assertThat(x.toBuilder().build()).isEqualTo(x);
            });
  }

  @Test
  void editionsRoundTripThroughRomanNumerals() {
    qt(4000)
        .forAll(integers().between(1, Edition.MAX))
        .checkAssert(
            n -> {
              Edition edition = Edition.of(n);
              assertThat(Edition.parse(edition.toString())).isEqualTo(edition);
              assertThat(edition.number()).isEqualTo(n);
            });
  }
}
