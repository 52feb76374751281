package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.DocumentStatus;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.MotionState;
import io.github.mispa.rules.ProceduralState;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code amendment.target-pending}: an amendment targets a proposal or document that is still
 * pending: not yet adopted, rejected or withdrawn. Void otherwise.
 *
 * <p>Source: GA Rules, Art. 54; practice. At MISPA V, Nicaragua's wish to mention Metrojet flight
 * 9268 in the already approved joint statement was a request the Chair took note of, not an
 * amendment; recorded as an amendment, it would be void.
 */
public final class AmendmentTargetPending extends BaseRule {
  /** Creates the rule. */
  public AmendmentTargetPending() {
    super(
        "amendment.target-pending",
        "GA Rules, Art. 54; practice",
        "An amendment targets a proposal or document that is still pending.");
    checks(Amendment.class, this::check);
  }

  void check(Amendment amendment, RecordedAct act, ProceduralState state, Findings findings) {
    if (amendment.proposal().isPresent()) {
      String id = amendment.proposal().get();
      Optional<MotionState> target = state.motion(id);
      if (target.isEmpty()) {
        findings.voidAct(
            "the amendment targets \"" + id + "\", which had no effect",
            Message.of("amendment.target-pending.no-effect").withText("target", id));
      } else if (!target.get().isPending()) {
        findings.voidAct(
            "the amendment targets "
                + Describe.motion(target.get())
                + ", which is "
                + Describe.status(target.get())
                + "; only a pending text can be amended",
            Describe.motionAndStatus(
                Message.of("amendment.target-pending.not-pending"), target.get()));
      }
    }
    amendment
        .document()
        .ifPresent(
            id -> {
              DocumentStatus status = state.document(id);
              if (status != DocumentStatus.DRAFT) {
                String name = state.record().document(id).orElseThrow().name();
                String words = status.name().toLowerCase(Locale.ROOT);
                findings.voidAct(
                    "the amendment targets \""
                        + name
                        + "\", which is already "
                        + words
                        + "; only a pending text can be amended",
                    Message.of("amendment.target-pending.document-decided")
                        .withText("document", name)
                        .withText("status", words));
              }
            });
  }
}
