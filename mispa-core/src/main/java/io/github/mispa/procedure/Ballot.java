package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
import org.immutables.value.Value;

/** One delegation's vote in a tally. */
@Value.Immutable
public abstract class Ballot {
  Ballot() {}

  /** {@return the id of the participant that voted} */
  @Value.Parameter
  public abstract String participant();

  /** {@return how it voted} */
  @Value.Parameter
  public abstract Vote vote();

  /** Returns the ballot of {@code participant}. */
  public static Ballot of(String participant, Vote vote) {
    return ImmutableBallot.of(participant, vote);
  }

  @Value.Check
  final void check() {
    Checks.id("ballot participant", participant());
  }
}
