package io.github.mispa.rules.catalogue;

import io.github.mispa.model.Office;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;
import java.util.List;

/**
 * {@code election.chair-first}: the chair is elected before the other officers. Irregular
 * otherwise.
 *
 * <p>Source: practice (MISPA III and MISPA V elected the chair first, then "the other officers").
 */
public final class ElectionChairFirst extends BaseRule {
  /** Creates the rule. */
  public ElectionChairFirst() {
    super(
        "election.chair-first",
        "practice (MISPA III, MISPA V)",
        "The chair is elected before the other officers.");
    checks(Decision.class, this::check);
  }

  void check(Decision decision, RecordedAct act, ProceduralState state, Findings findings) {
    if (state.chairElected()) {
      return;
    }
    List<Nomination> elected = Elections.elected(state.record(), decision);
    boolean electsChair = elected.stream().anyMatch(n -> n.office() == Office.CHAIR);
    for (Nomination n : elected) {
      if (n.office() != Office.CHAIR && !electsChair) {
        findings.irregular(
            Describe.person(state.record(), n.nominee())
                + " is elected "
                + n.office().title()
                + " before the chair is elected",
            Message.of("election.chair-first.before-chair")
                .withPerson("person", n.nominee())
                .withOffice("office", n.office()));
      }
    }
  }
}
