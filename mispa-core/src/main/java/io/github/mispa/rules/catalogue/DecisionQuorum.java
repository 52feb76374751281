package io.github.mispa.rules.catalogue;

import static java.util.Objects.requireNonNull;

import io.github.mispa.model.Participant;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.ProceduralState;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code decision.quorum}: a plenary decision needs a quorum: a majority of the member states
 * present (the rule set's quorum of the member states in good standing on the day). Void below it;
 * undetermined when the record has neither the session's attendance nor a tally with ballots.
 *
 * <p>Source: GA Rules, Art. 52. Presence is taken from the session's attendance where recorded,
 * otherwise from the ballots of a vote (all but those marked absent).
 */
public final class DecisionQuorum extends BaseRule {
  /** Creates the rule. */
  public DecisionQuorum() {
    super(
        "decision.quorum",
        "GA Rules, Art. 52",
        "A plenary decision needs a quorum: a majority of the member states present.",
        ActKind.DECISION,
        ActKind.ADOPTION);
  }

  @Override
  public void check(RecordedAct act, ProceduralState state, Findings findings) {
    requireNonNull(act, "act");
    requireNonNull(state, "state");
    requireNonNull(findings, "findings");
    int memberStates = Votes.memberStates(act.date(), state.ruleSet().disputedStanding());
    int required = state.ruleSet().quorum().required(memberStates);
    OptionalInt present = present(act, state);
    if (present.isEmpty()) {
      findings.undetermined(
          "the record has no attendance for session "
              + act.session().number()
              + ", so the quorum ("
              + required
              + " of "
              + memberStates
              + " member states) cannot be checked");
    } else if (present.getAsInt() < required) {
      findings.voidAct(
          "only "
              + present.getAsInt()
              + " member states are present; the quorum is "
              + required
              + " of "
              + memberStates);
    }
  }

  private static OptionalInt present(RecordedAct act, ProceduralState state) {
    Optional<? extends Set<String>> attendance = act.session().attendance();
    if (attendance.isPresent()) {
      return OptionalInt.of(countEligible(attendance.get(), act, state));
    }
    Optional<Tally> tally = ((DecisionAct) act.act()).tally();
    if (tally.isPresent() && !tally.get().ballots().isEmpty()) {
      Set<String> voting = new HashSet<>();
      for (Ballot ballot : tally.get().ballots()) {
        if (ballot.vote() != Vote.ABSENT) {
          voting.add(ballot.participant());
        }
      }
      return OptionalInt.of(countEligible(voting, act, state));
    }
    return OptionalInt.empty();
  }

  private static int countEligible(
      Set<String> participants, RecordedAct act, ProceduralState state) {
    Set<String> states = new HashSet<>();
    for (String id : participants) {
      Optional<Participant> participant = state.record().participant(id);
      if (Membership.of(participant, act.date(), state.ruleSet().disputedStanding())
          == Membership.Eligibility.ELIGIBLE) {
        states.add(Votes.stateKey(participant, id));
      }
    }
    return states.size();
  }
}
