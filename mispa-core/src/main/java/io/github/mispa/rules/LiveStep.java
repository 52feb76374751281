package io.github.mispa.rules;

import com.google.common.collect.ImmutableList;
import io.github.mispa.procedure.RecordedAct;

/**
 * An act applied to a live meeting, or tried: the act in its place, what the rules found, whether
 * it was recorded, and the meeting before and after it. A value that never changes.
 *
 * <pre>{@code
 * LiveStep step = live.apply(seconding, LiveMeeting.IfVoid.REFUSE);
 * step.recorded();   // false if a rule found it void
 * step.findings();   // why
 * live = step.after();
 * }</pre>
 */
public final class LiveStep {
  private final LiveMeeting before;
  private final LiveMeeting after;
  private final RecordedAct act;
  private final ImmutableList<Finding> findings;
  private final boolean recorded;
  private final boolean isVoid;

  LiveStep(
      LiveMeeting before,
      LiveMeeting after,
      RecordedAct act,
      ImmutableList<Finding> findings,
      boolean recorded,
      boolean isVoid) {
    this.before = before;
    this.after = after;
    this.act = act;
    this.findings = findings;
    this.recorded = recorded;
    this.isVoid = isVoid;
  }

  /** {@return the act in its place: where it is (or would be) in the record, and its actor} */
  public RecordedAct act() {
    return act;
  }

  /** {@return what the rules found about the act, in order: empty if it is strictly clean} */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /**
   * {@return whether the act is in the record now: false if it was refused as void or only tried}
   */
  public boolean recorded() {
    return recorded;
  }

  /** {@return whether a rule finds the act void: it has, or would have, no effect} */
  public boolean isVoid() {
    return isVoid;
  }

  /** {@return whether the act has no void and no irregular finding} */
  public boolean isClean() {
    for (Finding finding : findings) {
      if (finding.kind() != FindingKind.UNDETERMINED) {
        return false;
      }
    }
    return true;
  }

  /** {@return the meeting before the act} */
  public LiveMeeting before() {
    return before;
  }

  /** {@return the meeting after the act; the meeting before, if the act was not recorded} */
  public LiveMeeting after() {
    return after;
  }

  /**
   * Returns the act's location and kind, whether it was recorded and how it stands, such as {@code
   * 2.a#19 (seconding): not recorded, void}.
   */
  @Override
  public String toString() {
    return act
        + ": "
        + (recorded ? "recorded" : "not recorded")
        + ", "
        + (isVoid ? "void" : isClean() ? "clean" : "irregular");
  }
}
