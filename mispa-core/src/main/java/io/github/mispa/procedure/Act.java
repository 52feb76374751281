package io.github.mispa.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.mispa.internal.Checks;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Translation;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A procedural act: something done in a meeting that its record reports, by a participant or a
 * person. The kinds are closed (see {@link ActKind}); {@link #accept(ActVisitor)} dispatches on
 * them.
 *
 * <p>Who did an act is named by {@link #by()} (the participant), {@link #person()} (the person), or
 * both. Where both are given, the person holds a position for the participant, and {@code by} says
 * in which capacity the person acts (Peru's Permanent Representative reporting as Chair of the
 * Committee on Hemispheric Security); a person alone acts for the participant of their first
 * position. For a {@link DecisionAct} the person is the officer who declared the outcome, and
 * {@code by} is never given: the plenary decides, not a delegation.
 */
public abstract class Act {
  Act() {}

  /**
   * The identifier later acts use to refer to this one: a seconding to its nomination, a decision
   * to its proposal. Needed only by acts that others refer to.
   */
  public abstract Optional<String> id();

  /** {@return the id of the participant that did the act} */
  public abstract Optional<String> by();

  /** {@return the id of the person who did the act (for a decision: who declared it)} */
  public abstract Optional<String> person();

  /**
   * {@return what the record says of the act beyond its structure, in a sentence or a paragraph}
   */
  public abstract Optional<String> summary();

  /**
   * {@return the summary in other official languages than the record's, each where a source gives
   * it; empty where none does} Each is in the form of the summary: for an act someone did, what
   * they did, to follow their name ("dio la bienvenida a las delegaciones").
   */
  public abstract ImmutableMap<OfficialLanguage, String> summaryTranslations();

  /**
   * {@return the summary in {@code language}: the {@link #summary()} in the record's language
   * ({@link Translation#RECORD_LANGUAGE}), else its translation; empty where the record has none}
   */
  public final Optional<String> summary(OfficialLanguage language) {
    return requireNonNull(language, "language") == Translation.RECORD_LANGUAGE
        ? summary()
        : Optional.ofNullable(summaryTranslations().get(language));
  }

  /** {@return the kind of act} */
  public abstract ActKind kind();

  /** {@return calls the {@code visitor} method for this act's kind} */
  public abstract <R extends @Nullable Object> R accept(ActVisitor<R> visitor);

  @Value.Check
  final void checkAct() {
    id().ifPresent(i -> Checks.id(i, "%s id", kind()));
    by().ifPresent(b -> Checks.id(b, "%s by", kind()));
    person().ifPresent(p -> Checks.id(p, "%s person", kind()));
    summary().ifPresent(s -> Checks.nonBlank(s, "%s summary", kind()));
    if (!summaryTranslations().isEmpty()) {
      Checks.translations(
          summary(),
          summaryTranslations(),
          Translation.RECORD_LANGUAGE,
          "summary of a %s",
          kind() + describeId().toString());
    }
    switch (kind().actor()) {
      case PARTICIPANT_OR_PERSON ->
          checkArgument(
              by().isPresent() || person().isPresent(),
              "%s%s must name who did it: by (a participant), person, or both",
              kind(),
              describeId());
      case PERSON ->
          checkArgument(
              person().isPresent(), "%s%s must name the person who did it", kind(), describeId());
      case DECLARING_OFFICER ->
          checkArgument(
              by().isEmpty(),
              "%s%s is taken by the meeting, not by a participant: give the declaring officer as"
                  + " person, not by=\"%s\"",
              kind(),
              describeId(),
              by().orElse(""));
    }
  }

  /**
   * The act's id for a message, as {@code " \"id\""} or nothing. An object whose text is made only
   * when a message is: checks pass it to {@code checkArgument}, which formats only on failure.
   */
  final Object describeId() {
    return new Object() {
      @Override
      public String toString() {
        return id().map(i -> " \"" + i + "\"").orElse("");
      }
    };
  }
}
