package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.Appeal;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.PointOfOrder;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Ruling;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;
import java.util.Optional;

/**
 * {@code point-of-order.ruling}: a point of order is ruled on by the presiding officer at once (the
 * next act is the ruling); it may not address substance; an appeal against the ruling is put to a
 * vote. Irregular otherwise.
 *
 * <p>Source: GA Rules, Art. 57. An appeal decided by a method the record does not state is
 * undetermined: the record does not say whether it was put to a vote.
 */
public final class PointOfOrderRuling extends BaseRule {
  /** Creates the rule. */
  public PointOfOrderRuling() {
    super(
        "point-of-order.ruling",
        "GA Rules, Art. 57",
        "A point of order is ruled on by the presiding officer at once, may not address substance,"
            + " and an appeal against the ruling is put to a vote.");
    checks(Act.class, this::check);
  }

  void check(Act current, RecordedAct act, ProceduralState state, Findings findings) {
    Optional<String> awaiting = state.pointOfOrderAwaitingRuling();
    if (awaiting.isPresent()
        && !(current instanceof Ruling ruling && ruling.on().equals(awaiting.get()))) {
      findings.irregular(
          "the point of order \"" + awaiting.get() + "\" was not ruled on at once",
          Message.of("point-of-order.ruling.not-at-once").withText("point", awaiting.get()));
    }
    if (current instanceof PointOfOrder point && point.substantive()) {
      findings.irregular(
          "the point of order by "
              + Describe.actor(state.record(), act)
              + " addresses the substance of the matter",
          Message.of("point-of-order.ruling.substantive")
              .withParticipant("actor", Describe.actorId(state.record(), act)));
    }
    if (current instanceof Ruling ruling) {
      String person = ruling.person().orElseThrow();
      boolean presiding =
          state.presidingOfficer().map(person::equals).orElse(false)
              || Elections.isViceChair(state, person);
      if (!presiding) {
        findings.irregular(
            "the point of order is ruled on by "
                + Describe.person(state.record(), person)
                + ", who is not the presiding officer",
            Message.of("point-of-order.ruling.not-presiding").withPerson("person", person));
      }
    }
    if (current instanceof Decision decision && decision.method() != DecisionMethod.VOTE) {
      // Indexed, not for-each: this runs for every decision, and an iterator is garbage.
      for (int at = 0; at < decision.on().size(); at++) {
        String id = decision.on().get(at);
        if (Subjects.act(state.record(), id) instanceof Appeal) {
          if (decision.method() == DecisionMethod.NOT_STATED) {
            findings.undetermined(
                "the record does not say whether the appeal \""
                    + id
                    + "\" against a ruling was put to a vote",
                Message.of("point-of-order.ruling.appeal-method-not-stated")
                    .withText("appeal", id));
          } else {
            findings.irregular(
                "the appeal \"" + id + "\" against a ruling is decided without a vote",
                Message.of("point-of-order.ruling.appeal-without-vote").withText("appeal", id));
          }
        }
      }
    }
  }
}
