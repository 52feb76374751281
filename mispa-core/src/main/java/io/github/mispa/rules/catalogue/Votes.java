package io.github.mispa.rules.catalogue;

import io.github.mispa.model.MemberState;
import io.github.mispa.model.Participant;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import io.github.mispa.rules.DisputedStanding;
import io.github.mispa.rules.Threshold;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The valid votes of a tally: one per state, from eligible delegations. Ballots of states whose
 * standing is disputed are kept apart when the rule set leaves that undetermined, so that a result
 * that depends on them is reported as undetermined rather than guessed.
 */
final class Votes {
  private final int[] counted = new int[Vote.values().length];
  private final int[] disputed = new int[Vote.values().length];
  private final boolean fromBallots;

  private Votes(boolean fromBallots) {
    this.fromBallots = fromBallots;
  }

  static Votes of(MeetingRecord record, Tally tally, LocalDate date, DisputedStanding policy) {
    if (tally.ballots().isEmpty()) {
      Votes votes = new Votes(false);
      votes.counted[Vote.FOR.ordinal()] = tally.votesFor();
      votes.counted[Vote.AGAINST.ordinal()] = tally.votesAgainst();
      votes.counted[Vote.ABSTAIN.ordinal()] = tally.abstentions();
      return votes;
    }
    Votes votes = new Votes(true);
    OncePerState once = new OncePerState();
    for (Ballot ballot : tally.ballots()) {
      Optional<Participant> participant = record.participant(ballot.participant());
      if (!once.first(participant, ballot.participant())) {
        continue; // the extra vote is void: vote.one-per-state
      }
      switch (Membership.of(participant, date, policy)) {
        case ELIGIBLE -> votes.counted[ballot.vote().ordinal()]++;
        case UNDETERMINED -> votes.disputed[ballot.vote().ordinal()]++;
        default -> {} // not eligible: vote.tally
      }
    }
    return votes;
  }

  /**
   * Tells the first ballot of each state from later ones: two delegations of one state count as one
   * state; any other participant counts as itself. An enum set for states: this runs for every
   * ballot of every vote.
   */
  static final class OncePerState {
    private final Set<MemberState> states = EnumSet.noneOf(MemberState.class);
    private final Set<String> others = new HashSet<>();

    /** Whether this is the first ballot of its state (or participant). */
    boolean first(Optional<Participant> participant, String id) {
      Optional<MemberState> state = participant.flatMap(Participant::state);
      return state.isPresent() ? states.add(state.get()) : others.add(id);
    }
  }

  int votesFor() {
    return counted[Vote.FOR.ordinal()];
  }

  int votesAgainst() {
    return counted[Vote.AGAINST.ordinal()];
  }

  /** Delegations present at the vote: voting, abstaining or not voting. */
  int present() {
    return counted[Vote.FOR.ordinal()]
        + counted[Vote.AGAINST.ordinal()]
        + counted[Vote.ABSTAIN.ordinal()]
        + counted[Vote.NOT_VOTING.ordinal()];
  }

  boolean fromBallots() {
    return fromBallots;
  }

  /**
   * Whether the vote meets {@code threshold}; empty when the answer depends on states whose
   * standing the rule set leaves undetermined.
   */
  Optional<Boolean> carries(Threshold threshold, LocalDate date, DisputedStanding policy) {
    boolean countDisputed = policy == DisputedStanding.GOOD_STANDING;
    boolean without = meets(threshold, counted, Membership.memberStates(date, countDisputed));
    if (policy != DisputedStanding.UNDETERMINED) {
      return Optional.of(without);
    }
    int[] all = new int[counted.length];
    for (int i = 0; i < all.length; i++) {
      all[i] = counted[i] + disputed[i];
    }
    boolean with = meets(threshold, all, Membership.memberStates(date, true));
    return with == without ? Optional.of(without) : Optional.empty();
  }

  /** The member states the threshold's base is taken of, as the rule set counts them. */
  static int memberStates(LocalDate date, DisputedStanding policy) {
    return Membership.memberStates(date, policy == DisputedStanding.GOOD_STANDING);
  }

  private static boolean meets(Threshold threshold, int[] votes, int memberStates) {
    int present =
        votes[Vote.FOR.ordinal()]
            + votes[Vote.AGAINST.ordinal()]
            + votes[Vote.ABSTAIN.ordinal()]
            + votes[Vote.NOT_VOTING.ordinal()];
    return threshold.isMet(
        votes[Vote.FOR.ordinal()],
        votes[Vote.AGAINST.ordinal()],
        votes[Vote.ABSTAIN.ordinal()],
        memberStates,
        present);
  }

  /** A sentence on the count, such as "17 for, 10 against, 5 abstaining". */
  String describe() {
    return votesFor()
        + " for, "
        + votesAgainst()
        + " against, "
        + counted[Vote.ABSTAIN.ordinal()]
        + " abstaining";
  }
}
