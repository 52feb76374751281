package io.github.mispa.rules.catalogue;

import io.github.mispa.model.Participant;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Eligibility;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * {@code participation.member-decides}: nominating, seconding, proposing, moving or supporting
 * amendments, objecting and requesting belong to member-state delegations in good standing on the
 * day of the act. The presiding officer may also propose texts and procedure and instruct the
 * secretariat. Void otherwise; undetermined where the rule set leaves a disputed standing open.
 *
 * <p>Source: OAS Charter (each member state has one vote); Document of Port of Spain, §2; CP/RES.
 * 76 (84/72), Arts. 3–4 (the Secretary General and other organs speak but do not vote). Hosting
 * offers are left to {@code hosting.offer-by-member}, votes to {@code vote.tally}, and
 * accreditation to {@code participation.accredited}.
 */
public final class ParticipationMemberDecides extends BaseRule {
  /** Creates the rule. */
  public ParticipationMemberDecides() {
    super(
        "participation.member-decides",
        "OAS Charter; Document of Port of Spain, §2; CP/RES. 76 (84/72), Arts. 3–4",
        "Only member-state delegations in good standing nominate, second, propose, amend, support,"
            + " object and request; the presiding officer may also propose and instruct.");
    checks(
        Act.class,
        EnumSet.of(
            ActKind.NOMINATION,
            ActKind.SECONDING,
            ActKind.SUPPORT,
            ActKind.OBJECTION,
            ActKind.PROPOSAL,
            ActKind.AMENDMENT,
            ActKind.REQUEST,
            ActKind.POINT_OF_ORDER,
            ActKind.APPEAL,
            ActKind.RECONSIDERATION,
            ActKind.INSTRUCTION),
        this::check);
  }

  void check(Act a, RecordedAct act, ProceduralState state, Findings findings) {
    boolean presiding = a.person().isPresent() && a.person().equals(state.presidingOfficer());
    if (a.kind() == ActKind.INSTRUCTION) {
      if (!presiding) {
        // An instruction names the person who gave it: the record requires it.
        String person = a.person().orElseThrow();
        findings.voidAct(
            "only the presiding officer instructs the secretariat; "
                + Describe.person(state.record(), person)
                + " was not presiding",
            Message.of("participation.member-decides.instruction-not-presiding")
                .withPerson("person", person));
      }
      return;
    }
    if (presiding && (a.kind() == ActKind.PROPOSAL || a.kind() == ActKind.AMENDMENT)) {
      return;
    }
    Optional<Participant> actor = act.actor();
    Deciders.require(
        actor,
        act,
        state,
        findings,
        "only member-state delegations in good standing may make a %s",
        "participation.member-decides");
    if (a instanceof Amendment amendment) {
      List<String> cosponsors = amendment.cosponsors();
      for (int i = 0; i < cosponsors.size(); i++) {
        Optional<Participant> cosponsor = state.record().participant(cosponsors.get(i));
        Eligibility eligibility =
            Eligibility.of(cosponsor, act.date(), state.ruleSet().disputedStanding());
        if (eligibility == Eligibility.NOT_A_DELEGATION
            || eligibility == Eligibility.NOT_IN_GOOD_STANDING) {
          findings.voidPart(
              "/cosponsors/" + i,
              Eligibility.explain(cosponsor, act.date()) + ": it cannot co-sponsor an amendment",
              Describe.ineligible(
                  Message.of("participation.member-decides.cosponsor-not-eligible"),
                  cosponsor,
                  act.date()));
        }
      }
    }
  }
}
