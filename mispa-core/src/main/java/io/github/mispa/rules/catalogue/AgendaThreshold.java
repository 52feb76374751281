package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.ProceduralState;
import io.github.mispa.rules.Threshold;
import io.github.mispa.rules.VoteCount;
import java.util.Optional;

/**
 * {@code agenda.threshold}: if the agenda is put to a vote, it needs two-thirds of the member
 * states (the rule set's agenda threshold). A declared outcome against the count is void;
 * undetermined where it depends on states of disputed standing.
 *
 * <p>Source: OAS Charter; GA Rules. This rule owns votes on the agenda; {@code decision.threshold}
 * leaves them alone.
 */
public final class AgendaThreshold extends BaseRule {
  /** Creates the rule. */
  public AgendaThreshold() {
    super(
        "agenda.threshold",
        "OAS Charter; GA Rules",
        "If the agenda is put to a vote, it needs two-thirds of the member states.");
    checks(Adoption.class, this::check);
  }

  void check(Adoption adoption, RecordedAct act, ProceduralState state, Findings findings) {
    if (adoption.tally().isEmpty() || !Subjects.adoptsAgenda(state.record(), adoption)) {
      return;
    }
    Threshold threshold = state.ruleSet().agendaThreshold();
    VoteCount votes = state.voteCount().orElseThrow();
    Optional<Boolean> carries =
        votes.carries(threshold, act.date(), state.ruleSet().disputedStanding());
    int memberStates = state.memberStates();
    String need =
        "the agenda needs "
            + threshold
            + " ("
            + threshold.requiredVotes(memberStates)
            + " of "
            + memberStates
            + ")";
    if (carries.isEmpty()) {
      findings.undetermined(
          need
              + "; whether "
              + votes.describe()
              + " reaches it depends on states of disputed standing");
    } else if (carries.get() && adoption.outcome() == Outcome.REJECTED) {
      findings.voidAct(
          need + ", and " + votes.describe() + " reaches it, yet the agenda was declared rejected");
    } else if (!carries.get() && adoption.outcome() == Outcome.APPROVED) {
      findings.voidAct(need + ", but the vote was " + votes.describe());
    }
  }
}
