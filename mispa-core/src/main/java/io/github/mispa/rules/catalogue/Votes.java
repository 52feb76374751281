package io.github.mispa.rules.catalogue;

import com.google.common.collect.EnumMultiset;
import com.google.common.collect.Multiset;
import com.google.common.collect.Multisets;
import io.github.mispa.model.Participant;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import io.github.mispa.rules.DisputedStanding;
import io.github.mispa.rules.Threshold;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The valid votes of a tally: one per state, from eligible delegations. Ballots of states whose
 * standing is disputed are kept apart when the rule set leaves that undetermined, so that a result
 * that depends on them is reported as undetermined rather than guessed.
 */
final class Votes {
  private final Multiset<Vote> counted = EnumMultiset.create(Vote.class);
  private final Multiset<Vote> disputed = EnumMultiset.create(Vote.class);

  private Votes() {}

  static Votes of(MeetingRecord record, Tally tally, LocalDate date, DisputedStanding policy) {
    Votes votes = new Votes();
    if (tally.ballots().isEmpty()) {
      votes.counted.add(Vote.FOR, tally.votesFor());
      votes.counted.add(Vote.AGAINST, tally.votesAgainst());
      votes.counted.add(Vote.ABSTAIN, tally.abstentions());
      return votes;
    }
    Set<String> voted = new HashSet<>();
    for (Ballot ballot : tally.ballots()) {
      Optional<Participant> participant = record.participant(ballot.participant());
      if (!voted.add(stateKey(participant, ballot.participant()))) {
        continue; // the extra vote is void: vote.one-per-state
      }
      switch (Membership.of(participant, date, policy)) {
        case ELIGIBLE -> votes.counted.add(ballot.vote());
        case UNDETERMINED -> votes.disputed.add(ballot.vote());
        default -> {} // not eligible: vote.tally
      }
    }
    return votes;
  }

  /** One vote per state: two delegations of one state share a key. */
  static String stateKey(Optional<Participant> participant, String id) {
    return participant.flatMap(Participant::state).map(s -> "state:" + s.alpha3()).orElse(id);
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
    boolean with =
        meets(threshold, Multisets.sum(counted, disputed), Membership.memberStates(date, true));
    return with == without ? Optional.of(without) : Optional.empty();
  }

  /** The member states the threshold's base is taken of, as the rule set counts them. */
  static int memberStates(LocalDate date, DisputedStanding policy) {
    return Membership.memberStates(date, policy == DisputedStanding.GOOD_STANDING);
  }

  private static boolean meets(Threshold threshold, Multiset<Vote> votes, int memberStates) {
    // Present at the vote: voting, abstaining or not voting; absent delegations are not.
    int present = votes.size() - votes.count(Vote.ABSENT);
    return threshold.isMet(
        votes.count(Vote.FOR),
        votes.count(Vote.AGAINST),
        votes.count(Vote.ABSTAIN),
        memberStates,
        present);
  }

  /** A sentence on the count, such as "17 for, 10 against, 5 abstaining". */
  String describe() {
    return counted.count(Vote.FOR)
        + " for, "
        + counted.count(Vote.AGAINST)
        + " against, "
        + counted.count(Vote.ABSTAIN)
        + " abstaining";
  }
}
