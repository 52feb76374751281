package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;

/**
 * {@code election.before-agenda}: officers are elected before the agenda is adopted. Irregular
 * otherwise.
 *
 * <p>Source: practice (MISPA V elected its officers, then adopted the agenda; the General
 * Assembly's opening sequence, 2015).
 */
public final class ElectionBeforeAgenda extends BaseRule {
  /** Creates the rule. */
  public ElectionBeforeAgenda() {
    super(
        "election.before-agenda",
        "practice (MISPA V; GA 2015)",
        "Officers are elected before the agenda is adopted.");
    checks(Decision.class, this::check);
  }

  void check(Decision decision, RecordedAct act, ProceduralState state, Findings findings) {
    if (!state.agendaAdopted()) {
      return;
    }
    for (Nomination n : Elections.elected(state.record(), decision)) {
      findings.irregular(
          Describe.person(state.record(), n.nominee())
              + " is elected "
              + n.office().title()
              + " after the agenda was adopted",
          Message.of("election.before-agenda.after-agenda")
              .withPerson("person", n.nominee())
              .withOffice("office", n.office()));
    }
  }
}
