package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.MotionState;
import io.github.mispa.rules.ProceduralState;
import java.util.Optional;

/**
 * {@code election.seconder-distinct}: where a nomination or proposal is seconded, the seconding
 * delegation differs from the proposing one; a delegation seconding its own motion seconds nothing.
 * Where the rule set requires seconding, a nomination or proposal decided without a valid seconding
 * is decided in vain: the decision is void.
 *
 * <p>Source: practice. MISPA practice does not require seconding (MISPA III's rapporteur was
 * elected "on Argentina's proposal" alone); {@link io.github.mispa.rules.RuleSet#secondingRequired}
 * says which.
 */
public final class ElectionSeconderDistinct extends BaseRule {
  /** Creates the rule. */
  public ElectionSeconderDistinct() {
    super(
        "election.seconder-distinct",
        "practice",
        "A seconding delegation differs from the proposing one; seconding is required where the rule"
            + " set says so.");
    checks(Seconding.class, this::check);
    checks(Decision.class, this::check);
  }

  void check(Seconding seconding, RecordedAct act, ProceduralState state, Findings findings) {
    Optional<MotionState> motion = state.motion(seconding.of());
    Optional<String> seconder = act.actor().map(p -> p.id());
    if (motion.isPresent()
        && seconder.isPresent()
        && motion.get().sponsors().contains(seconder.get())) {
      findings.voidAct(
          Describe.participant(state.record(), seconder.get())
              + " seconds "
              + Describe.motion(motion.get())
              + ", which it moved itself; the seconding must come from another delegation",
          Message.of("election.seconder-distinct.own-motion")
              .withParticipant("seconder", seconder.get())
              .withActKind("motion", motion.get().act().kind().logicalName())
              .withLocation("at", motion.get().location()));
    }
  }

  void check(Decision decision, RecordedAct act, ProceduralState state, Findings findings) {
    if (!state.ruleSet().secondingRequired()) {
      return;
    }
    // Indexed, not for-each: this runs for every decision, and an iterator is garbage.
    for (int at = 0; at < decision.on().size(); at++) {
      String id = decision.on().get(at);
      Optional<MotionState> motion = state.motion(id);
      if (motion.isPresent()
          && (motion.get().act() instanceof Nomination || motion.get().act() instanceof Proposal)
          && motion.get().seconders().isEmpty()) {
        findings.voidAct(
            Describe.motion(motion.get())
                + " was not seconded, and rule set \""
                + state.ruleSet().name()
                + "\" requires seconding",
            Message.of("election.seconder-distinct.not-seconded")
                .withActKind("motion", motion.get().act().kind().logicalName())
                .withLocation("at", motion.get().location())
                .withText("ruleSet", state.ruleSet().name()));
      }
    }
  }
}
