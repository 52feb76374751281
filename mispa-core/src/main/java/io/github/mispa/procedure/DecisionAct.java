package io.github.mispa.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An act by which the meeting decides: a {@link Decision} on motions or an {@link Adoption} of
 * documents. It records how the decision was taken, the outcome the presiding officer declared, and
 * for a vote the tally.
 */
public abstract class DecisionAct extends Act {
  DecisionAct() {}

  /** {@return how the decision was taken} */
  public abstract DecisionMethod method();

  /** {@return the declared outcome; approved by default} */
  @Value.Default
  public Outcome outcome() {
    return Outcome.APPROVED;
  }

  /**
   * {@return the tally of a vote; present exactly when {@link #method()} is {@link
   * DecisionMethod#VOTE}}
   */
  public abstract Optional<Tally> tally();

  @Value.Check
  final void checkDecision() {
    checkArgument(
        (method() == DecisionMethod.VOTE) == tally().isPresent(),
        "%s%s: a tally is given exactly for a decision by vote, but method is %s and the tally is"
            + " %s",
        kind(),
        describeId(),
        method(),
        tally().isPresent() ? "present" : "absent");
  }
}
