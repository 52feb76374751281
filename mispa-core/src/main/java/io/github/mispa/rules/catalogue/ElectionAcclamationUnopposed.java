package io.github.mispa.rules.catalogue;

import io.github.mispa.model.Office;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code election.acclamation-unopposed}: election by acclamation needs a single candidate for the
 * seat and no objection recorded before the declaration; otherwise the seat is filled by vote. Void
 * otherwise.
 *
 * <p>Source: practice. This rule owns objections to nominations; {@code decision.unopposed} covers
 * every other decision by acclamation, consensus or no objection. An election whose method the
 * record does not state ({@link DecisionMethod#NOT_STATED}) is undetermined where this rule would
 * void an acclamation: the record does not say whether the seat was filled by vote.
 */
public final class ElectionAcclamationUnopposed extends BaseRule {
  /** Creates the rule. */
  public ElectionAcclamationUnopposed() {
    super(
        "election.acclamation-unopposed",
        "practice",
        "Election by acclamation needs a single candidate per seat and no objection before the"
            + " declaration.");
    checks(Decision.class, this::check);
  }

  void check(Decision decision, RecordedAct act, ProceduralState state, Findings findings) {
    if (decision.method() != DecisionMethod.ACCLAMATION
        && decision.method() != DecisionMethod.NOT_STATED) {
      return;
    }
    boolean stated = decision.method() == DecisionMethod.ACCLAMATION;
    Set<Office> offices = EnumSet.noneOf(Office.class);
    // Indexed, not for-each: this runs for every decision, and an iterator is garbage.
    for (int at = 0; at < decision.on().size(); at++) {
      String id = decision.on().get(at);
      if (!(Subjects.act(state.record(), id) instanceof Nomination nomination)) {
        continue;
      }
      offices.add(nomination.office());
      state
          .motion(id)
          .filter(m -> !m.objectors().isEmpty())
          .ifPresent(
              m -> {
                String objector = Describe.participant(state.record(), m.objectors().get(0));
                String nominee = Describe.person(state.record(), nomination.nominee());
                if (stated) {
                  findings.voidAct(
                      nominee
                          + " is elected by acclamation although "
                          + objector
                          + " objected to the nomination; the seat must be filled by vote",
                      Message.of("election.acclamation-unopposed.objected")
                          .withPerson("person", nomination.nominee())
                          .withParticipant("objector", m.objectors().get(0)));
                } else {
                  findings.undetermined(
                      nominee
                          + " is elected although "
                          + objector
                          + " objected to the nomination, and the record does not say whether"
                          + " the seat was filled by vote",
                      Message.of("election.acclamation-unopposed.objected-method-not-stated")
                          .withPerson("person", nomination.nominee())
                          .withParticipant("objector", m.objectors().get(0)));
                }
              });
    }
    for (Office office : offices) {
      int seats = state.ruleSet().seats(office) - state.holders(office).size();
      int candidates = state.pendingNominationCount(office);
      if (seats >= 1 && candidates > seats && !stated) {
        findings.undetermined(
            "elected with "
                + candidates
                + " candidates for "
                + seats
                + (seats == 1 ? " seat" : " seats")
                + " of "
                + office.title()
                + ", and the record does not say whether the seat was filled by vote",
            contested("election.acclamation-unopposed.contested-method-not-stated", office)
                .withNumber("candidates", candidates)
                .withNumber("seats", seats));
      } else if (seats >= 1 && candidates > seats) {
        findings.voidAct(
            "elected by acclamation with "
                + candidates
                + " candidates for "
                + seats
                + (seats == 1 ? " seat" : " seats")
                + " of "
                + office.title()
                + "; the seat must be filled by vote",
            contested("election.acclamation-unopposed.contested", office)
                .withNumber("candidates", candidates)
                .withNumber("seats", seats));
      }
    }
  }

  private static Message contested(String key, Office office) {
    return Message.of(key).withOffice("office", office);
  }
}
