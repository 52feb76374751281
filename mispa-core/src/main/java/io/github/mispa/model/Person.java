package io.github.mispa.model;

import io.github.mispa.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person named in a record, with the position the record gives them and the participant they
 * belong to.
 *
 * <pre>{@code
 * Person perez = Person.builder()
 *     .id("perez-guadalupe").honorific("Mr.").name("José Luis Pérez Guadalupe")
 *     .position("Minister of the Interior of Peru").participant("PER").build();
 * perez.displayName(); // "Mr. José Luis Pérez Guadalupe, Minister of the Interior of Peru"
 * }</pre>
 */
@Value.Immutable
public abstract class Person {
  Person() {}

  /** {@return the identifier other parts of the record use to refer to this person} */
  public abstract String id();

  /** {@return the name, as the record writes it} */
  public abstract String name();

  /** {@return a form of address the report uses, such as "Mr.", "Dr." or "His Excellency"} */
  public abstract Optional<String> honorific();

  /** {@return the position, such as "Minister of the Interior of Peru"} */
  public abstract Optional<String> position();

  /**
   * How the record's source refers to the person once it has introduced them, where that is not the
   * honorific and name: {@code "Prime Minister Cateriano"}, {@code "Dr. Duarte"}.
   */
  public abstract Optional<String> shortName();

  /** {@return the id of the participant this person belongs to} */
  public abstract String participant();

  /** {@return the honorific, name and position, as a report introduces the person} */
  public final String displayName() {
    StringBuilder out = new StringBuilder();
    honorific().ifPresent(h -> out.append(h).append(' '));
    out.append(name());
    position().ifPresent(p -> out.append(", ").append(p));
    return out.toString();
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialized with this person's values} */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  final void check() {
    Checks.id("person id", id());
    Checks.nonBlank(name(), "name of person \"%s\"", id());
    honorific().ifPresent(h -> Checks.nonBlank(h, "honorific of person \"%s\"", id()));
    position().ifPresent(p -> Checks.nonBlank(p, "position of person \"%s\"", id()));
    shortName().ifPresent(n -> Checks.nonBlank(n, "short name of person \"%s\"", id()));
    Checks.id(participant(), "participant of person \"%s\"", id());
  }

  /** Builds a {@link Person}. Requires {@code id}, {@code name} and {@code participant}. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
