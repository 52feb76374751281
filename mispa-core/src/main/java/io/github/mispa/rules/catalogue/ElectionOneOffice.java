package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code election.one-office}: a person holds at most one office of the meeting. Irregular
 * otherwise.
 *
 * <p>Source: practice.
 */
public final class ElectionOneOffice extends BaseRule {
  /** Creates the rule. */
  public ElectionOneOffice() {
    super("election.one-office", "practice", "A person holds at most one office of the meeting.");
    checks(Decision.class, this::check);
  }

  void check(Decision decision, RecordedAct act, ProceduralState state, Findings findings) {
    Set<String> electedNow = new HashSet<>();
    for (Nomination n : Elections.elected(state.record(), decision)) {
      String who = Describe.person(state.record(), n.nominee());
      state
          .officeOf(n.nominee())
          .ifPresent(
              held ->
                  findings.irregular(
                      who
                          + " is elected "
                          + n.office().title()
                          + " while holding the office of "
                          + held.title(),
                      Message.of("election.one-office.already-holds")
                          .withPerson("person", n.nominee())
                          .withOffice("office", n.office())
                          .withOffice("held", held)));
      if (!electedNow.add(n.nominee())) {
        findings.irregular(
            who + " is elected to two offices by one decision",
            Message.of("election.one-office.two-offices").withPerson("person", n.nominee()));
      }
    }
  }
}
