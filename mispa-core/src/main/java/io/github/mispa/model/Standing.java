package io.github.mispa.model;

/** The standing of a member state in the Organization on a given date. */
public enum Standing {
  /** A member taking part in the Organization with full rights. */
  MEMBER,
  /**
   * Excluded from participation by a decision of the Organization (Cuba, 1962 to 2009), while
   * remaining a member.
   */
  EXCLUDED,
  /**
   * Suspended from the right to participate under Article 9 of the Charter (Honduras, 2009–2011).
   */
  SUSPENDED,
  /**
   * A member that does not take part, by its own choice (Cuba since the exclusion was lifted in
   * 2009).
   */
  NOT_PARTICIPATING,
  /** Contested within the Organization (Venezuela since April 2019). Rule sets decide. */
  DISPUTED,
  /** No longer a member: its denunciation of the Charter has taken effect. */
  WITHDRAWN;

  /** {@return whether this standing lets a state decide: only {@link #MEMBER} does} */
  public boolean isGoodStanding() {
    return this == MEMBER;
  }
}
