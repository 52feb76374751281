package io.github.mispa.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActLocation;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A motion as the replay knows it at some point: who moved it, who seconded, supported and
 * objected, and where it stands.
 */
public final class MotionState {
  private final Act act;
  private final ActLocation location;
  private final @Nullable String sponsor;
  private final ImmutableSet<String> sponsors;
  private final MotionStatus status;
  private final ImmutableList<String> seconders;
  private final ImmutableList<String> supporters;
  private final ImmutableList<String> objectors;

  private MotionState(
      Act act,
      ActLocation location,
      @Nullable String sponsor,
      ImmutableSet<String> sponsors,
      MotionStatus status,
      ImmutableList<String> seconders,
      ImmutableList<String> supporters,
      ImmutableList<String> objectors) {
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
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of());
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

  /** {@return the participants that seconded it, in order} */
  public ImmutableList<String> seconders() {
    return seconders;
  }

  /** {@return the participants that supported it, in order} */
  public ImmutableList<String> supporters() {
    return supporters;
  }

  /** {@return the participants that objected to it, in order} */
  public ImmutableList<String> objectors() {
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
        append(seconders, participant),
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
        append(supporters, participant),
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
        append(objectors, participant));
  }

  private static ImmutableList<String> append(ImmutableList<String> list, String element) {
    return ImmutableList.<String>builderWithExpectedSize(list.size() + 1)
        .addAll(list)
        .add(element)
        .build();
  }

  @Override
  public String toString() {
    return act.kind() + " at " + location + " " + status.name().toLowerCase(java.util.Locale.ROOT);
  }
}
