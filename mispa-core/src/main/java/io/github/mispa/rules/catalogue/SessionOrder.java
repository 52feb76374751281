package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;
import java.util.Locale;
import java.util.Set;

/**
 * {@code session.order}: the meeting opens with its inaugural and opening sessions and ends with
 * the closing session; no act follows the closing. Irregular otherwise, reported at the first act
 * of each session out of place.
 *
 * <p>Source: practice.
 */
public final class SessionOrder extends BaseRule {
  /** Creates the rule. */
  public SessionOrder() {
    super(
        "session.order",
        "practice",
        "The meeting opens with its inaugural and opening sessions and ends with the closing session.");
    checks(Act.class, this::check);
  }

  void check(Act current, RecordedAct act, ProceduralState state, Findings findings) {
    if (!state.isFirstActOfSession()) {
      return;
    }
    Set<SessionKind> earlier = state.earlierSessionKinds();
    SessionKind kind = act.session().kind();
    String session =
        "session " + act.session().number() + " (" + kind.name().toLowerCase(Locale.ROOT) + ")";
    if (earlier.contains(SessionKind.CLOSING)) {
      findings.irregular(
          session + " follows the closing session: no act follows the closing",
          message("session.order.after-closing", act, kind));
    } else if (kind == SessionKind.INAUGURAL
        && (earlier.contains(SessionKind.OPENING) || startedBusiness(earlier))) {
      findings.irregular(
          session + " comes after the meeting had opened",
          message("session.order.inaugural-late", act, kind));
    } else if (kind == SessionKind.OPENING && startedBusiness(earlier)) {
      findings.irregular(
          session + " comes after the meeting's business had begun",
          message("session.order.opening-late", act, kind));
    }
  }

  private static Message message(String key, RecordedAct act, SessionKind kind) {
    return Message.of(key)
        .withNumber("session", act.session().number())
        .withSessionKind("kind", kind);
  }

  private static boolean startedBusiness(Set<SessionKind> earlier) {
    return earlier.contains(SessionKind.INTRODUCTORY) || earlier.contains(SessionKind.PLENARY);
  }
}
