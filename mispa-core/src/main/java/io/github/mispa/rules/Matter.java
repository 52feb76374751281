package io.github.mispa.rules;

/**
 * The kinds of matter a meeting decides, for which a rule set says what majority a vote needs
 * ({@link RuleSet#majority(Matter)}). The catalogue tells a decision's matter from what it decides;
 * a record may state the majority a decision needs instead.
 */
public enum Matter {
  /** A question of substance: a text, a resolution, a hosting offer, a request. */
  SUBSTANTIVE,
  /** A question of procedure: a proposal on how to proceed, a schedule, a methodology of work. */
  PROCEDURAL,
  /** The agenda, and amendments to it as it is adopted. */
  AGENDA,
  /** Whether to reconsider a decided matter. */
  RECONSIDERATION,
  /** The election of an officer. */
  ELECTION,
  /** The suspension or waiver of a rule of procedure for the case at hand. */
  SUSPENSION_OF_RULE;

  /** {@return the matter in words, for messages: "the suspension of a rule"} */
  public String describe() {
    return switch (this) {
      case SUBSTANTIVE -> "a substantive question";
      case PROCEDURAL -> "a procedural question";
      case AGENDA -> "the agenda";
      case RECONSIDERATION -> "a reconsideration";
      case ELECTION -> "an election";
      case SUSPENSION_OF_RULE -> "the suspension of a rule";
    };
  }
}
