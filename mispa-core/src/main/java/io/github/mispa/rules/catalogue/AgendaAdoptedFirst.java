package io.github.mispa.rules.catalogue;

import io.github.mispa.model.DocumentClass;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;

/**
 * {@code agenda.adopted-first}: no substantive decision before the agenda is adopted: adopting an
 * outcome document, a statement or a resolution, accepting a hosting offer, deciding a proposal
 * that is not on procedure, an amendment, a request or a reconsideration. Elections and procedure
 * may come first. Irregular otherwise; undetermined for a record without an agenda document.
 *
 * <p>Source: practice (the General Assembly's opening sequence, 2015). Items may be added to the
 * draft agenda at its adoption on a delegation's request (MISPA III added one at Venezuela's).
 */
public final class AgendaAdoptedFirst extends BaseRule {
  /** Creates the rule. */
  public AgendaAdoptedFirst() {
    super(
        "agenda.adopted-first",
        "practice (GA 2015)",
        "No substantive decision before the agenda is adopted.");
    checks(DecisionAct.class, this::check);
  }

  void check(DecisionAct decision, RecordedAct act, ProceduralState state, Findings findings) {
    if (state.agendaAdopted() || !Subjects.isSubstantive(state.record(), decision)) {
      return;
    }
    if (!state.record().documents(DocumentClass.AGENDA).isEmpty()) {
      findings.irregular(
          "a substantive decision is taken before the agenda is adopted",
          Message.of("agenda.adopted-first.before-agenda"));
    } else {
      findings.undetermined(
          "the record has no agenda document, so whether the agenda was adopted before this"
              + " substantive decision cannot be told",
          Message.of("agenda.adopted-first.no-agenda"));
    }
  }
}
