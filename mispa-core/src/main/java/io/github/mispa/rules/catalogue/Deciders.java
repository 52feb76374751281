package io.github.mispa.rules.catalogue;

import io.github.mispa.model.Participant;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.Eligibility;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;
import java.util.Optional;

/** The check that an act of decision is made by a participant that may decide. */
final class Deciders {
  private Deciders() {}

  /**
   * Reports a decision-power act by {@code actor} that it may not make: void if the actor is not a
   * member-state delegation in good standing, undetermined if its standing is disputed and the rule
   * set leaves that open. Accreditation is left to {@code participation.accredited}.
   *
   * @param rule why it is void, as in "offers to host are made by member-state delegations"; a
   *     {@code %s} in it stands for the kind of act, in words. Put together only on failure.
   * @param ruleId the id of the rule that requires it, which starts the keys of its messages:
   *     {@code <ruleId>.disputed-standing} and {@code <ruleId>.not-eligible}, whose patterns say
   *     {@code rule} in each language
   */
  static void require(
      Optional<Participant> actor,
      RecordedAct act,
      ProceduralState state,
      Findings findings,
      String rule,
      String ruleId) {
    Eligibility eligibility =
        actor.isPresent() ? state.eligibility(actor.get().id()) : Eligibility.NOT_A_DELEGATION;
    switch (eligibility) {
      case ELIGIBLE, NOT_ACCREDITED -> {}
      case UNDETERMINED ->
          findings.undetermined(
              "the standing of "
                  + actor.map(Participant::name).orElse("?")
                  + " on "
                  + act.date()
                  + " is disputed, and the rule set leaves open whether its "
                  + words(act)
                  + " counts",
              // Undetermined only for a delegation, whose standing is disputed: actor is present.
              Message.of(ruleId + ".disputed-standing")
                  .withParticipant("delegation", actor.map(Participant::id).orElse(""))
                  .withText("date", act.date().toString())
                  .withActKind("act", act.act().kind().logicalName()));
      default ->
          findings.voidAct(
              Eligibility.explain(actor, act.date()) + ": " + rule.replace("%s", words(act)),
              Describe.ineligible(Message.of(ruleId + ".not-eligible"), actor, act.date())
                  .withActKind("act", act.act().kind().logicalName()));
    }
  }

  private static String words(RecordedAct act) {
    return Describe.words(act.act().kind().logicalName());
  }
}
