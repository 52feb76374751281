package io.github.mispa.model;

/** What a participant may do in a meeting. */
public enum Capability {
  /** Take the floor: speeches, remarks, interventions, reading texts. */
  SPEAK,
  /** Present reports, documents and presentations. */
  PRESENT,
  /**
   * Take part in decisions: nominate, second, propose, move or support amendments, object, offer to
   * host, and vote. Only member-state delegations may.
   */
  DECIDE
}
