package io.github.mispa.rules;

import com.google.common.collect.ImmutableList;
import io.github.mispa.model.Office;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An office with seats still to fill, its pending nominations, and what an election by vote needs.
 */
public final class OfficeToFill {
  private final Office office;
  private final int seats;
  private final int open;
  private final ImmutableList<String> holders;
  private final ImmutableList<MotionState> nominations;
  private final VoteRequirement vote;

  OfficeToFill(
      Office office,
      int seats,
      int open,
      List<String> holders,
      List<MotionState> nominations,
      VoteRequirement vote) {
    this.office = office;
    this.seats = seats;
    this.open = open;
    this.holders = ImmutableList.copyOf(holders);
    this.nominations = ImmutableList.copyOf(nominations);
    this.vote = vote;
  }

  /** {@return the office} */
  public Office office() {
    return office;
  }

  /** {@return how many seats it has under the rule set} */
  public int seats() {
    return seats;
  }

  /**
   * {@return how many seats are still to fill: fewer than its seats less its holders where vice
   * chairs of other ranks hold some of the rule set's number}
   */
  public int open() {
    return open;
  }

  /** {@return the persons elected so far, in order} */
  public ImmutableList<String> holders() {
    return holders;
  }

  /** {@return the nominations for it not yet decided or withdrawn, in order} */
  public ImmutableList<MotionState> nominations() {
    return nominations;
  }

  /** {@return what an election by vote would need} */
  public VoteRequirement vote() {
    return vote;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OfficeToFill other
        && office == other.office
        && seats == other.seats
        && holders.equals(other.holders)
        && nominations.stream()
            .map(MotionState::location)
            .toList()
            .equals(other.nominations.stream().map(MotionState::location).toList())
        && vote.equals(other.vote);
  }

  @Override
  public int hashCode() {
    return Objects.hash(office, seats, open, holders, vote);
  }

  /** Returns the office and its open seats, such as {@code "Vice Chair: 2 of 2 seats open"}. */
  @Override
  public String toString() {
    return office.title()
        + ": "
        + open()
        + " of "
        + seats
        + (seats == 1 ? " seat" : " seats")
        + " open, "
        + nominations.size()
        + (nominations.size() == 1 ? " nomination" : " nominations");
  }
}
