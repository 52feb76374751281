package io.github.mispa.rules.catalogue;

import static java.util.Objects.requireNonNull;

import io.github.mispa.model.Participant;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.ProceduralState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code vote.one-per-state}: a member state casts at most one vote in a vote. The extra vote is
 * void; the decision stands, judged on the valid votes by {@code decision.threshold}.
 *
 * <p>Source: OAS Charter (each member state has one vote).
 */
public final class VoteOnePerState extends BaseRule {
  /** Creates the rule. */
  public VoteOnePerState() {
    super(
        "vote.one-per-state",
        "OAS Charter",
        "A member state casts at most one vote in a vote.",
        ActKind.DECISION,
        ActKind.ADOPTION);
  }

  @Override
  public void check(RecordedAct act, ProceduralState state, Findings findings) {
    requireNonNull(act, "act");
    requireNonNull(state, "state");
    requireNonNull(findings, "findings");
    ((DecisionAct) act.act())
        .tally()
        .ifPresent(
            tally -> {
              List<Ballot> ballots = tally.ballots();
              Map<String, Integer> first = new HashMap<>();
              for (int i = 0; i < ballots.size(); i++) {
                Optional<Participant> participant =
                    state.record().participant(ballots.get(i).participant());
                Integer earlier =
                    first.putIfAbsent(Votes.stateKey(participant, ballots.get(i).participant()), i);
                if (earlier != null) {
                  findings.voidPart(
                      "/tally/ballots/" + i,
                      participant.map(Participant::name).orElse(ballots.get(i).participant())
                          + " already voted in this vote (ballot "
                          + earlier
                          + "); this second ballot is void");
                }
              }
            });
  }
}
