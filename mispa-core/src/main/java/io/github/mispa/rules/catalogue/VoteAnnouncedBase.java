package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Tally;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Matter;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;
import java.util.OptionalInt;

/**
 * {@code vote.announced-base}: where the record gives the base the presiding officer announced for
 * a vote (the member states counted, or those present and voting), it is the base the rule set
 * counts. A mismatch is irregular: the vote stands, and the other rules judge it on the rule set's
 * base (a presiding officer who leaves out a member whose representation is disputed announces 33
 * where the Organization counts 34, and a majority of 17 where 18 are needed).
 *
 * <p>Source: practice. The majority is the one the record states for the decision, or the rule
 * set's for its kind of matter; for a base of those voting, the votes of a member of disputed
 * standing may be counted in it or not.
 */
public final class VoteAnnouncedBase extends BaseRule {
  /** Creates the rule. */
  public VoteAnnouncedBase() {
    super(
        "vote.announced-base",
        "practice",
        "The base a presiding officer announces for a vote is the one the rule set counts.");
    checks(DecisionAct.class, this::check);
  }

  void check(DecisionAct decision, RecordedAct act, ProceduralState state, Findings findings) {
    OptionalInt announced = decision.tally().map(Tally::announcedBase).orElse(OptionalInt.empty());
    if (announced.isEmpty()) {
      return;
    }
    Matter matter = Subjects.matter(state.record(), decision);
    Majorities majority = Majorities.of(decision, state, matter);
    int base = majority.base();
    if (announced.getAsInt() != base && announced.getAsInt() != majority.baseWithDisputed(state)) {
      findings.irregularPart(
          "/tally/announcedBase",
          "the presiding officer announced a base of "
              + announced.getAsInt()
              + ", but the vote needs "
              + majority.needs()
              + ", the base the rule set counts on "
              + act.date()
              + " ("
              + state.ruleSet().base().describe(act.date())
              + ")",
          // The base's description says which states of other standing it counts, in English:
          // it is text of the rule set's, as its source is, which the English message quotes
          // and the other languages sum up by the number of member states.
          majority
              .into(Message.of("vote.announced-base.mismatch"))
              .withNumber("announced", announced.getAsInt())
              .withText("date", act.date().toString())
              .withNumber("members", state.ruleSet().base().count(act.date()))
              .withText("membership", state.ruleSet().base().describe(act.date())));
    }
  }
}
