package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;
import java.util.Locale;

/**
 * {@code decision.unopposed}: a decision by acclamation, consensus or "no objection" stands only if
 * no objection is recorded on what it decides. Void otherwise.
 *
 * <p>Source: practice (MISPA V: "As there were no objections, the continuation ... was approved").
 * Objections to nominations are left to {@code election.acclamation-unopposed}. A decision whose
 * method the record does not state ({@link DecisionMethod#NOT_STATED}) is undetermined where an
 * objection is recorded: the record does not say whether it was put to a vote.
 */
public final class DecisionUnopposed extends BaseRule {
  /** Creates the rule. */
  public DecisionUnopposed() {
    super(
        "decision.unopposed",
        "practice (MISPA V)",
        "A decision by acclamation, consensus or no objection stands only if no objection is recorded"
            + " on it.");
    checks(Decision.class, this::check);
  }

  void check(Decision decision, RecordedAct act, ProceduralState state, Findings findings) {
    if (decision.method() == DecisionMethod.VOTE) {
      return;
    }
    // Indexed, not for-each: this runs for every decision, and an iterator is garbage.
    for (int at = 0; at < decision.on().size(); at++) {
      String id = decision.on().get(at);
      state
          .motion(id)
          .filter(m -> !(m.act() instanceof Nomination) && !m.objectors().isEmpty())
          .ifPresent(
              m -> {
                String objector = Describe.participant(state.record(), m.objectors().get(0));
                if (decision.method() == DecisionMethod.NOT_STATED) {
                  findings.undetermined(
                      Describe.motion(m)
                          + " is decided although "
                          + objector
                          + " objected, and the record does not say whether it was put to a"
                          + " vote",
                      Describe.motion(Message.of("decision.unopposed.method-not-stated"), m)
                          .withParticipant("objector", m.objectors().get(0)));
                } else {
                  String method = decision.method().name().toLowerCase(Locale.ROOT);
                  findings.voidAct(
                      Describe.motion(m)
                          + " is decided by "
                          + method.replace('_', ' ')
                          + " although "
                          + objector
                          + " objected; it must be put to a vote",
                      Describe.motion(Message.of("decision.unopposed.objected"), m)
                          .withText("method", method)
                          .withParticipant("objector", m.objectors().get(0)));
                }
              });
    }
  }
}
