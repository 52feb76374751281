package io.github.mispa.procedure;

/** What a proposal asks the meeting to do. */
public enum ProposalKind {
  /** Issue or adopt a text, such as a joint statement. */
  TEXT,
  /** Take a decision, such as continuing the work of a working group. */
  DECISION,
  /** Proceed in a certain way, such as a methodology of work. */
  PROCEDURE,
  /**
   * Suspend or waive a rule of procedure for the case at hand, such as the twelve hours a written
   * proposal waits after its distribution.
   */
  SUSPENSION
}
