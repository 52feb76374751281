package io.github.mispa.rules.catalogue;

import io.github.mispa.model.Office;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;
import java.util.Optional;

/**
 * {@code presiding.declares}: only the presiding officer declares the outcome of a decision: the
 * chair, or a vice chair acting for an absent chair. Void otherwise.
 *
 * <p>Source: practice; the General Assembly's rules on the President. Records seldom say when the
 * chair is absent, so a vice chair's declaration is accepted. Before the chair is elected, {@code
 * presiding.provisional} applies instead.
 */
public final class PresidingDeclares extends BaseRule {
  /** Creates the rule. */
  public PresidingDeclares() {
    super(
        "presiding.declares",
        "practice; GA Rules on the President",
        "Only the chair, or a vice chair acting for an absent chair, declares outcomes.");
    checks(DecisionAct.class, this::check);
  }

  void check(DecisionAct decision, RecordedAct act, ProceduralState state, Findings findings) {
    Optional<String> declarer = decision.person();
    if (!state.chairElected() || declarer.isEmpty()) {
      return;
    }
    String person = declarer.get();
    if (state.holders(Office.CHAIR).contains(person) || Elections.isViceChair(state, person)) {
      return;
    }
    String chair = state.holders(Office.CHAIR).get(0);
    findings.voidAct(
        "the outcome is declared by "
            + Describe.person(state.record(), person)
            + ", who is neither the chair ("
            + Describe.person(state.record(), chair)
            + ") nor a vice chair",
        Message.of("presiding.declares.not-presiding")
            .withPerson("person", person)
            .withPerson("chair", chair));
  }
}
