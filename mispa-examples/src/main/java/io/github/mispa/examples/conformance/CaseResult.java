package io.github.mispa.examples.conformance;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * The outcome of running one case.
 *
 * @param name the case's name
 * @param description the case's description; empty if its expected file cannot be read
 * @param problems why it failed, one line each; empty if it passed
 */
public record CaseResult(String name, String description, ImmutableList<String> problems) {
  /** Checks that every field is given. */
  public CaseResult {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(problems, "problems");
  }

  /** {@return whether the checker reported what the case expects} */
  public boolean passed() {
    return problems.isEmpty();
  }
}
