package io.github.mispa.procedure;

/**
 * The majorities OAS texts require of a vote. Consensus and acclamation are not majorities but
 * {@linkplain DecisionMethod ways of deciding}.
 */
public enum MajorityKind {
  /**
   * The absolute majority of the member states: more than half of them, present or not (Charter,
   * Art. 59: the General Assembly decides by it unless the Charter or its rules say two-thirds).
   */
  MAJORITY_OF_MEMBER_STATES,
  /** Two-thirds of the member states, present or not. */
  TWO_THIRDS_OF_MEMBER_STATES,
  /** More than half of the member states present and voting: abstentions do not count. */
  MAJORITY_OF_PRESENT_AND_VOTING,
  /** Two-thirds of the member states present and voting: abstentions do not count. */
  TWO_THIRDS_OF_PRESENT_AND_VOTING;

  /** {@return how a message says it: "two-thirds of the member states"} */
  public String describe() {
    return switch (this) {
      case MAJORITY_OF_MEMBER_STATES -> "a majority of the member states";
      case TWO_THIRDS_OF_MEMBER_STATES -> "two-thirds of the member states";
      case MAJORITY_OF_PRESENT_AND_VOTING -> "a majority of those present and voting";
      case TWO_THIRDS_OF_PRESENT_AND_VOTING -> "two-thirds of those present and voting";
    };
  }
}
