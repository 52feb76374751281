package io.github.mispa.rules.catalogue;

import io.github.mispa.model.Participant;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;

/**
 * {@code vote.one-per-state}: a member state casts at most one vote in a vote. The extra vote is
 * void; the decision stands, judged on the valid votes by {@code decision.threshold}.
 *
 * <p>Source: OAS Charter (each member state has one vote). Two delegations of one state (two rival
 * representations, say) are one state.
 */
public final class VoteOnePerState extends BaseRule {
  /** Creates the rule. */
  public VoteOnePerState() {
    super("vote.one-per-state", "OAS Charter", "A member state casts at most one vote in a vote.");
    checks(DecisionAct.class, this::check);
  }

  void check(DecisionAct decision, RecordedAct act, ProceduralState state, Findings findings) {
    state
        .voteCount()
        .ifPresent(
            count -> {
              for (int i : count.duplicateBallots()) {
                Ballot ballot = decision.tally().orElseThrow().ballots().get(i);
                findings.voidPart(
                    "/tally/ballots/" + i,
                    state
                            .record()
                            .participant(ballot.participant())
                            .map(Participant::name)
                            .orElse(ballot.participant())
                        + " already voted in this vote; this second ballot is void",
                    Message.of("vote.one-per-state.second-ballot")
                        .withParticipant("participant", ballot.participant()));
              }
            });
  }
}
