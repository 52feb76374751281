package io.github.mispa.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
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

  /**
   * {@return the majority the record says the decision needs, with its citation; empty where it
   * does not say, and the rule set's majority for the kind of matter applies}
   */
  public abstract Optional<RequiredMajority> requiredMajority();

  /**
   * {@return the ids of amendments incorporated in what is decided or adopted: an adoption "as
   * amended"}
   */
  public abstract ImmutableList<String> incorporating();

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
