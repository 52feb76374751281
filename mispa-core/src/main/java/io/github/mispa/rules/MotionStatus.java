package io.github.mispa.rules;

/** Where a motion stands. */
public enum MotionStatus {
  /** Before the meeting, not yet decided, withdrawn or noted. */
  PENDING,
  /** Approved, elected, accepted or incorporated. */
  APPROVED,
  /** Rejected. */
  REJECTED,
  /** Withdrawn by its sponsor. */
  WITHDRAWN,
  /** Taken note of by the presiding officer; not decided. */
  NOTED
}
