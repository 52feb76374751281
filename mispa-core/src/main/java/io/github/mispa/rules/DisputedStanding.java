package io.github.mispa.rules;

/** How a rule set treats a member state whose standing is disputed (Venezuela since 2019). */
public enum DisputedStanding {
  /** As a member in good standing. */
  GOOD_STANDING,
  /** As not in good standing. */
  NOT_IN_GOOD_STANDING,
  /** As a question the record cannot answer: findings that depend on it are undetermined. */
  UNDETERMINED
}
