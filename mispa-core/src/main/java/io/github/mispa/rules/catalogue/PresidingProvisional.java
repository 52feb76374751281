package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;
import java.util.Optional;

/**
 * {@code presiding.provisional}: until the chair is elected, the meeting is presided by a
 * provisional president: for MISPA the chair of the previous meeting of the series, for the General
 * Assembly whoever the host designates. A declaration by anyone else is void; without a record of
 * who that is, undetermined.
 *
 * <p>Source: practice (MISPA V, where the outgoing chair of MISPA IV presided over the election of
 * the chair; the General Assembly, 2015). After the chair is elected, {@code presiding.declares}
 * applies instead. A decision that names no declaring officer is taken as declared by the presiding
 * officer.
 */
public final class PresidingProvisional extends BaseRule {
  /** Creates the rule. */
  public PresidingProvisional() {
    super(
        "presiding.provisional",
        "practice (MISPA V; GA 2015)",
        "Until the chair is elected, the provisional president presides and declares outcomes.");
    checks(DecisionAct.class, this::check);
  }

  void check(DecisionAct decision, RecordedAct act, ProceduralState state, Findings findings) {
    Optional<String> declarer = decision.person();
    if (state.chairElected() || declarer.isEmpty()) {
      return;
    }
    Optional<String> provisional = state.provisionalPresident();
    if (provisional.isEmpty()) {
      String presidency =
          state.ruleSet().provisionalPresidency().name().toLowerCase(java.util.Locale.ROOT);
      findings.undetermined(
          "the outcome is declared by "
              + Describe.person(state.record(), declarer.get())
              + " before the chair is elected, and the record does not name the provisional"
              + " president (under "
              + state.ruleSet().name()
              + ": "
              + presidency.replace('_', ' ')
              + ")",
          Message.of("presiding.provisional.unnamed")
              .withPerson("person", declarer.get())
              .withText("ruleSet", state.ruleSet().name())
              .withText("presidency", presidency));
    } else if (!provisional.equals(declarer)) {
      findings.voidAct(
          "the outcome is declared by "
              + Describe.person(state.record(), declarer.get())
              + ", but until the chair is elected only the provisional president, "
              + Describe.person(state.record(), provisional.get())
              + ", declares outcomes",
          Message.of("presiding.provisional.not-provisional")
              .withPerson("person", declarer.get())
              .withPerson("provisional", provisional.get()));
    }
  }
}
