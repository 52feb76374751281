package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.HostingOffer;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Withdrawal;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.MotionState;
import io.github.mispa.rules.MotionStatus;
import io.github.mispa.rules.ProceduralState;
import java.util.Optional;

/**
 * {@code proposal.withdrawal}: only the sponsor withdraws a proposal, and only before it is put to
 * the vote; any delegation may reintroduce it (as a new proposal). A withdrawal by anyone else, or
 * after the decision, is void; so is a decision on a withdrawn motion, except a nomination or a
 * hosting offer: {@code election.nominated} and {@code hosting.accepted-by-decision} own those, so
 * that the breach is reported once.
 *
 * <p>Source: GA Rules, Art. 55. Co-sponsors count as sponsors.
 */
public final class ProposalWithdrawal extends BaseRule {
  /** Creates the rule. */
  public ProposalWithdrawal() {
    super(
        "proposal.withdrawal",
        "GA Rules, Art. 55",
        "Only the sponsor withdraws a proposal, and only before it is put to the vote.");
    checks(Withdrawal.class, this::check);
    checks(Decision.class, this::check);
  }

  void check(Decision decision, RecordedAct act, ProceduralState state, Findings findings) {
    // Indexed, not for-each: this runs for every decision, and an iterator is garbage.
    for (int at = 0; at < decision.on().size(); at++) {
      String id = decision.on().get(at);
      state
          .motion(id)
          .filter(m -> m.status() == MotionStatus.WITHDRAWN)
          .filter(m -> !(m.act() instanceof Nomination) && !(m.act() instanceof HostingOffer))
          .ifPresent(
              m ->
                  findings.voidAct(
                      "decides "
                          + Describe.motion(m)
                          + ", which was withdrawn; it must be reintroduced first",
                      Describe.motion(Message.of("proposal.withdrawal.decides-withdrawn"), m)));
    }
  }

  void check(Withdrawal withdrawal, RecordedAct act, ProceduralState state, Findings findings) {
    Optional<MotionState> motion = state.motion(withdrawal.of());
    if (motion.isEmpty()) {
      findings.voidAct(
          "withdraws \"" + withdrawal.of() + "\", which had no effect",
          Message.of("proposal.withdrawal.no-effect").withText("target", withdrawal.of()));
      return;
    }
    Optional<String> by = act.actor().map(p -> p.id());
    if (by.isEmpty() || !motion.get().sponsors().contains(by.get())) {
      // A motion's sponsor is the participant that moved it, which every motion names: the
      // "unknown" sponsor, and the empty id that stands for it, are never given.
      String sponsor = motion.get().sponsor().orElse("");
      findings.voidAct(
          Describe.actor(state.record(), act)
              + " withdraws "
              + Describe.motion(motion.get())
              + ", but only its sponsor ("
              + (sponsor.isEmpty() ? "unknown" : Describe.participant(state.record(), sponsor))
              + ") may withdraw it",
          Describe.motion(Message.of("proposal.withdrawal.not-sponsor"), motion.get())
              .withParticipant("actor", Describe.actorId(state.record(), act))
              .withParticipant("sponsor", sponsor));
    } else if (!motion.get().isPending()) {
      findings.voidAct(
          "withdraws "
              + Describe.motion(motion.get())
              + ", which is "
              + Describe.status(motion.get())
              + ": a motion is withdrawn only before it is put to the vote",
          Describe.motionAndStatus(Message.of("proposal.withdrawal.not-pending"), motion.get()));
    }
  }
}
