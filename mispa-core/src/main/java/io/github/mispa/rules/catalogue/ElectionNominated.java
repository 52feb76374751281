package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.MotionState;
import io.github.mispa.rules.ProceduralState;
import java.util.Optional;

/**
 * {@code election.nominated}: nobody is elected to an office without a standing nomination for it.
 * A decision on a nomination that had no effect, was withdrawn or was already decided is void.
 *
 * <p>Source: practice. This is how the consequences of a void nomination show: the "election" that
 * follows it is void, so the nominee never holds office.
 */
public final class ElectionNominated extends BaseRule {
  /** Creates the rule. */
  public ElectionNominated() {
    super(
        "election.nominated",
        "practice",
        "Nobody is elected to an office without a nomination for that office.");
    checks(Decision.class, this::check);
  }

  void check(Decision decision, RecordedAct act, ProceduralState state, Findings findings) {
    // Indexed, not for-each: this runs for every decision, and an iterator is garbage.
    for (int at = 0; at < decision.on().size(); at++) {
      String id = decision.on().get(at);
      if (!(Subjects.act(state.record(), id) instanceof Nomination nomination)) {
        continue;
      }
      Optional<MotionState> motion = state.motion(id);
      String who = Describe.person(state.record(), nomination.nominee());
      if (motion.isEmpty()) {
        findings.voidAct(
            who
                + " has no standing nomination for "
                + nomination.office().title()
                + ": the nomination \""
                + id
                + "\" had no effect",
            Message.of("election.nominated.no-effect")
                .withPerson("person", nomination.nominee())
                .withOffice("office", nomination.office())
                .withText("nomination", id));
      } else if (!motion.get().isPending()) {
        findings.voidAct(
            who
                + " has no standing nomination for "
                + nomination.office().title()
                + ": "
                + Describe.motion(motion.get())
                + " is "
                + Describe.status(motion.get()),
            Describe.motionAndStatus(
                Message.of("election.nominated.not-pending")
                    .withPerson("person", nomination.nominee())
                    .withOffice("office", nomination.office()),
                motion.get()));
      }
    }
  }
}
