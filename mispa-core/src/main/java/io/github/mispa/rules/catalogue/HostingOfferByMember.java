package io.github.mispa.rules.catalogue;

import io.github.mispa.model.Participant;
import io.github.mispa.procedure.HostingOffer;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.ProceduralState;
import java.util.Optional;

/**
 * {@code hosting.offer-by-member}: an offer to host a future meeting is made by a member-state
 * delegation in good standing. Void otherwise; undetermined where the rule set leaves a disputed
 * standing open.
 *
 * <p>Source: practice (the MISPA venue is set by offers made at each meeting; MISPA V accepted
 * Honduras' offer). This rule owns hosting offers; {@code participation.member-decides} leaves them
 * alone.
 */
public final class HostingOfferByMember extends BaseRule {
  /** Creates the rule. */
  public HostingOfferByMember() {
    super(
        "hosting.offer-by-member",
        "practice",
        "An offer to host a future meeting is made by a member-state delegation.");
    checks(HostingOffer.class, this::check);
  }

  void check(HostingOffer offer, RecordedAct act, ProceduralState state, Findings findings) {
    Optional<Participant> actor = act.actor();
    Deciders.require(
        actor,
        act,
        state,
        findings,
        "offers to host are made by member-state delegations",
        "hosting.offer-by-member");
  }
}
