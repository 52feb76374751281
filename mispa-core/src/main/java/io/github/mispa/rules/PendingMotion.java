package io.github.mispa.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A motion before a live meeting, who may act on it now, and what a vote would need to carry it:
 * part of its {@link Outlook}.
 */
public final class PendingMotion {
  private final MotionState motion;
  private final ImmutableList<String> maySecond;
  private final ImmutableList<String> maySupport;
  private final ImmutableList<String> mayAmend;
  private final ImmutableList<String> mayObject;
  private final VoteRequirement vote;

  PendingMotion(
      MotionState motion,
      List<String> maySecond,
      List<String> maySupport,
      List<String> mayAmend,
      List<String> mayObject,
      VoteRequirement vote) {
    this.motion = motion;
    this.maySecond = ImmutableList.copyOf(maySecond);
    this.maySupport = ImmutableList.copyOf(maySupport);
    this.mayAmend = ImmutableList.copyOf(mayAmend);
    this.mayObject = ImmutableList.copyOf(mayObject);
    this.vote = vote;
  }

  /** {@return the motion: its act, where it was moved, by whom, who seconded and supported it} */
  public MotionState motion() {
    return motion;
  }

  /** {@return the participants whose seconding would stand now, in the record's order} */
  public ImmutableList<String> maySecond() {
    return maySecond;
  }

  /** {@return the participants whose support would stand now, in the record's order} */
  public ImmutableList<String> maySupport() {
    return maySupport;
  }

  /**
   * {@return the participants whose amendment (of part of its text) would stand now; empty for a
   * motion that is not a proposal or an amendment}
   */
  public ImmutableList<String> mayAmend() {
    return mayAmend;
  }

  /** {@return the participants whose objection would stand now, in the record's order} */
  public ImmutableList<String> mayObject() {
    return mayObject;
  }

  /** {@return what a vote on it would need to carry it} */
  public VoteRequirement vote() {
    return vote;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PendingMotion other
        && motion.location().equals(other.motion.location())
        && motion.status() == other.motion.status()
        && maySecond.equals(other.maySecond)
        && maySupport.equals(other.maySupport)
        && mayAmend.equals(other.mayAmend)
        && mayObject.equals(other.mayObject)
        && vote.equals(other.vote);
  }

  @Override
  public int hashCode() {
    return Objects.hash(motion.location(), maySecond, maySupport, mayAmend, mayObject, vote);
  }

  /**
   * Returns the motion, how many may act on it and what carries it, such as {@code "nomination at
   * 2.a#18 pending; how many may second it: 22, support: 23, amend: 0, object: 23; carried by more
   * than 1/2 of member states: 18 of 34"}.
   */
  @Override
  public String toString() {
    return motion
        + "; how many may second it: "
        + maySecond.size()
        + ", support: "
        + maySupport.size()
        + ", amend: "
        + mayAmend.size()
        + ", object: "
        + mayObject.size()
        + "; carried by "
        + vote;
  }
}
