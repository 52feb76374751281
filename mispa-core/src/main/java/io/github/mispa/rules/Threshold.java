package io.github.mispa.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.mispa.procedure.MajorityKind;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a vote must reach to carry: a fraction of a base, compared strictly ("more than half") or
 * not ("at least two-thirds"), and what a tie does.
 *
 * <p>The base decides how abstentions count: they are part of the member states and of those
 * present, but not of those present and voting.
 *
 * <pre>{@code
 * Threshold.ABSOLUTE_MAJORITY.requiredVotes(34);  // 18
 * Threshold.TWO_THIRDS.requiredVotes(34);         // 23
 * }</pre>
 */
public final class Threshold {

  /** What the fraction is taken of. */
  public enum Base {
    /** The member states in good standing on the day of the vote, present or not. */
    MEMBER_STATES,
    /** The member-state delegations present, voting or abstaining. */
    MEMBER_STATES_PRESENT,
    /** Those voting for or against; abstentions do not count. */
    PRESENT_AND_VOTING
  }

  /** How the votes for are compared with the fraction of the base. */
  public enum Comparison {
    /** Strictly more than the fraction: a majority. */
    MORE_THAN,
    /** At least the fraction: two-thirds. */
    AT_LEAST
  }

  /** What a tie between votes for and against does. */
  public enum TieRule {
    /** A tie rejects, whatever the fraction. */
    REJECTS,
    /** A tie is judged by the fraction alone. */
    FOLLOWS_FRACTION
  }

  /** The absolute majority of the member states: more than half (Charter, Art. 59). */
  public static final Threshold ABSOLUTE_MAJORITY =
      new Threshold(1, 2, Comparison.MORE_THAN, Base.MEMBER_STATES, TieRule.REJECTS);

  /** Two-thirds of the member states. */
  public static final Threshold TWO_THIRDS =
      new Threshold(2, 3, Comparison.AT_LEAST, Base.MEMBER_STATES, TieRule.REJECTS);

  /** A simple majority: more votes for than against among those present and voting. */
  public static final Threshold SIMPLE_MAJORITY =
      new Threshold(1, 2, Comparison.MORE_THAN, Base.PRESENT_AND_VOTING, TieRule.REJECTS);

  /** Two-thirds of those present and voting: abstentions do not count. */
  public static final Threshold TWO_THIRDS_OF_PRESENT_AND_VOTING =
      new Threshold(2, 3, Comparison.AT_LEAST, Base.PRESENT_AND_VOTING, TieRule.REJECTS);

  /** {@return the threshold of a majority as a record states it} */
  public static Threshold of(MajorityKind kind) {
    return switch (requireNonNull(kind, "kind")) {
      case MAJORITY_OF_MEMBER_STATES -> ABSOLUTE_MAJORITY;
      case TWO_THIRDS_OF_MEMBER_STATES -> TWO_THIRDS;
      case MAJORITY_OF_PRESENT_AND_VOTING -> SIMPLE_MAJORITY;
      case TWO_THIRDS_OF_PRESENT_AND_VOTING -> TWO_THIRDS_OF_PRESENT_AND_VOTING;
    };
  }

  private final int numerator;
  private final int denominator;
  private final Comparison comparison;
  private final Base base;
  private final TieRule tieRule;

  private Threshold(
      int numerator, int denominator, Comparison comparison, Base base, TieRule tieRule) {
    this.numerator = numerator;
    this.denominator = denominator;
    this.comparison = comparison;
    this.base = base;
    this.tieRule = tieRule;
  }

  /**
   * Returns a threshold of {@code numerator/denominator} of {@code base}.
   *
   * @throws IllegalArgumentException unless {@code 0 < numerator <= denominator}
   */
  public static Threshold of(
      int numerator, int denominator, Comparison comparison, Base base, TieRule tieRule) {
    requireNonNull(comparison, "comparison");
    requireNonNull(base, "base");
    requireNonNull(tieRule, "tieRule");
    checkArgument(
        numerator > 0 && numerator <= denominator,
        "a threshold's fraction must be above 0 and at most 1, but was %s/%s",
        numerator,
        denominator);
    return new Threshold(numerator, denominator, comparison, base, tieRule);
  }

  /** {@return the base the fraction is taken of} */
  public Base base() {
    return base;
  }

  /** {@return how votes for are compared with the fraction} */
  public Comparison comparison() {
    return comparison;
  }

  /**
   * {@return how the threshold is named: a majority (more than half), two-thirds (at least two
   * thirds), or else more than or at least its fraction} Findings and tools word it by this.
   */
  public Fraction fraction() {
    if (comparison == Comparison.MORE_THAN && numerator * 2 == denominator) {
      return Fraction.MAJORITY;
    }
    if (comparison == Comparison.AT_LEAST && numerator * 3 == denominator * 2) {
      return Fraction.TWO_THIRDS;
    }
    return comparison == Comparison.MORE_THAN ? Fraction.MORE_THAN : Fraction.AT_LEAST;
  }

  /** How a threshold is named, by {@link #fraction()}. */
  public enum Fraction {
    /** More than half. */
    MAJORITY,
    /** At least two thirds. */
    TWO_THIRDS,
    /** More than another fraction. */
    MORE_THAN,
    /** At least another fraction. */
    AT_LEAST;

    /** {@return the name as a message's code: {@code two_thirds}} */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@return what a tie does} */
  public TieRule tieRule() {
    return tieRule;
  }

  /** {@return the numerator of the fraction} */
  public int numerator() {
    return numerator;
  }

  /** {@return the denominator of the fraction} */
  public int denominator() {
    return denominator;
  }

  /**
   * Returns the smallest number of votes for that meets the threshold when the base counts {@code
   * baseCount}: 18 for the absolute majority of 34, 23 for two-thirds of 34.
   */
  public int requiredVotes(int baseCount) {
    checkArgument(baseCount >= 0, "base count must not be negative, but was %s", baseCount);
    long scaled = (long) baseCount * numerator;
    if (comparison == Comparison.MORE_THAN) {
      return (int) (scaled / denominator + 1);
    }
    return (int) ((scaled + denominator - 1) / denominator);
  }

  /**
   * Whether a vote carries.
   *
   * @param votesFor votes in favour
   * @param votesAgainst votes against
   * @param abstentions abstentions
   * @param memberStates member states in good standing on the day
   * @param present member-state delegations present (voting, abstaining or not voting)
   * @return whether the votes for meet the threshold
   */
  public boolean isMet(
      int votesFor, int votesAgainst, int abstentions, int memberStates, int present) {
    if (tieRule == TieRule.REJECTS && votesFor == votesAgainst) {
      return false;
    }
    int baseCount = baseCount(votesFor, votesAgainst, abstentions, memberStates, present);
    return votesFor >= requiredVotes(baseCount);
  }

  /**
   * {@return the threshold in words, of a base of {@code baseCount}: "two-thirds of the 34 member
   * states", "a majority of the 25 present and voting", "more than 3/5 of the 30 member states
   * present"}
   */
  public String describe(int baseCount) {
    return describe("the " + baseCount + " ");
  }

  /**
   * {@return the threshold in words, of a base not counted yet: "two-thirds of the member states",
   * "a majority of those present and voting"}
   */
  public String describe() {
    return describe(base == Base.MEMBER_STATES ? "the " : "those ");
  }

  private String describe(String theBase) {
    String fraction;
    if (comparison == Comparison.MORE_THAN && numerator * 2 == denominator) {
      fraction = "a majority of";
    } else if (comparison == Comparison.AT_LEAST && numerator * 3 == denominator * 2) {
      fraction = "two-thirds of";
    } else {
      fraction =
          (comparison == Comparison.MORE_THAN ? "more than " : "at least ")
              + numerator
              + "/"
              + denominator
              + " of";
    }
    String of =
        switch (base) {
          case MEMBER_STATES -> "member states";
          case MEMBER_STATES_PRESENT -> "member states present";
          case PRESENT_AND_VOTING -> "present and voting";
        };
    return fraction + " " + theBase + of;
  }

  /**
   * {@return the count the base of this threshold takes the fraction of: the member states, those
   * present, or those voting for or against}
   */
  public int baseCount(
      int votesFor, int votesAgainst, int abstentions, int memberStates, int present) {
    return switch (base) {
      case MEMBER_STATES -> memberStates;
      case MEMBER_STATES_PRESENT -> Math.max(present, votesFor + votesAgainst + abstentions);
      case PRESENT_AND_VOTING -> votesFor + votesAgainst;
    };
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Threshold other
        // In long arithmetic: int products of large terms overflow and compare equal by chance.
        && (long) numerator * other.denominator == (long) other.numerator * denominator
        && comparison == other.comparison
        && base == other.base
        && tieRule == other.tieRule;
  }

  @Override
  public int hashCode() {
    int gcd =
        java.math.BigInteger.valueOf(numerator)
            .gcd(java.math.BigInteger.valueOf(denominator))
            .intValue();
    return java.util.Objects.hash(numerator / gcd, denominator / gcd, comparison, base, tieRule);
  }

  /** Returns a description such as {@code "more than 1/2 of member states"}. */
  @Override
  public String toString() {
    return (comparison == Comparison.MORE_THAN ? "more than " : "at least ")
        + numerator
        + "/"
        + denominator
        + " of "
        + base.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
