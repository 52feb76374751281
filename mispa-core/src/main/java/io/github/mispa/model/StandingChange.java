package io.github.mispa.model;

import static java.util.Objects.requireNonNull;

import io.github.mispa.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A change in a member state's standing: from a date on, the state has a standing, for a reason
 * given with its source.
 */
public final class StandingChange {
  private final LocalDate from;
  private final Standing standing;
  private final String source;

  private StandingChange(LocalDate from, Standing standing, String source) {
    this.from = from;
    this.standing = standing;
    this.source = source;
  }

  /**
   * Returns a change taking effect on {@code from}.
   *
   * @param from the first day the standing applies
   * @param standing the standing from that day
   * @param source the decision or fact behind the change, for citation
   */
  public static StandingChange of(LocalDate from, Standing standing, String source) {
    requireNonNull(from, "from");
    requireNonNull(standing, "standing");
    return new StandingChange(from, standing, Checks.nonBlank("source", source));
  }

  /** {@return the first day the standing applies} */
  public LocalDate from() {
    return from;
  }

  /** {@return the standing from {@link #from()} on, until the next change} */
  public Standing standing() {
    return standing;
  }

  /** {@return the decision or fact behind the change} */
  public String source() {
    return source;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StandingChange other
        && from.equals(other.from)
        && standing == other.standing
        && source.equals(other.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, standing, source);
  }

  @Override
  public String toString() {
    return from + " " + standing + " (" + source + ")";
  }
}
