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
  VOTE
}
