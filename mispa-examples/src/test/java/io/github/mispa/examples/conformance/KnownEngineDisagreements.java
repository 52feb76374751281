package io.github.mispa.examples.conformance;

import com.google.common.collect.ImmutableSortedMap;

/**
 * The cases of the checked-in suite on which the library's rules report something else than the
 * hand-written expectation, because the library is wrong: each name with what the library gets
 * wrong. The tests hold this list to be exactly the failing cases, so that it shrinks when a rule
 * is fixed and a new disagreement cannot slip in unnoticed.
 *
 * <p>A case whose expectation is wrong is fixed in its expected file, not listed here.
 */
public final class KnownEngineDisagreements {
  /** Each failing case's name, with why the library, not the expectation, is wrong. */
  public static final ImmutableSortedMap<String, String> CASES =
      ImmutableSortedMap.of(
          "vote.tally/fires-announced-beyond-member-states",
          "vote.tally voids the announced counts of the vote on Honduras' offer (30 for, 10"
              + " against: 40, more than the 34 member states), but decision.threshold still counts"
              + " them as valid votes, so the declaration that the offer carried stands; with no"
              + " valid vote for it, the declaration is against the count and void");

  private KnownEngineDisagreements() {}
}
