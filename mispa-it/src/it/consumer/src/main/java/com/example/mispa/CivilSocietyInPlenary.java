package com.example.mispa;

import io.github.mispa.model.ParticipantKind;
import io.github.mispa.procedure.Presentation;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.ProceduralState;

// tag::houseRule[]
/** A house rule: civil society organizations present only in plenary sessions. */
public final class CivilSocietyInPlenary extends BaseRule {
  public CivilSocietyInPlenary() {
    super("house.civil-society-in-plenary", "house practice",
        "Civil society organizations present only in plenary sessions.");
    checks(Presentation.class, this::check);  // each check receives the acts of its class
  }

  void check(Presentation presentation, RecordedAct act, ProceduralState state, Findings findings) {
    state.record().actorOf(presentation)
        .filter(p -> p.kind() == ParticipantKind.CIVIL_SOCIETY)
        .filter(p -> act.session().kind() != SessionKind.PLENARY)
        .ifPresent(p -> findings.irregular(p.name() + " presents outside a plenary session"));
  }
}
// end::houseRule[]
