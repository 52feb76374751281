package io.github.mispa.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.Participant;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The valid votes of a tally: one per state, from eligible delegations, with the ballots that do
 * not count and why. Ballots of states whose standing is disputed are kept apart when the rule set
 * leaves that open, so that a result that depends on them is reported as undetermined rather than
 * guessed. Without ballots, the announced counts are taken as they are.
 *
 * <p>The replay counts the tally of a decision once, for every rule that asks ({@link
 * ProceduralState#voteCount()}).
 */
public final class VoteCount {
  /** Votes by position; absences are not counted. */
  private static final class Counts {
    int votesFor;
    int against;
    int abstain;
    int notVoting;

    void add(Vote vote) {
      switch (vote) {
        case FOR -> votesFor++;
        case AGAINST -> against++;
        case ABSTAIN -> abstain++;
        case NOT_VOTING -> notVoting++;
        case ABSENT -> {}
      }
    }

    // Exact: announced counts are bounded (Tally.MAX_COUNT) so that these sums fit, and a sum
    // that wrapped round would give a wrong verdict rather than an error.
    int present() {
      return Math.addExact(Math.addExact(votesFor, against), Math.addExact(abstain, notVoting));
    }

    void copy(Counts other) {
      votesFor = other.votesFor;
      against = other.against;
      abstain = other.abstain;
      notVoting = other.notVoting;
    }

    Counts plus(Counts other) {
      Counts sum = new Counts();
      sum.votesFor = Math.addExact(votesFor, other.votesFor);
      sum.against = Math.addExact(against, other.against);
      sum.abstain = Math.addExact(abstain, other.abstain);
      sum.notVoting = Math.addExact(notVoting, other.notVoting);
      return sum;
    }
  }

  private final Counts counted = new Counts();
  private final Counts disputed = new Counts();
  private final ImmutableList<Integer> duplicates;
  private final ImmutableList<Integer> ineligible;
  private final ImmutableList<Integer> undetermined;

  private VoteCount(
      ImmutableList<Integer> duplicates,
      ImmutableList<Integer> ineligible,
      ImmutableList<Integer> undetermined) {
    this.duplicates = duplicates;
    this.ineligible = ineligible;
    this.undetermined = undetermined;
  }

  /** {@return the valid votes of {@code tally}, for a vote of {@code record} on {@code date}} */
  public static VoteCount of(
      MeetingRecord record, Tally tally, LocalDate date, DisputedStanding policy) {
    requireNonNull(record, "record");
    requireNonNull(tally, "tally");
    requireNonNull(date, "date");
    requireNonNull(policy, "policy");
    return count(
        tally,
        id -> {
          Optional<Participant> participant = record.participant(id);
          return new Voter(
              participant.flatMap(Participant::state).orElse(null),
              Eligibility.of(participant, date, policy));
        },
        // Announced counts are checked against every member state of the day: they may be
        // impossible whatever a rule set's base.
        Eligibility.memberStates(date, true));
  }

  /**
   * Counts {@code tally} with the state and eligibility of each voter given by the caller.
   * Announced counts without ballots that add up to more than {@code memberStates}, the member
   * states of the day, are void ({@code vote.tally} says so) and count no vote.
   */
  static VoteCount count(Tally tally, Function<String, Voter> voters, int memberStates) {
    if (tally.ballots().isEmpty()) {
      VoteCount count = new VoteCount(ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
      if (announced(tally) > memberStates) {
        return count;
      }
      count.counted.votesFor = tally.votesFor();
      count.counted.against = tally.votesAgainst();
      count.counted.abstain = tally.abstentions();
      count.counted.notVoting = tally.notVoting();
      return count;
    }
    ImmutableList.Builder<Integer> duplicates = ImmutableList.builder();
    ImmutableList.Builder<Integer> ineligible = ImmutableList.builder();
    ImmutableList.Builder<Integer> undetermined = ImmutableList.builder();
    // The states that voted, one bit each: an EnumSet costs a lookup of the enum's constants per
    // tally, which the replay, with hundreds of tallies, feels.
    long states = 0;
    Set<String> others = new HashSet<>();
    Counts counted = new Counts();
    Counts disputed = new Counts();
    for (int i = 0; i < tally.ballots().size(); i++) {
      Ballot ballot = tally.ballots().get(i);
      Voter voter = voters.apply(ballot.participant());
      MemberState state = voter.state();
      // Two delegations of one state are one state; any other participant counts as itself.
      boolean first;
      if (state != null) {
        long bit = bit(state);
        first = (states & bit) == 0;
        states |= bit;
      } else {
        first = others.add(ballot.participant());
      }
      if (!first) {
        duplicates.add(i);
        continue;
      }
      switch (voter.eligibility()) {
        case ELIGIBLE -> counted.add(ballot.vote());
        case UNDETERMINED -> {
          disputed.add(ballot.vote());
          undetermined.add(i);
        }
        default -> ineligible.add(i);
      }
    }
    VoteCount count = new VoteCount(duplicates.build(), ineligible.build(), undetermined.build());
    count.counted.copy(counted);
    count.disputed.copy(disputed);
    return count;
  }

  /**
   * A voter as a count sees it: the member state it votes for, if any (two delegations of one state
   * are one voter), and whether it may vote. Found with one lookup per ballot.
   */
  record Voter(@Nullable MemberState state, Eligibility eligibility) {}

  static {
    // The member states that voted are one bit each of a long.
    if (MemberState.values().length > Long.SIZE) {
      throw new AssertionError("more member states than bits in a long");
    }
  }

  @SuppressWarnings("EnumOrdinal") // a set of at most 64 member states held in one long
  private static long bit(MemberState state) {
    return 1L << state.ordinal();
  }

  /**
   * {@return the announced counts of {@code tally} added up (for, against, abstaining, absent, not
   * voting), exactly: each is at most {@link Tally#MAX_COUNT}, and a sum above the member states is
   * an impossible count}
   */
  public static long announced(Tally tally) {
    requireNonNull(tally, "tally");
    return (long) tally.announcedFor().orElse(0)
        + tally.announcedAgainst().orElse(0)
        + tally.announcedAbstentions().orElse(0)
        + tally.announcedAbsent().orElse(0)
        + tally.announcedNotVoting().orElse(0);
  }

  /** {@return the valid votes for} */
  public int votesFor() {
    return counted.votesFor;
  }

  /** {@return the valid votes against} */
  public int votesAgainst() {
    return counted.against;
  }

  /** {@return the valid abstentions} */
  public int abstentions() {
    return counted.abstain;
  }

  /** {@return the eligible delegations present that did not vote, as {@link #describe} counts} */
  public int notVoting() {
    return counted.notVoting;
  }

  /** {@return the eligible delegations present at the vote: voting, abstaining or not voting} */
  public int present() {
    return counted.present();
  }

  /**
   * {@return the positions in the ballots of a state's second and later ballots, which are void}
   */
  public ImmutableList<Integer> duplicateBallots() {
    return duplicates;
  }

  /** {@return the positions in the ballots of ballots by participants that may not vote} */
  public ImmutableList<Integer> ineligibleBallots() {
    return ineligible;
  }

  /**
   * {@return the positions in the ballots of ballots by states of disputed, undetermined standing}
   */
  public ImmutableList<Integer> undeterminedBallots() {
    return undetermined;
  }

  /** {@return the votes for of states whose standing is disputed and left undetermined} */
  public int disputedVotesFor() {
    return disputed.votesFor;
  }

  /**
   * {@return whether the vote meets {@code threshold} when {@code memberStates} member states are
   * counted (the rule set's {@link MembershipBase}, in which a state of disputed standing stays);
   * empty when the answer depends on the votes of states whose standing the rule set leaves
   * undetermined: the vote carries with them and not without, or the other way round}
   */
  public Optional<Boolean> carries(Threshold threshold, int memberStates) {
    requireNonNull(threshold, "threshold");
    boolean without = meets(threshold, counted, memberStates);
    if (undetermined.isEmpty()) {
      return Optional.of(without);
    }
    boolean with = meets(threshold, counted.plus(disputed), memberStates);
    return with == without ? Optional.of(without) : Optional.empty();
  }

  /**
   * {@return the count of the base of {@code threshold} for this vote, when {@code memberStates}
   * member states are counted: the member states, those present, or those voting for or against
   * (without the votes of states of undetermined standing)}
   */
  public int baseCount(Threshold threshold, int memberStates) {
    requireNonNull(threshold, "threshold");
    return threshold.baseCount(
        counted.votesFor, counted.against, counted.abstain, memberStates, counted.present());
  }

  /**
   * {@return the count of the base of {@code threshold} for this vote with the votes of states of
   * undetermined standing counted: what a presiding officer who counted them announces}
   */
  public int baseCountWithDisputed(Threshold threshold, int memberStates) {
    requireNonNull(threshold, "threshold");
    Counts all = counted.plus(disputed);
    return threshold.baseCount(all.votesFor, all.against, all.abstain, memberStates, all.present());
  }

  /** {@return the votes for needed to meet {@code threshold} when {@code memberStates} count} */
  public int requiredVotes(Threshold threshold, int memberStates) {
    return threshold.requiredVotes(baseCount(threshold, memberStates));
  }

  private static boolean meets(Threshold threshold, Counts votes, int memberStates) {
    return threshold.isMet(
        votes.votesFor, votes.against, votes.abstain, memberStates, votes.present());
  }

  /**
   * {@return the count in words, such as "17 for, 10 against, 5 abstaining", and those not voting
   * where there are any}
   */
  public String describe() {
    return votesFor()
        + " for, "
        + votesAgainst()
        + " against, "
        + abstentions()
        + " abstaining"
        + (counted.notVoting > 0 ? ", " + counted.notVoting + " not voting" : "");
  }

  /** Returns {@link #describe()}. */
  @Override
  public String toString() {
    return describe();
  }
}
