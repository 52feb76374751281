package io.github.mispa.procedure;

/** How a decision was taken. */
public enum DecisionMethod {
  /** By acclamation. */
  ACCLAMATION,
  /** By consensus. */
  CONSENSUS,
  /** Because no delegation objected ("as there were no objections"). */
  NO_OBJECTION,
  /** By a vote, with a tally. */
  VOTE,
  /**
   * The record's source says the meeting decided ("the draft agenda was adopted") but not how. It
   * gives no count, so the decision was not put to a recorded vote; it is not known to have been by
   * acclamation, consensus or for want of objection, and nothing says it was. Rules read it as
   * agreement where no objection is recorded, and leave undetermined what depends on the method
   * where one is: whether a decision despite an objection, or on an appeal, was put to a vote.
   */
  NOT_STATED
}
