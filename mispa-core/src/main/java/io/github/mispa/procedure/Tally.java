package io.github.mispa.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The tally of a vote: the ballots of the delegations, where the record has them, and the counts
 * the presiding officer announced, where it has those. A record may have either or both; the rule
 * {@code vote.tally} checks that they agree. An announced count (for, against, abstaining, absent,
 * not voting, and the base) is from 0 to {@value #MAX_COUNT}: far more than any vote of the OAS
 * has, and little enough that counts add up in {@code int} arithmetic without overflow; the rules
 * add them exactly all the same.
 *
 * <pre>{@code
 * Tally tally = Tally.builder()
 *     .addBallots(Ballot.of("ARG", Vote.FOR), Ballot.of("BRA", Vote.AGAINST))
 *     .announcedFor(1).announcedAgainst(1).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Tally {
  /**
   * The largest announced count, so that sums of counts fit in an {@code int}: 2,147,483,647 for,
   * 2,147,483,646 against and 37 abstaining once added up to 34.
   */
  public static final int MAX_COUNT = 1_000_000;

  Tally() {}

  /** {@return the ballots, one per delegation that took part, in the order recorded} */
  public abstract ImmutableList<Ballot> ballots();

  /** {@return the number of votes for, as announced} */
  public abstract OptionalInt announcedFor();

  /** {@return the number of votes against, as announced} */
  public abstract OptionalInt announcedAgainst();

  /** {@return the number of abstentions, as announced} */
  public abstract OptionalInt announcedAbstentions();

  /** {@return the number of member states absent, as announced} */
  public abstract OptionalInt announcedAbsent();

  /** {@return the number of member states present but not voting, as announced} */
  public abstract OptionalInt announcedNotVoting();

  /**
   * {@return the number of member states the presiding officer announced as the base of the
   * majority (the member states counted), where the record gives it}
   */
  public abstract OptionalInt announcedBase();

  /** {@return the number of ballots with {@code vote}} */
  public final int count(Vote vote) {
    requireNonNull(vote, "vote");
    int n = 0;
    for (Ballot ballot : ballots()) {
      if (ballot.vote() == vote) {
        n++;
      }
    }
    return n;
  }

  /**
   * {@return the number of votes for: the announced count if there is one, else the ballots' count}
   */
  public final int votesFor() {
    return announcedFor().orElseGet(() -> count(Vote.FOR));
  }

  /**
   * {@return the number of votes against: the announced count if there is one, else the ballots'}
   */
  public final int votesAgainst() {
    return announcedAgainst().orElseGet(() -> count(Vote.AGAINST));
  }

  /** {@return the number of abstentions: the announced count if there is one, else the ballots'} */
  public final int abstentions() {
    return announcedAbstentions().orElseGet(() -> count(Vote.ABSTAIN));
  }

  /** {@return the number absent: the announced count if there is one, else the ballots'} */
  public final int absent() {
    return announcedAbsent().orElseGet(() -> count(Vote.ABSENT));
  }

  /** {@return the number not voting: the announced count if there is one, else the ballots'} */
  public final int notVoting() {
    return announcedNotVoting().orElseGet(() -> count(Vote.NOT_VOTING));
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialized with this value's attributes} */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  final void check() {
    checkArgument(
        !ballots().isEmpty() || announcedFor().isPresent() || announcedAgainst().isPresent(),
        "a tally needs ballots or announced counts of votes for and against");
    checkCount("announcedFor", announcedFor());
    checkCount("announcedAgainst", announcedAgainst());
    checkCount("announcedAbstentions", announcedAbstentions());
    checkCount("announcedAbsent", announcedAbsent());
    checkCount("announcedNotVoting", announcedNotVoting());
    checkCount("announcedBase", announcedBase());
  }

  private static void checkCount(String name, OptionalInt count) {
    count.ifPresent(
        n -> {
          checkArgument(n >= 0, "%s must not be negative, but was %s", name, n);
          checkArgument(n <= MAX_COUNT, "%s must be at most %s, but was %s", name, MAX_COUNT, n);
        });
  }

  /** Builds a {@link Tally}. */
  public static final class Builder extends ImmutableTally.Builder {
    Builder() {}
  }
}
