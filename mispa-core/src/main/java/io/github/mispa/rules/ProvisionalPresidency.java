package io.github.mispa.rules;

/** Who presides until the chair is elected. */
public enum ProvisionalPresidency {
  /** The chair of the previous meeting of the series (MISPA practice). */
  PREVIOUS_CHAIR,
  /** Whoever the host designates (General Assembly practice). */
  DESIGNATED_BY_HOST
}
