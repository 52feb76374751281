package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.Reconsideration;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;
import java.util.Optional;

/**
 * {@code decision.threshold}: a vote carries only if its valid votes meet the majority that
 * applies: the one the record states for the decision ("two-thirds of the member states, OAS
 * Charter, Art. 9"), or else the rule set's for its kind of matter (a substantive question, an
 * election, a procedural motion, the suspension of a rule, an amendment to the draft agenda), of
 * the member states the rule set counts on the day. A declared outcome must agree with the tally: a
 * declaration against the count is void. Where the outcome depends on whether the vote of a member
 * whose representation is disputed counts, that is reported once, as undetermined.
 *
 * <p>Source: OAS Charter, Art. 59; GA Rules. Void and ineligible ballots are not counted (see
 * {@code vote.one-per-state} and {@code vote.tally}). Votes on the agenda are left to {@code
 * agenda.threshold}, votes to reconsider to {@code decision.reconsideration}.
 */
public final class DecisionThreshold extends BaseRule {
  /** Creates the rule. */
  public DecisionThreshold() {
    super(
        "decision.threshold",
        "OAS Charter, Art. 59; GA Rules",
        "A vote carries only if it meets the majority that applies, stated by the record or the"
            + " rule set's for its matter; the declared outcome must agree with the tally.");
    checks(DecisionAct.class, this::check);
  }

  void check(DecisionAct decision, RecordedAct act, ProceduralState state, Findings findings) {
    if (decision.tally().isEmpty() || ownedElsewhere(decision, state)) {
      return;
    }
    Majorities majority = Majorities.of(decision, state, Subjects.matter(state.record(), decision));
    Optional<Boolean> carries = majority.carries();
    if (carries.isEmpty()) {
      findings.undetermined(
          majority.undetermined(), majority.into(Message.of("decision.threshold.disputed-vote")));
    } else if (!carries.get() && decision.outcome() == Outcome.APPROVED) {
      findings.voidAct(
          "declared carried, but it needs " + majority.needs() + "; " + majority.had(),
          majority.into(Message.of("decision.threshold.declared-carried")));
    } else if (carries.get() && decision.outcome() == Outcome.REJECTED) {
      findings.voidAct(
          "declared rejected, but it needs " + majority.needs() + "; " + majority.had(),
          majority.into(Message.of("decision.threshold.declared-rejected")));
    }
  }

  private static boolean ownedElsewhere(DecisionAct decision, ProceduralState state) {
    if (decision instanceof Adoption adoption) {
      return Subjects.adoptsAgenda(state.record(), adoption);
    }
    return decision instanceof Decision onMotions
        && onMotions.on().stream()
            .anyMatch(id -> Subjects.act(state.record(), id) instanceof Reconsideration);
  }
}
