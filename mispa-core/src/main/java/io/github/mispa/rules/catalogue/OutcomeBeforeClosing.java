package io.github.mispa.rules.catalogue;

import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.DocumentStatus;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;

/**
 * {@code outcome.before-closing}: the outcome documents are adopted before the meeting closes.
 * Irregular when the closing session opens with an outcome document not adopted, and when one is
 * adopted in or after the closing session.
 *
 * <p>Source: practice (MISPA V adopted the "Recommendations of Lima" before its closing session).
 */
public final class OutcomeBeforeClosing extends BaseRule {
  /** Creates the rule. */
  public OutcomeBeforeClosing() {
    super(
        "outcome.before-closing",
        "practice",
        "The outcome documents are adopted before the meeting closes.");
    checks(Act.class, this::check);
  }

  void check(Act current, RecordedAct act, ProceduralState state, Findings findings) {
    boolean closing =
        act.session().kind() == SessionKind.CLOSING
            || state.earlierSessionKinds().contains(SessionKind.CLOSING);
    if (!closing) {
      return;
    }
    // Reported when the first closing session opens, not again at each closing session after.
    if (state.isFirstActOfSession()
        && act.session().kind() == SessionKind.CLOSING
        && !state.earlierSessionKinds().contains(SessionKind.CLOSING)) {
      for (Document document : state.record().documents(DocumentClass.OUTCOME)) {
        if (state.document(document.id()) != DocumentStatus.ADOPTED) {
          findings.irregular(
              "the closing session opens before the outcome document \""
                  + document.name()
                  + "\" is adopted",
              Message.of("outcome.before-closing.not-adopted")
                  .withText("document", document.name()));
        }
      }
    }
    if (current instanceof Adoption adoption) {
      for (String id : adoption.documents()) {
        Document document = state.record().document(id).orElseThrow();
        if (document.documentClass() == DocumentClass.OUTCOME) {
          findings.irregular(
              "the outcome document \"" + document.name() + "\" is adopted in the closing session",
              Message.of("outcome.before-closing.adopted-in-closing")
                  .withText("document", document.name()));
        }
      }
    }
  }
}
