package io.github.mispa.rules;

import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * What a vote would need to carry, on the day of the current session: the threshold, the count of
 * its base, and the votes in favour that reach it. The base is counted in advance where it can be:
 * the member states in good standing, or those the session's attendance shows present; not those
 * present and voting, who are known only when the votes are.
 */
public final class VoteRequirement {
  private final Threshold threshold;
  private final int baseCount;

  private VoteRequirement(Threshold threshold, int baseCount) {
    this.threshold = threshold;
    this.baseCount = baseCount;
  }

  /**
   * {@return what a vote under {@code threshold} needs in the session whose {@code presence} this
   * is; with no session open ({@code null}), the base is not counted}
   */
  static VoteRequirement of(Threshold threshold, @Nullable Presence presence) {
    int base =
        presence == null
            ? -1
            : switch (threshold.base()) {
              case MEMBER_STATES -> presence.memberStates();
              case MEMBER_STATES_PRESENT -> presence.present();
              case PRESENT_AND_VOTING -> -1;
            };
    return new VoteRequirement(threshold, base);
  }

  /** {@return the threshold that applies} */
  public Threshold threshold() {
    return threshold;
  }

  /** {@return what the threshold is a fraction of} */
  public Threshold.Base base() {
    return threshold.base();
  }

  /**
   * {@return how many the base counts now, such as 34 member states; empty when it is known only at
   * the vote (those present and voting), the session has no attendance or none is open}
   */
  public OptionalInt baseCount() {
    return baseCount < 0 ? OptionalInt.empty() : OptionalInt.of(baseCount);
  }

  /** {@return the votes in favour that carry it, such as 18 of 34; empty with the base count} */
  public OptionalInt votesToCarry() {
    return baseCount < 0 ? OptionalInt.empty() : OptionalInt.of(threshold.requiredVotes(baseCount));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof VoteRequirement other
        && threshold.equals(other.threshold)
        && baseCount == other.baseCount;
  }

  @Override
  public int hashCode() {
    return threshold.hashCode() * 31 + baseCount;
  }

  /**
   * Returns the threshold and the votes it needs, such as {@code "more than 1/2 of member states:
   * 18 of 34"}.
   */
  @Override
  public String toString() {
    return threshold
        + (baseCount < 0 ? "" : ": " + threshold.requiredVotes(baseCount) + " of " + baseCount);
  }
}
