package io.github.mispa.rules;

/**
 * What a finding means for its act, after the power and permission distinction of event-calculus
 * voting protocols.
 */
public enum FindingKind {
  /**
   * The act had no effect: the replay skips it, so later checks see the consequence (an officer
   * "elected" by a void acclamation does not hold office). A finding on part of an act (one ballot
   * of a tally) voids that part only.
   */
  VOID,
  /** The act stands, but the procedure was breached. */
  IRREGULAR,
  /** The record lacks what the rule needs (no attendance, no distribution time). */
  UNDETERMINED
}
