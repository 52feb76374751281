package io.github.mispa.model;

/** The standing of a member state in the Organization on a given date. */
public enum Standing {
  /** A member taking part in the Organization with full rights. */
  MEMBER,
  /**
   * A member that has given notice of denunciation of the Charter, which takes effect two years
   * later (Charter, Art. 143): until then a member with full rights (Nicaragua from November 2021
   * to November 2023).
   */
  DENUNCIATION_PENDING,
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

  /**
   * {@return whether this standing lets a state decide: {@link #MEMBER} and {@link
   * #DENUNCIATION_PENDING} do}
   */
  public boolean isGoodStanding() {
    return this == MEMBER || this == DENUNCIATION_PENDING;
  }
}
