package io.github.mispa.model;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.mispa.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The previous meeting of the series. For MISPA its chair presides over the opening of the next
 * meeting until the new chair is elected.
 */
@Value.Immutable
public abstract class PreviousMeeting {
  PreviousMeeting() {}

  /** {@return its edition: IV for the meeting before MISPA V} */
  public abstract Edition edition();

  /** {@return where it was held} */
  public abstract Venue venue();

  /** {@return its first day} */
  public abstract LocalDate startDate();

  /** {@return its last day} */
  public abstract LocalDate endDate();

  /**
   * The id of the person, in this record, who holds the outgoing chair: at MISPA V, Colombia's
   * Minister of Defense, Luis Carlos Villegas, as the outgoing chair of MISPA IV.
   */
  public abstract Optional<String> chair();

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialized with this value's attributes} */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  final void check() {
    checkArgument(
        !endDate().isBefore(startDate()),
        "previous meeting ends (%s) before it starts (%s)",
        endDate(),
        startDate());
    chair().ifPresent(c -> Checks.id("chair of the previous meeting", c));
  }

  /** Builds a {@link PreviousMeeting}. All but {@code chair} are required. */
  public static final class Builder extends ImmutablePreviousMeeting.Builder {
    Builder() {}
  }
}
