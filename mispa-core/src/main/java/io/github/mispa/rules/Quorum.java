package io.github.mispa.rules;

import static com.google.common.base.Preconditions.checkArgument;

import org.jspecify.annotations.Nullable;

/**
 * How many member states must be present for the plenary to decide: a fraction of the member states
 * in good standing on the day.
 *
 * <pre>{@code
 * Quorum.MAJORITY.required(34); // 18
 * }</pre>
 */
public final class Quorum {
  /** A majority of the member states: more than half (GA Rules, Art. 52). */
  public static final Quorum MAJORITY = new Quorum(1, 2, true);

  private final int numerator;
  private final int denominator;
  private final boolean strict;

  private Quorum(int numerator, int denominator, boolean strict) {
    this.numerator = numerator;
    this.denominator = denominator;
    this.strict = strict;
  }

  /**
   * Returns a quorum of more than ({@code strict}) or at least {@code numerator/denominator} of the
   * member states.
   */
  public static Quorum of(int numerator, int denominator, boolean strict) {
    checkArgument(
        numerator > 0 && numerator <= denominator,
        "a quorum's fraction must be above 0 and at most 1, but was %s/%s",
        numerator,
        denominator);
    return new Quorum(numerator, denominator, strict);
  }

  /** {@return how many must be present when there are {@code memberStates} member states} */
  public int required(int memberStates) {
    long scaled = (long) memberStates * numerator;
    return (int) (strict ? scaled / denominator + 1 : (scaled + denominator - 1) / denominator);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Quorum other
        // In long arithmetic: int products of large terms overflow and compare equal by chance.
        && (long) numerator * other.denominator == (long) other.numerator * denominator
        && strict == other.strict;
  }

  @Override
  public int hashCode() {
    return Double.hashCode((double) numerator / denominator) * 31 + (strict ? 1 : 0);
  }

  /** Returns a description such as {@code "more than 1/2 of member states"}. */
  @Override
  public String toString() {
    return (strict ? "more than " : "at least ")
        + numerator
        + "/"
        + denominator
        + " of member states";
  }
}
