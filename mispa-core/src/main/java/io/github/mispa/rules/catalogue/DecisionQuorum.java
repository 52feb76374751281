package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;
import java.util.OptionalInt;

/**
 * {@code decision.quorum}: a plenary decision needs a quorum: a majority of the member states
 * present (the rule set's quorum of the member states in good standing on the day). Void below it;
 * undetermined when the record has neither the session's attendance nor a tally with ballots.
 *
 * <p>Source: GA Rules, Art. 52. Presence is taken from the session's attendance where recorded,
 * otherwise from the ballots of a vote (all but those marked absent).
 */
public final class DecisionQuorum extends BaseRule {
  /** Creates the rule. */
  public DecisionQuorum() {
    super(
        "decision.quorum",
        "GA Rules, Art. 52",
        "A plenary decision needs a quorum: a majority of the member states present.");
    checks(DecisionAct.class, this::check);
  }

  void check(DecisionAct decision, RecordedAct act, ProceduralState state, Findings findings) {
    int memberStates = state.memberStates();
    int required = state.ruleSet().quorum().required(memberStates);
    OptionalInt present = state.memberStatesPresent();
    if (present.isEmpty()) {
      // Without attendance, the ballots of a vote show who was there (all but those absent).
      boolean ballots = decision.tally().map(t -> !t.ballots().isEmpty()).orElse(false);
      present =
          ballots ? OptionalInt.of(state.voteCount().orElseThrow().present()) : OptionalInt.empty();
    }
    if (present.isEmpty()) {
      findings.undetermined(
          "the record has no attendance for session "
              + act.session().number()
              + ", so the quorum ("
              + required
              + " of "
              + memberStates
              + " member states) cannot be checked",
          Message.of("decision.quorum.no-attendance")
              .withNumber("session", act.session().number())
              .withNumber("required", required)
              .withNumber("members", memberStates));
    } else if (present.getAsInt() < required) {
      findings.voidAct(
          "only "
              + present.getAsInt()
              + " member states are present; the quorum is "
              + required
              + " of "
              + memberStates,
          Message.of("decision.quorum.too-few")
              .withNumber("present", present.getAsInt())
              .withNumber("required", required)
              .withNumber("members", memberStates));
    }
  }
}
