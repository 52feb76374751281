package io.github.mispa.rules;

import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * What a vote would need to carry, on the day of the current session: the kind of matter, the
 * majority the rule set requires for it (a threshold and its source), how many its base counts, and
 * the votes in favour that reach it. The base is counted in advance where it can be: the member
 * states the rule set counts ({@link RuleSet#base()}), or those the session's attendance shows
 * present; not those present and voting, who are known only when the votes are.
 */
public final class VoteRequirement {
  private final Matter matter;
  private final MajorityRule majority;
  private final int baseCount;

  private VoteRequirement(Matter matter, MajorityRule majority, int baseCount) {
    this.matter = matter;
    this.majority = majority;
    this.baseCount = baseCount;
  }

  /**
   * {@return what a vote on {@code matter} needs under {@code ruleSet} in the session whose {@code
   * presence} this is; with no session open ({@code null}), the base is not counted}
   */
  static VoteRequirement of(Matter matter, RuleSet ruleSet, @Nullable Presence presence) {
    MajorityRule majority = ruleSet.majority(matter);
    int base =
        presence == null
            ? -1
            : switch (majority.threshold().base()) {
              case MEMBER_STATES -> presence.memberStates();
              case MEMBER_STATES_PRESENT -> presence.present();
              case PRESENT_AND_VOTING -> -1;
            };
    return new VoteRequirement(matter, majority, base);
  }

  /** {@return the kind of matter the vote decides, whose majority the rule set says} */
  public Matter matter() {
    return matter;
  }

  /** {@return the majority the rule set requires for the matter, and where it comes from} */
  public MajorityRule majority() {
    return majority;
  }

  /** {@return the threshold that applies: the majority's} */
  public Threshold threshold() {
    return majority.threshold();
  }

  /** {@return what the threshold is a fraction of} */
  public Threshold.Base base() {
    return majority.threshold().base();
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
    return baseCount < 0
        ? OptionalInt.empty()
        : OptionalInt.of(majority.threshold().requiredVotes(baseCount));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof VoteRequirement other
        && matter == other.matter
        && majority.equals(other.majority)
        && baseCount == other.baseCount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(matter, majority, baseCount);
  }

  /**
   * Returns the majority and the votes it needs, and why, such as {@code "a majority of the 34
   * member states, 18 votes (for a substantive question: OAS Charter, Art. 59)"}.
   */
  @Override
  public String toString() {
    Threshold threshold = majority.threshold();
    return (baseCount < 0
            ? threshold.describe()
            : threshold.describe(baseCount) + ", " + threshold.requiredVotes(baseCount) + " votes")
        + " (for "
        + matter.describe()
        + ": "
        + majority.source()
        + ")";
  }
}
