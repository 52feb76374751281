package io.github.mispa.procedure;

/** A member state's position in a vote. */
public enum Vote {
  /** In favour. */
  FOR,
  /** Against. */
  AGAINST,
  /** Abstaining: present, not voting for or against. */
  ABSTAIN,
  /** Absent when the vote was taken. */
  ABSENT,
  /** Present but not taking part in the vote. */
  NOT_VOTING
}
