package io.github.mispa.model;

import io.github.mispa.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A position a person holds for a participant or body of the meeting: Alternate Representative of
 * Canada to the OAS, for Canada's delegation; Vice Chair of the Committee on Hemispheric Security,
 * for that Committee. A person may hold several, and act in any of them.
 *
 * <pre>{@code
 * Position.of("Alternate Representative of Canada to the OAS", "CAN");
 * Position.of("SMS"); // a position without a title the record gives
 * }</pre>
 */
@Value.Immutable
public abstract class Position {
  Position() {}

  /** {@return the title, such as "Minister of the Interior of Peru", where the record gives one} */
  @Value.Parameter
  public abstract Optional<String> title();

  /** {@return the id of the participant or body the position is held for} */
  @Value.Parameter
  public abstract String participant();

  /** {@return a position titled {@code title}, held for the participant {@code participant}} */
  public static Position of(String title, String participant) {
    return ImmutablePosition.of(Optional.of(title), participant);
  }

  /** {@return a position held for the participant {@code participant}, without a title} */
  public static Position of(String participant) {
    return ImmutablePosition.of(Optional.empty(), participant);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    title().ifPresent(t -> Checks.nonBlank(t, "title of a position for \"%s\"", participant()));
    Checks.id("participant of a position", participant());
  }

  /** Builds a {@link Position}. Requires {@code participant}. */
  public static final class Builder extends ImmutablePosition.Builder {
    Builder() {}
  }
}
