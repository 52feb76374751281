package io.github.mispa.rules;

/** Who presides until the chair is elected. */
public enum ProvisionalPresidency {
  /** The chair of the previous meeting of the series (MISPA practice). */
  PREVIOUS_CHAIR,
  /** Whoever the host designates (General Assembly practice). */
  DESIGNATED_BY_HOST,
  /**
   * The Chair of the Permanent Council for the quarter, who holds the office by rotation and
   * presides over every meeting of the Council: the record names them as the meeting's designated
   * president (Statutes of the Permanent Council, Arts. 5–6). The Council elects no chair at its
   * meetings.
   */
  CHAIR_BY_ROTATION
}
