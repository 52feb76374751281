package io.github.mispa.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.mispa.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person named in a record, with the positions the record gives them, each held for a participant
 * or body. The first position is the person's own: its participant is the one the person belongs
 * to, and acts the person does without saying in which capacity are that participant's. Most
 * persons hold one; the MISPA V rapporteur was Alternate Representative of Canada and also Vice
 * Chair of the Committee on Hemispheric Security.
 *
 * <pre>{@code
 * Person perez = Person.builder()
 *     .id("perez-guadalupe").honorific("Mr.").name("José Luis Pérez Guadalupe")
 *     .position("Minister of the Interior of Peru").participant("PER").build();
 * perez.displayName(); // "Mr. José Luis Pérez Guadalupe, Minister of the Interior of Peru"
 *
 * Person dcosta = Person.builder()
 *     .id("dcosta").name("Patricia D'Costa") // the report gives her no form of address
 *     .position("Alternate Representative of Canada to the OAS").participant("CAN")
 *     .addAdditionalPositions(Position.of("Vice Chair of the Committee on Hemispheric Security", "CSH"))
 *     .build();
 * dcosta.displayName("CSH"); // "Patricia D'Costa, Vice Chair of the Committee on ..."
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

  /** {@return the title of the first position, such as "Minister of the Interior of Peru"} */
  public abstract Optional<String> position();

  /**
   * How the record's source refers to the person once it has introduced them, where that is not the
   * honorific and name: {@code "Prime Minister Cateriano"}, {@code "Dr. Duarte"}.
   */
  public abstract Optional<String> shortName();

  /**
   * The grammatical gender of the words that agree with the person in Spanish, French and
   * Portuguese ("la Relatora", "elegida"), where the record declares it: for a person whose form of
   * address shows none ("Dr.") or who has none. It is never inferred, from a first name or
   * otherwise; where the form of address shows a gender ("Mr.", "Ms."), a declared one must agree
   * with it ({@link #resolvedGrammaticalGender()}).
   */
  public abstract Optional<GrammaticalGender> grammaticalGender();

  /**
   * {@return the grammatical gender the words that agree with the person take: the declared {@link
   * #grammaticalGender()}, else the one the form of address shows ({@link
   * GrammaticalGender#shownBy}); empty where the record says neither, and words that agree then
   * take a form that suits either, or the unmarked masculine where a language has none}
   */
  public final Optional<GrammaticalGender> resolvedGrammaticalGender() {
    return grammaticalGender().or(() -> honorific().flatMap(GrammaticalGender::shownBy));
  }

  /** {@return the id of the participant this person belongs to: that of the first position} */
  public abstract String participant();

  /** {@return the positions after the first, each held for another participant or body} */
  public abstract ImmutableList<Position> additionalPositions();

  /**
   * {@return every position, the first (its {@link #position()} and {@link #participant()}) first}
   */
  public final ImmutableList<Position> positions() {
    Position first =
        position().isPresent()
            ? Position.of(position().get(), participant())
            : Position.of(participant());
    ImmutableList<Position> more = additionalPositions();
    // Most people hold one position: a list of one, without a builder, as each write asks.
    return more.isEmpty()
        ? ImmutableList.of(first)
        : ImmutableList.<Position>builderWithExpectedSize(1 + more.size())
            .add(first)
            .addAll(more)
            .build();
  }

  /**
   * {@return the position held for the participant {@code participantId}, if the person holds one}
   */
  public final Optional<Position> positionFor(String participantId) {
    if (participant().equals(requireNonNull(participantId, "participantId"))) {
      return Optional.of(positions().get(0));
    }
    for (Position p : additionalPositions()) {
      if (p.participant().equals(participantId)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** {@return whether the person holds a position for the participant {@code participantId}} */
  public final boolean holdsPositionFor(String participantId) {
    if (participant().equals(requireNonNull(participantId, "participantId"))) {
      return true;
    }
    for (Position p : additionalPositions()) {
      if (p.participant().equals(participantId)) {
        return true;
      }
    }
    return false;
  }

  /** {@return the honorific, name and first position, as a report introduces the person} */
  public final String displayName() {
    return displayName(position());
  }

  /**
   * {@return the honorific, name and the title of the position held for {@code participantId}, as a
   * report introduces the person acting in that capacity; the first position's if the person holds
   * none for it}
   */
  public final String displayName(String participantId) {
    Optional<Position> held = positionFor(participantId);
    return displayName(held.isPresent() ? held.get().title() : position());
  }

  private String displayName(Optional<String> title) {
    StringBuilder out = new StringBuilder();
    honorific().ifPresent(h -> out.append(h).append(' '));
    out.append(name());
    title.ifPresent(p -> out.append(", ").append(p));
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
    if (grammaticalGender().isPresent() && honorific().isPresent()) {
      // Two statements of one fact: a contradiction is refused rather than one of them preferred.
      Optional<GrammaticalGender> shown = GrammaticalGender.shownBy(honorific().get());
      checkArgument(
          shown.isEmpty() || shown.equals(grammaticalGender()),
          "person \"%s\" is declared of %s grammatical gender, but the form of address \"%s\""
              + " is %s: the two must agree (or leave out the declared one)",
          id(),
          grammaticalGender().get().name().toLowerCase(java.util.Locale.ROOT),
          honorific().get(),
          shown.map(g -> g.name().toLowerCase(java.util.Locale.ROOT)).orElse(""));
    }
    Checks.id(participant(), "participant of person \"%s\"", id());
    Set<String> held = new HashSet<>();
    held.add(participant());
    for (Position p : additionalPositions()) {
      checkArgument(
          held.add(p.participant()),
          "person \"%s\" holds two positions for \"%s\": one position per participant",
          id(),
          p.participant());
    }
  }

  /**
   * Builds a {@link Person}. Requires {@code id}, {@code name} and {@code participant} (or {@code
   * positions}).
   */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}

    /**
     * Sets every position: the first gives the person's own position title and participant, the
     * others are the additional positions.
     *
     * @throws IllegalArgumentException if {@code positions} is empty
     */
    @CanIgnoreReturnValue
    public Builder positions(Iterable<Position> positions) {
      List<Position> all = ImmutableList.copyOf(positions);
      checkArgument(!all.isEmpty(), "a person holds at least one position");
      Position first = all.get(0);
      participant(first.participant());
      position(first.title());
      additionalPositions(all.subList(1, all.size()));
      return this;
    }
  }
}
