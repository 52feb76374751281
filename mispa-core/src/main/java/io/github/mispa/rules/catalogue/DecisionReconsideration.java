package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.HostingOffer;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.Reconsideration;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Matter;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.MotionState;
import io.github.mispa.rules.MotionStatus;
import io.github.mispa.rules.ProceduralState;
import java.util.Optional;

/**
 * {@code decision.reconsideration}: a decided matter is reopened only by a decision to reconsider
 * carried by two-thirds of the member delegations (the rule set's majority for a reconsideration,
 * or the one the record states). Deciding an approved or rejected motion again, without a carried
 * reconsideration, is void; so is a decision to reconsider declared carried by a vote short of the
 * threshold.
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
                + ", without a carried decision to reconsider it",
            Describe.motionAndStatus(Message.of("decision.reconsideration.decided-again"), m));
      }
      if (m.act() instanceof Reconsideration
          && decision.outcome() == Outcome.APPROVED
          && decision.tally().isPresent()) {
        Majorities majority = Majorities.of(decision, state, Matter.RECONSIDERATION);
        Optional<Boolean> carries = majority.carries();
        if (carries.isEmpty()) {
          findings.undetermined(
              "the reconsideration: " + majority.undetermined(),
              majority.into(Message.of("decision.reconsideration.disputed-vote")));
        } else if (!carries.get()) {
          findings.voidAct(
              "the decision to reconsider is declared carried, but it needs "
                  + majority.needs()
                  + "; "
                  + majority.had(),
              majority.into(Message.of("decision.reconsideration.short-of-threshold")));
        }
      }
    }
  }
}
