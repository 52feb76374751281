package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.AmendmentChange;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;

/**
 * {@code amendment.partial}: an amendment adds to, deletes from or changes part of its target.
 * Replacing the whole text is not an amendment: void.
 *
 * <p>Source: GA Rules, Art. 54. Whether an amendment's text is unrelated to its target cannot be
 * told from a record, so only replacements are caught.
 */
public final class AmendmentPartial extends BaseRule {
  /** Creates the rule. */
  public AmendmentPartial() {
    super(
        "amendment.partial",
        "GA Rules, Art. 54",
        "An amendment adds to, deletes from or changes part of its target.");
    checks(Amendment.class, this::check);
  }

  void check(Amendment amendment, RecordedAct act, ProceduralState state, Findings findings) {
    if (amendment.change() == AmendmentChange.REPLACEMENT) {
      findings.voidAct(
          "the amendment by "
              + Describe.actor(state.record(), act)
              + " replaces the whole text: that is a new proposal, not an amendment",
          Message.of("amendment.partial.replacement")
              .withParticipant("actor", Describe.actorId(state.record(), act)));
    }
  }
}
