package io.github.mispa.rules.catalogue;

import io.github.mispa.model.Edition;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.HostingOffer;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.MotionState;
import io.github.mispa.rules.ProceduralState;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code hosting.accepted-by-decision}: the next host is fixed only by a decision accepting a
 * pending offer; at most one offer is accepted for a given future meeting. A decision on an offer
 * that had no effect, was withdrawn or already decided is void; so is the acceptance of a second
 * offer for the same meeting.
 *
 * <p>Source: practice (MISPA V: Honduras' offer "was accepted by acclamation").
 */
public final class HostingAcceptedByDecision extends BaseRule {
  /** Creates the rule. */
  public HostingAcceptedByDecision() {
    super(
        "hosting.accepted-by-decision",
        "practice (MISPA V)",
        "The next host is fixed only by a decision accepting a pending offer; one offer per meeting.");
    checks(Decision.class, this::check);
  }

  void check(Decision decision, RecordedAct act, ProceduralState state, Findings findings) {
    String series = state.record().meeting().series().code();
    Map<Edition, String> acceptedNow = new HashMap<>(4);
    // Indexed, not for-each: this runs for every decision, and an iterator is garbage.
    for (int at = 0; at < decision.on().size(); at++) {
      String id = decision.on().get(at);
      if (!(Subjects.act(state.record(), id) instanceof HostingOffer offer)) {
        continue;
      }
      Optional<MotionState> motion = state.motion(id);
      if (motion.isEmpty()) {
        findings.voidAct(
            "decides the hosting offer \"" + id + "\", which had no effect",
            Message.of("hosting.accepted-by-decision.no-effect").withText("offer", id));
        continue;
      }
      if (!motion.get().isPending()) {
        findings.voidAct(
            "decides "
                + Describe.motion(motion.get())
                + ", which is "
                + Describe.status(motion.get()),
            Describe.motionAndStatus(
                Message.of("hosting.accepted-by-decision.not-pending"), motion.get()));
        continue;
      }
      if (decision.outcome() != Outcome.APPROVED) {
        continue;
      }
      String accepted = state.acceptedOffer(offer.edition()).orElse(null);
      if (accepted == null) {
        accepted = acceptedNow.putIfAbsent(offer.edition(), id);
      }
      if (accepted != null) {
        // The sponsor of an offer is the delegation that made it; the offer's id stands in for
        // one the state does not know.
        String hostId = state.motion(accepted).flatMap(MotionState::sponsor).orElse(accepted);
        String host = Describe.participant(state.record(), hostId);
        findings.voidAct(
            "an offer by "
                + host
                + " is already accepted for "
                + series
                + " "
                + offer.edition()
                + "; only one offer is accepted for a meeting",
            Message.of("hosting.accepted-by-decision.already-accepted")
                .withParticipant("host", hostId)
                .withText("series", series)
                .withText("edition", offer.edition().toString()));
      }
    }
  }
}
