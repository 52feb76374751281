package io.github.mispa.rules.catalogue;

import io.github.mispa.model.Participant;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;
import java.util.EnumSet;
import java.util.Optional;

/**
 * {@code participation.accredited}: an act by a delegation needs that delegation to be accredited
 * to the meeting. Void otherwise.
 *
 * <p>Source: Document of Port of Spain, §2 (only member states accredit delegations, in writing
 * through their permanent missions). Decisions are the meeting's, not a delegation's, and votes are
 * left to {@code vote.tally}.
 */
public final class ParticipationAccredited extends BaseRule {
  /** Creates the rule. */
  public ParticipationAccredited() {
    super(
        "participation.accredited",
        "Document of Port of Spain, §2",
        "An act by a delegation needs that delegation to be accredited to the meeting.");
    checks(
        Act.class,
        EnumSet.of(
            ActKind.SPEECH,
            ActKind.MINUTE_OF_SILENCE,
            ActKind.PRESENTATION,
            ActKind.REPORT,
            ActKind.INTERVENTION,
            ActKind.READING,
            ActKind.NOMINATION,
            ActKind.SECONDING,
            ActKind.SUPPORT,
            ActKind.OBJECTION,
            ActKind.PROPOSAL,
            ActKind.AMENDMENT,
            ActKind.WITHDRAWAL,
            ActKind.HOSTING_OFFER,
            ActKind.INSTRUCTION,
            ActKind.REQUEST,
            ActKind.REQUEST_NOTED,
            ActKind.POINT_OF_ORDER,
            ActKind.RULING,
            ActKind.APPEAL,
            ActKind.RECONSIDERATION),
        this::check);
  }

  void check(Act current, RecordedAct act, ProceduralState state, Findings findings) {
    Optional<Participant> actor = act.actor();
    if (actor.isPresent() && actor.get().isDelegation() && !actor.get().accredited()) {
      findings.voidAct(
          "the delegation of "
              + actor.get().name()
              + " is not accredited to "
              + state.record().meeting().name()
              + ", so its "
              + Describe.words(current.kind().logicalName())
              + " has no effect",
          Message.of("participation.accredited.not-accredited")
              .withParticipant("delegation", actor.get().id())
              .withText("meeting", state.record().meeting().name())
              .withActKind("act", current.kind().logicalName()));
    }
  }
}
