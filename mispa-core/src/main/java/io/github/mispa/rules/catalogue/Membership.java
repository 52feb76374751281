package io.github.mispa.rules.catalogue;

import io.github.mispa.model.MemberState;
import io.github.mispa.model.Participant;
import io.github.mispa.model.Standing;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.DisputedStanding;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.ProceduralState;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** Whether a participant may decide on a day, under a rule set's treatment of disputed standing. */
final class Membership {
  /** The answer. */
  enum Eligibility {
    ELIGIBLE,
    NOT_A_DELEGATION,
    NOT_ACCREDITED,
    NOT_IN_GOOD_STANDING,
    UNDETERMINED
  }

  private Membership() {}

  static Eligibility of(
      Optional<Participant> participant, LocalDate date, DisputedStanding policy) {
    if (participant.isEmpty() || !participant.get().isDelegation()) {
      return Eligibility.NOT_A_DELEGATION;
    }
    Participant p = participant.get();
    if (!p.accredited()) {
      return Eligibility.NOT_ACCREDITED;
    }
    MemberState state = p.state().orElseThrow();
    Standing standing = state.standingOn(date);
    if (standing.isGoodStanding()) {
      return Eligibility.ELIGIBLE;
    }
    if (standing == Standing.DISPUTED) {
      return switch (policy) {
        case GOOD_STANDING -> Eligibility.ELIGIBLE;
        case NOT_IN_GOOD_STANDING -> Eligibility.NOT_IN_GOOD_STANDING;
        case UNDETERMINED -> Eligibility.UNDETERMINED;
      };
    }
    return Eligibility.NOT_IN_GOOD_STANDING;
  }

  /**
   * The number of member states in good standing on {@code date}, disputed ones counted if {@code
   * countDisputed}.
   */
  static int memberStates(LocalDate date, boolean countDisputed) {
    int n = 0;
    for (MemberState state : MemberState.values()) {
      Standing standing = state.standingOn(date);
      if (standing.isGoodStanding() || (countDisputed && standing == Standing.DISPUTED)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Reports a decision-power act by {@code actor} that it may not make: void if the actor is not a
   * member-state delegation in good standing, undetermined if its standing is disputed and the rule
   * set leaves that open. Accreditation is left to {@code participation.accredited}.
   *
   * @param what the act, as in "its nomination" or "its offer to host"
   * @param rule why it is void, as in "offers to host are made by member-state delegations"
   */
  static void requireDecider(
      Optional<Participant> actor,
      RecordedAct act,
      ProceduralState state,
      Findings findings,
      String what,
      String rule) {
    switch (of(actor, act.date(), state.ruleSet().disputedStanding())) {
      case ELIGIBLE, NOT_ACCREDITED -> {}
      case UNDETERMINED ->
          findings.undetermined(
              "the standing of "
                  + actor.map(Participant::name).orElse("?")
                  + " on "
                  + act.date()
                  + " is disputed, and the rule set leaves open whether "
                  + what
                  + " counts");
      default -> findings.voidAct(explain(actor, act.date()) + ": " + rule);
    }
  }

  /** Why a participant may not decide, for messages. */
  static String explain(Optional<Participant> participant, LocalDate date) {
    if (participant.isEmpty()) {
      return "the act names no participant";
    }
    Participant p = participant.get();
    if (!p.isDelegation()) {
      return p.name() + " is " + Describe.kind(p.kind()) + ", not a member-state delegation";
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
}
