package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.Reconsideration;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.ProceduralState;
import io.github.mispa.rules.Threshold;
import io.github.mispa.rules.VoteCount;
import java.util.Optional;

/**
 * {@code decision.threshold}: a vote carries only if its valid votes meet the threshold that
 * applies (the rule set's default: the absolute majority of the member states); a declared outcome
 * must agree with the tally. A declaration against the count is void; undetermined where it depends
 * on states of disputed standing.
 *
 * <p>Source: OAS Charter, Art. 59; GA Rules. Void and ineligible ballots are not counted (see
 * {@code vote.one-per-state} and {@code vote.tally}). Votes on the agenda are left to {@code
 * agenda.threshold}, votes to reconsider to {@code decision.reconsideration}.
 */
public final class DecisionThreshold extends BaseRule {
  /** Creates the rule. */
  public DecisionThreshold() {
    super(
        "decision.threshold",
        "OAS Charter, Art. 59; GA Rules",
        "A vote carries only if it meets the threshold that applies; the declared outcome must agree"
            + " with the tally.");
    checks(DecisionAct.class, this::check);
  }

  void check(DecisionAct decision, RecordedAct act, ProceduralState state, Findings findings) {
    if (decision.tally().isEmpty() || ownedElsewhere(decision, state)) {
      return;
    }
    Threshold threshold = state.ruleSet().defaultThreshold();
    VoteCount votes = state.voteCount().orElseThrow();
    Optional<Boolean> carries =
        votes.carries(threshold, act.date(), state.ruleSet().disputedStanding());
    int memberStates = state.memberStates();
    String need =
        threshold
            + " ("
            + threshold.requiredVotes(memberStates)
            + " of "
            + memberStates
            + " member states)";
    if (carries.isEmpty()) {
      findings.undetermined(
          "whether "
              + votes.describe()
              + " meets "
              + need
              + " depends on states of disputed standing");
    } else if (!carries.get() && decision.outcome() == Outcome.APPROVED) {
      findings.voidAct("declared carried with " + votes.describe() + ", but it needs " + need);
    } else if (carries.get() && decision.outcome() == Outcome.REJECTED) {
      findings.voidAct("declared rejected although " + votes.describe() + " meets " + need);
    }
  }

  private static boolean ownedElsewhere(DecisionAct decision, ProceduralState state) {
    if (decision instanceof Adoption adoption) {
      return Subjects.adoptsAgenda(state.record(), adoption);
    }
    return decision instanceof Decision onMotions
        && onMotions.on().stream()
            .anyMatch(id -> Subjects.act(state.record(), id) instanceof Reconsideration);
  }
}
