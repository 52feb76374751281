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
  public static final ImmutableSortedMap<String, String> CASES = ImmutableSortedMap.of();

  private KnownEngineDisagreements() {}
}
