package io.github.mispa.rules.catalogue;

import io.github.mispa.model.Participant;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Eligibility;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;
import io.github.mispa.rules.VoteCount;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code vote.tally}: only eligible delegations vote; counts add up; abstentions, absences and
 * those not voting are counted apart from votes for and against. A ballot by a participant that is
 * not an accredited member-state delegation in good standing is void; so is an announced count
 * (for, against, abstaining, absent, not voting) that disagrees with the ballots, and announced
 * counts that add up, exactly, to more than the member states.
 *
 * <p>Source: OAS Charter. Second ballots of a state are left to {@code vote.one-per-state}. A
 * ballot of a state whose representation is disputed, where the rule set leaves that open, is not a
 * finding of its own: the rules on thresholds say, once, whether the outcome depends on it.
 */
public final class VoteTally extends BaseRule {
  /** Creates the rule. */
  public VoteTally() {
    super("vote.tally", "OAS Charter", "Only eligible delegations vote, once each; counts add up.");
    checks(DecisionAct.class, this::check);
  }

  void check(DecisionAct decision, RecordedAct act, ProceduralState state, Findings findings) {
    Optional<Tally> found = decision.tally();
    if (found.isEmpty()) {
      return;
    }
    Tally tally = found.get();
    List<Ballot> ballots = tally.ballots();
    VoteCount count = state.voteCount().orElseThrow();
    for (int i : count.ineligibleBallots()) {
      Optional<Participant> participant = state.record().participant(ballots.get(i).participant());
      findings.voidPart(
          "/tally/ballots/" + i,
          Eligibility.explain(participant, act.date()) + ": it cannot vote",
          Describe.ineligible(Message.of("vote.tally.ineligible-ballot"), participant, act.date()));
    }
    if (!ballots.isEmpty()) {
      compare(findings, "/tally/announcedFor", "for", tally.announcedFor(), tally, Vote.FOR);
      compare(
          findings,
          "/tally/announcedAgainst",
          "against",
          tally.announcedAgainst(),
          tally,
          Vote.AGAINST);
      compare(
          findings,
          "/tally/announcedAbstentions",
          "abstaining",
          tally.announcedAbstentions(),
          tally,
          Vote.ABSTAIN);
      compare(
          findings,
          "/tally/announcedAbsent",
          "absent",
          tally.announcedAbsent(),
          tally,
          Vote.ABSENT);
      compare(
          findings,
          "/tally/announcedNotVoting",
          "not voting",
          tally.announcedNotVoting(),
          tally,
          Vote.NOT_VOTING);
    }
    // Added as longs: counts near the largest int must not wrap round to a small sum.
    long announced = VoteCount.announced(tally);
    int memberStates = Eligibility.memberStates(act.date(), true);
    if (announced > memberStates) {
      findings.voidPart(
          "/tally",
          "the announced counts add up to "
              + announced
              + ", more than the "
              + memberStates
              + " member states",
          Message.of("vote.tally.over-members")
              .withNumber("announced", announced)
              .withNumber("members", memberStates));
    }
  }

  private static void compare(
      Findings findings, String part, String what, OptionalInt announced, Tally tally, Vote vote) {
    if (announced.isEmpty()) {
      return;
    }
    // Counted only against an announced count: each count is a pass over the ballots.
    int counted = tally.count(vote);
    if (announced.getAsInt() != counted) {
      findings.voidPart(
          part,
          announced.getAsInt()
              + (what.equals("absent") || what.equals("not voting") ? " " : " votes ")
              + what
              + " were announced, but the ballots record "
              + counted,
          // What was counted by its words as a code: for, against, abstaining, absent, not_voting.
          Message.of("vote.tally.count-mismatch")
              .withNumber("announced", announced.getAsInt())
              .withText("what", what.replace(' ', '_'))
              .withNumber("counted", counted));
    }
  }
}
