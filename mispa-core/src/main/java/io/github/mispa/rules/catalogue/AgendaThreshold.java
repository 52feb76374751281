package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Matter;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;
import java.util.Optional;

/**
 * {@code agenda.threshold}: if the agenda is put to a vote, it needs two-thirds of the member
 * states (the rule set's majority for the agenda, or the one the record states). A declared outcome
 * against the count is void; undetermined where it depends on the vote of a member whose
 * representation is disputed.
 *
 * <p>Source: OAS Charter; GA Rules. This rule owns votes on the agenda; {@code decision.threshold}
 * leaves them alone.
 */
public final class AgendaThreshold extends BaseRule {
  /** Creates the rule. */
  public AgendaThreshold() {
    super(
        "agenda.threshold",
        "OAS Charter; GA Rules",
        "If the agenda is put to a vote, it needs two-thirds of the member states.");
    checks(Adoption.class, this::check);
  }

  void check(Adoption adoption, RecordedAct act, ProceduralState state, Findings findings) {
    if (adoption.tally().isEmpty() || !Subjects.adoptsAgenda(state.record(), adoption)) {
      return;
    }
    Majorities majority = Majorities.of(adoption, state, Matter.AGENDA);
    Optional<Boolean> carries = majority.carries();
    if (carries.isEmpty()) {
      findings.undetermined(
          "the agenda: " + majority.undetermined(),
          majority.into(Message.of("agenda.threshold.disputed-vote")));
    } else if (carries.get() && adoption.outcome() == Outcome.REJECTED) {
      findings.voidAct(
          "the agenda is declared rejected, but it needs "
              + majority.needs()
              + "; "
              + majority.had(),
          majority.into(Message.of("agenda.threshold.declared-rejected")));
    } else if (!carries.get() && adoption.outcome() == Outcome.APPROVED) {
      findings.voidAct(
          "the agenda is declared adopted, but it needs "
              + majority.needs()
              + "; "
              + majority.had(),
          majority.into(Message.of("agenda.threshold.declared-adopted")));
    }
  }
}
