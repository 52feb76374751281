package io.github.mispa.rules;

import com.google.common.collect.ImmutableSet;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActLocation;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A motion as the replay knows it at some point: who moved it, who seconded, supported and
 * objected, and where it stands. It never changes: the replay makes a new one for each change.
 *
 * <p>The lists of seconders, supporters and objectors are persistent: a new supporter makes a new
 * state whose list shares the old one's elements, in constant time, so that a motion supported a
 * million times costs a million steps, not a copy of every earlier supporter at each.
 */
public final class MotionState {
  private final Act act;
  private final ActLocation location;
  private final @Nullable String sponsor;
  private final ImmutableSet<String> sponsors;
  private final MotionStatus status;
  private final AppendOnlyList<String> seconders;
  private final AppendOnlyList<String> supporters;
  private final AppendOnlyList<String> objectors;

  private MotionState(
      Act act,
      ActLocation location,
      @Nullable String sponsor,
      ImmutableSet<String> sponsors,
      MotionStatus status,
      AppendOnlyList<String> seconders,
      AppendOnlyList<String> supporters,
      AppendOnlyList<String> objectors) {
    this.act = act;
    this.location = location;
    this.sponsor = sponsor;
    this.sponsors = sponsors;
    this.status = status;
    this.seconders = seconders;
    this.supporters = supporters;
    this.objectors = objectors;
  }

  static MotionState moved(
      Act act, ActLocation location, @Nullable String sponsor, ImmutableSet<String> sponsors) {
    return new MotionState(
        act,
        location,
        sponsor,
        sponsors,
        MotionStatus.PENDING,
        AppendOnlyList.of(),
        AppendOnlyList.of(),
        AppendOnlyList.of());
  }

  /**
   * {@return the act that moved it: a nomination, proposal, amendment, hosting offer, request,
   * reconsideration or appeal}
   */
  public Act act() {
    return act;
  }

  /** {@return where it was moved} */
  public ActLocation location() {
    return location;
  }

  /** {@return the participant that moved it, where known} */
  public Optional<String> sponsor() {
    return Optional.ofNullable(sponsor);
  }

  /** {@return the participants that moved it: the sponsor and any co-sponsors} */
  public ImmutableSet<String> sponsors() {
    return sponsors;
  }

  /** {@return where it stands} */
  public MotionStatus status() {
    return status;
  }

  /** {@return whether it is still before the meeting} */
  public boolean isPending() {
    return status == MotionStatus.PENDING;
  }

  /** {@return the participants that seconded it, in order; unmodifiable, and it never changes} */
  public List<String> seconders() {
    return seconders;
  }

  /** {@return the participants that supported it, in order; unmodifiable, and it never changes} */
  public List<String> supporters() {
    return supporters;
  }

  /**
   * {@return the participants that objected to it, in order; unmodifiable, and it never changes}
   */
  public List<String> objectors() {
    return objectors;
  }

  MotionState withStatus(MotionStatus newStatus) {
    return new MotionState(
        act, location, sponsor, sponsors, newStatus, seconders, supporters, objectors);
  }

  MotionState secondedBy(String participant) {
    return new MotionState(
        act,
        location,
        sponsor,
        sponsors,
        status,
        seconders.plus(participant),
        supporters,
        objectors);
  }

  MotionState supportedBy(String participant) {
    return new MotionState(
        act,
        location,
        sponsor,
        sponsors,
        status,
        seconders,
        supporters.plus(participant),
        objectors);
  }

  MotionState objectedToBy(String participant) {
    return new MotionState(
        act,
        location,
        sponsor,
        sponsors,
        status,
        seconders,
        supporters,
        objectors.plus(participant));
  }

  @Override
  public String toString() {
    return act.kind() + " at " + location + " " + status.name().toLowerCase(java.util.Locale.ROOT);
  }
}
