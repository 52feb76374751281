package io.github.mispa.rules;

import static java.util.Objects.requireNonNull;

import io.github.mispa.model.MemberState;
import io.github.mispa.model.Participant;
import io.github.mispa.model.Standing;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a participant may decide (nominate, second, propose, object, offer to host, vote) on a
 * day, under a rule set's treatment of disputed standing: only accredited delegations of member
 * states in good standing may.
 */
public enum Eligibility {
  /** It may decide. */
  ELIGIBLE,
  /** It is not a member-state delegation: an organ, an observer, an organization, a guest. */
  NOT_A_DELEGATION,
  /** It is a delegation whose credentials were not accepted. */
  NOT_ACCREDITED,
  /** Its state is not a member in good standing on the day. */
  NOT_IN_GOOD_STANDING,
  /** Its state's standing is disputed, and the rule set leaves that open. */
  UNDETERMINED;

  /** The member states, once: {@code MemberState.values()} copies its array on every call. */
  private static final MemberState[] MEMBER_STATES = MemberState.values();

  /** {@return whether {@code participant} may decide on {@code date} under {@code policy}} */
  public static Eligibility of(
      Optional<Participant> participant, LocalDate date, DisputedStanding policy) {
    requireNonNull(participant, "participant");
    requireNonNull(date, "date");
    requireNonNull(policy, "policy");
    if (participant.isEmpty() || !participant.get().isDelegation()) {
      return NOT_A_DELEGATION;
    }
    Participant p = participant.get();
    if (!p.accredited()) {
      return NOT_ACCREDITED;
    }
    return ofState(p.state().orElseThrow(), date, policy);
  }

  /** {@return whether an accredited delegation of {@code state} may decide on {@code date}} */
  static Eligibility ofState(MemberState state, LocalDate date, DisputedStanding policy) {
    Standing standing = state.standingOn(date);
    if (standing.isGoodStanding()) {
      return ELIGIBLE;
    }
    if (standing == Standing.DISPUTED) {
      return switch (policy) {
        case GOOD_STANDING -> ELIGIBLE;
        case NOT_IN_GOOD_STANDING -> NOT_IN_GOOD_STANDING;
        case UNDETERMINED -> UNDETERMINED;
      };
    }
    return NOT_IN_GOOD_STANDING;
  }

  /**
   * {@return the number of member states in good standing on {@code date}, those of disputed
   * standing counted if {@code countDisputed}: every state that may vote, to tell an impossible
   * count. The base of a majority is the rule set's {@link MembershipBase}}
   */
  public static int memberStates(LocalDate date, boolean countDisputed) {
    requireNonNull(date, "date");
    Counted counted = lastCounted;
    if (!counted.date().equals(date)) {
      counted = Counted.on(date);
      lastCounted = counted;
    }
    return countDisputed ? counted.withDisputed() : counted.inGoodStanding();
  }

  /**
   * The day last counted: a record's acts come day after day, and a check asks for every vote, so
   * one day remembered saves going through the states each time without holding what untrusted
   * dates would fill. An immutable value, so threads may share it and race harmlessly.
   */
  private static volatile Counted lastCounted = Counted.on(LocalDate.MIN);

  private record Counted(LocalDate date, int inGoodStanding, int withDisputed) {
    static Counted on(LocalDate date) {
      int good = 0;
      int disputed = 0;
      for (MemberState state : MEMBER_STATES) {
        Standing standing = state.standingOn(date);
        if (standing.isGoodStanding()) {
          good++;
        } else if (standing == Standing.DISPUTED) {
          disputed++;
        }
      }
      return new Counted(date, good, good + disputed);
    }
  }

  /** {@return why {@code participant} may not decide on {@code date}, as a clause for a message} */
  public static String explain(Optional<Participant> participant, LocalDate date) {
    requireNonNull(participant, "participant");
    requireNonNull(date, "date");
    if (participant.isEmpty()) {
      return "the act names no participant";
    }
    Participant p = participant.get();
    if (!p.isDelegation()) {
      return p.name() + " is " + article(p.kind()) + ", not a member-state delegation";
    }
    if (!p.accredited()) {
      return "the delegation of " + p.name() + " is not accredited";
    }
    MemberState state = p.state().orElseThrow();
    return state.englishName()
        + " is not a member in good standing on "
        + date
        + " ("
        + state.standingOn(date).name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + ")";
  }

  private static String article(io.github.mispa.model.ParticipantKind kind) {
    String words = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return (words.startsWith("oas") ? "an " : "a ") + words.replace("oas", "OAS");
  }
}
