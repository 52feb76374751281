package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.HostingOffer;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.Reconsideration;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.MotionState;
import io.github.mispa.rules.MotionStatus;
import io.github.mispa.rules.ProceduralState;
import io.github.mispa.rules.Threshold;
import io.github.mispa.rules.VoteCount;
import java.util.Optional;

/**
 * {@code decision.reconsideration}: a decided matter is reopened only by a decision to reconsider
 * carried by two-thirds of the member delegations (the rule set's reconsideration threshold).
 * Deciding an approved or rejected motion again, without a carried reconsideration, is void; so is
 * a decision to reconsider declared carried by a vote short of the threshold.
 *
 * <p>Source: GA Rules, Art. 56. Nominations are left to {@code election.nominated}, hosting offers
 * to {@code hosting.accepted-by-decision}, adopted documents to {@code document.adopted-once}.
 */
public final class DecisionReconsideration extends BaseRule {
  /** Creates the rule. */
  public DecisionReconsideration() {
    super(
        "decision.reconsideration",
        "GA Rules, Art. 56",
        "A decided matter is reopened only by a decision to reconsider carried by two-thirds.");
    checks(Decision.class, this::check);
  }

  void check(Decision decision, RecordedAct act, ProceduralState state, Findings findings) {
    // Indexed, not for-each: this runs for every decision, and an iterator is garbage.
    for (int at = 0; at < decision.on().size(); at++) {
      String id = decision.on().get(at);
      Optional<MotionState> motion = state.motion(id);
      if (motion.isEmpty()) {
        continue;
      }
      MotionState m = motion.get();
      boolean decided = m.status() == MotionStatus.APPROVED || m.status() == MotionStatus.REJECTED;
      if (decided && !(m.act() instanceof Nomination) && !(m.act() instanceof HostingOffer)) {
        findings.voidAct(
            "decides "
                + Describe.motion(m)
                + " again, which is "
                + Describe.status(m)
                + ", without a carried decision to reconsider it");
      }
      if (m.act() instanceof Reconsideration
          && decision.outcome() == Outcome.APPROVED
          && decision.tally().isPresent()) {
        Threshold threshold = state.ruleSet().reconsiderationThreshold();
        VoteCount votes = state.voteCount().orElseThrow();
        Optional<Boolean> carries =
            votes.carries(threshold, act.date(), state.ruleSet().disputedStanding());
        int memberStates = state.memberStates();
        if (carries.isEmpty()) {
          findings.undetermined(
              "whether the reconsideration reaches "
                  + threshold
                  + " with "
                  + votes.describe()
                  + " depends on states of disputed standing");
        } else if (!carries.get()) {
          findings.voidAct(
              "the decision to reconsider is declared carried with "
                  + votes.describe()
                  + ", but needs "
                  + threshold
                  + " ("
                  + threshold.requiredVotes(memberStates)
                  + " of "
                  + memberStates
                  + ")");
        }
      }
    }
  }
}
